#include "accessibilitycheck.h"
#include "demoworkspace.h"

#include <mainwindow.h>
#include <views/connectionsview.h>
#include <views/exportsview.h>
#include <views/profilesview.h>

#include <workspace/workspace.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void navigationSwitchesPages();
    void keyboardNavigation();
    void everyViewNamesItsControls();
    void remembersPage();
    void showsWorkspaceUserAndRole();
    void openErrorInPlainWords();
    void recentWorkspacesKeepsEight();
    void administratorActions();
    void contributorActions();
    void viewerActions();
    void toolbarFollowsView();
    void everyToolbarActionIsInAMenu();
    void wizardHooksOpenWithWorkspace();

private:
    std::unique_ptr<MainWindow> openAs(const QString &user);
    QAction *toolbarAction(MainWindow &window, const QString &objectName);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_demo = m_dir.filePath(QStringLiteral("demo.audiencebridge"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_demo, 2000, &error), qPrintable(error));
}

void TestMainWindow::init()
{
    QSettings().clear();
    qputenv("AUDIENCEBRIDGE_USER", "alice");
}

void TestMainWindow::everyViewNamesItsControls()
{
    // Each view with the workspace's data in it, and with a row selected where the view shows
    // the row's details, as a screen-reader user meets it.
    const std::unique_ptr<MainWindow> window = openAs(QStringLiteral("alice"));
    for (int index = 0; index < kNavigationPageCount; ++index) {
        const auto page = static_cast<NavigationPage>(index);
        window->showPage(page);
        QWidget *view = window->view(page);
        for (QAbstractItemView *list : view->findChildren<QAbstractItemView *>()) {
            if (list->isVisibleTo(view) && list->model() && list->model()->rowCount() > 0)
                list->setCurrentIndex(list->model()->index(0, 0));
        }
        QApplication::processEvents();
        const QStringList unnamed = AccessibilityCheck::unnamedControls(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(navigationPageTitle(page) + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
    }
}

std::unique_ptr<MainWindow> TestMainWindow::openAs(const QString &user)
{
    qputenv("AUDIENCEBRIDGE_USER", user.toUtf8());
    auto window = std::make_unique<MainWindow>();
    window->setAddConnectionWizard([](Workspace::Workspace &, QWidget *) { return false; });
    window->setAddExportWizard([](Workspace::Workspace &, QWidget *) { return false; });
    window->setEditExportWizard([](Workspace::Workspace &, qint64, QWidget *) { return false; });
    window->show();
    if (!window->openWorkspace(m_demo))
        qWarning() << window->lastError();
    return window;
}

QAction *TestMainWindow::toolbarAction(MainWindow &window, const QString &objectName)
{
    const QList<QAction *> actions = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void TestMainWindow::navigationSwitchesPages()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), kNavigationPageCount);
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Run history"));

    window.showPage(NavigationPage::Exports);
    QCOMPARE(window.currentPage(), NavigationPage::Exports);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), window.view(NavigationPage::Exports));
    QCOMPARE(pages->currentWidget()->accessibleName(), QStringLiteral("Exports"));
}

void TestMainWindow::keyboardNavigation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    window.showPage(NavigationPage::Profiles);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentPage(), NavigationPage::Segments);
    QTest::keyClick(navigation, Qt::Key_End);
    QCOMPARE(window.currentPage(), NavigationPage::RunHistory);
    // Alt+3 jumps to Connections from anywhere in the window.
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window.currentPage(), NavigationPage::Connections);
}

void TestMainWindow::remembersPage()
{
    {
        MainWindow window;
        window.showPage(NavigationPage::Connections);
        window.close();
    }
    MainWindow reopened;
    QCOMPARE(reopened.currentPage(), NavigationPage::Connections);
}

void TestMainWindow::showsWorkspaceUserAndRole()
{
    MainWindow window;
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text(),
             QStringLiteral("No workspace open"));
    QVERIFY(window.openWorkspace(m_demo));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text().contains(
        QStringLiteral("demo.audiencebridge")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("User: alice (administrator)"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("demo.audiencebridge")));

    qputenv("AUDIENCEBRIDGE_USER", "carol");
    QVERIFY(window.openWorkspace(m_demo));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("User: carol (contributor)"));
}

void TestMainWindow::openErrorInPlainWords()
{
    const QString notAWorkspace = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notAWorkspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_demo));
    QVERIFY(!window.openWorkspace(notAWorkspace));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("notes.txt")), qPrintable(banner->text()));
    QCOMPARE(banner->text(), window.lastError());
    // The workspace that was open stays open, untouched.
    QVERIFY(window.workspace());
    QVERIFY(window.workspace()->path().endsWith(QStringLiteral("demo.audiencebridge")));
    QFile reread(notAWorkspace);
    QVERIFY(reread.open(QIODevice::ReadOnly));
    QCOMPARE(reread.readAll(), QByteArray("These are my notes, not a database.\n"));

    QVERIFY(window.openWorkspace(m_demo));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::recentWorkspacesKeepsEight()
{
    MainWindow window;
    QStringList opened;
    for (int i = 0; i < 10; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("recent%1.audiencebridge").arg(i));
        QVERIFY2(window.openWorkspace(path), qPrintable(window.lastError()));
        opened.prepend(path);
    }
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QStringList listed;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (!action->data().toString().isEmpty())
            listed.append(action->data().toString());
    }
    QCOMPARE(listed, opened.mid(0, 8));
    QVERIFY(actions.constFirst()->text().startsWith(QStringLiteral("&1 ")));

    // Opening from the list brings that workspace back and to the front.
    actions.at(3)->trigger();
    QCOMPARE(window.workspace()->path(), opened.at(3));
    QCOMPARE(QSettings().value(QStringLiteral("recentWorkspaces")).toStringList().constFirst(),
             opened.at(3));
}

void TestMainWindow::administratorActions()
{
    auto window = openAs(QStringLiteral("alice"));
    window->showPage(NavigationPage::Connections);
    QAction *add = toolbarAction(*window, QStringLiteral("addConnectionAction"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    auto *connections = static_cast<ConnectionsView *>(window->view(NavigationPage::Connections));
    QCOMPARE(connections->list()->topLevelItemCount(), 2);
    QVERIFY(!connections->list()->isColumnHidden(2));

    window->showPage(NavigationPage::Exports);
    auto *exports = static_cast<ExportsView *>(window->view(NavigationPage::Exports));
    exports->selectExport(DemoWorkspace::kAdminExportId);
    QVERIFY(exports->runAction()->isEnabled());
    QVERIFY(exports->editAction()->isEnabled());
    QVERIFY(exports->deleteAction()->isEnabled());
}

void TestMainWindow::contributorActions()
{
    auto window = openAs(QStringLiteral("carol"));
    window->showPage(NavigationPage::Connections);
    QAction *add = toolbarAction(*window, QStringLiteral("addConnectionAction"));
    QVERIFY(add);
    QVERIFY(!add->isEnabled());
    QCOMPARE(add->toolTip(), QStringLiteral("Only administrators can add connections."));
    // Contributors see the shared connection's name and type only.
    auto *connections = static_cast<ConnectionsView *>(window->view(NavigationPage::Connections));
    QCOMPARE(connections->list()->topLevelItemCount(), 1);
    QCOMPARE(connections->list()->topLevelItem(0)->text(0), QStringLiteral("Snapchat sandbox"));
    QCOMPARE(connections->list()->topLevelItem(0)->text(1), QStringLiteral("Snapchat"));
    QVERIFY(connections->list()->isColumnHidden(2));
    QVERIFY(connections->findChild<QLabel *>(QStringLiteral("connectionDetails"))->isHidden());

    window->showPage(NavigationPage::Exports);
    auto *exports = static_cast<ExportsView *>(window->view(NavigationPage::Exports));
    QVERIFY(exports->addAction()->isEnabled());
    exports->selectExport(DemoWorkspace::kSharedExportId);
    QVERIFY(exports->runAction()->isEnabled());
    exports->selectExport(DemoWorkspace::kAdminExportId);
    QVERIFY(!exports->runAction()->isEnabled());
    QVERIFY(!exports->deleteAction()->isEnabled());
    QCOMPARE(exports->runAction()->toolTip(),
             QStringLiteral("The connection “Brand team account” is for administrators only."));

    window->showPage(NavigationPage::Profiles);
    QVERIFY(toolbarAction(*window, QString())); // the import action has no object name
    auto *profiles = static_cast<ProfilesView *>(window->view(NavigationPage::Profiles));
    QVERIFY(profiles->viewActions().constFirst()->isEnabled());
}

void TestMainWindow::viewerActions()
{
    auto window = openAs(QStringLiteral("victor"));
    auto *profiles = static_cast<ProfilesView *>(window->view(NavigationPage::Profiles));
    QAction *import = profiles->viewActions().constFirst();
    QVERIFY(!import->isEnabled());
    QVERIFY(import->toolTip().startsWith(QStringLiteral("Viewers cannot import profiles")));

    auto *exports = static_cast<ExportsView *>(window->view(NavigationPage::Exports));
    exports->selectExport(DemoWorkspace::kSharedExportId);
    QVERIFY(!exports->runAction()->isEnabled());
    QVERIFY(!exports->addAction()->isEnabled());
    QVERIFY(exports->runAction()->toolTip().startsWith(QStringLiteral("Viewers cannot run exports")));
    // Viewers still see the exports.
    QCOMPARE(exports->list()->topLevelItemCount(), 2);

    auto *connections = static_cast<ConnectionsView *>(window->view(NavigationPage::Connections));
    QCOMPARE(connections->list()->topLevelItemCount(), 0);
    QVERIFY(!connections->findChild<QLabel *>(QStringLiteral("connectionMessage"))->isHidden());
}

void TestMainWindow::toolbarFollowsView()
{
    auto window = openAs(QStringLiteral("alice"));
    window->showPage(NavigationPage::Exports);
    QVERIFY(toolbarAction(*window, QStringLiteral("runExportAction")));
    QVERIFY(!toolbarAction(*window, QStringLiteral("addConnectionAction")));
    window->showPage(NavigationPage::Connections);
    QVERIFY(!toolbarAction(*window, QStringLiteral("runExportAction")));
    QVERIFY(toolbarAction(*window, QStringLiteral("addConnectionAction")));
}

void TestMainWindow::everyToolbarActionIsInAMenu()
{
    // Toolbar buttons take no keyboard focus: each of their actions must be in the menu bar too,
    // where Alt and the menus' underlined letters reach it.
    auto window = openAs(QStringLiteral("alice"));
    QToolBar *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    for (int index = 0; index < kNavigationPageCount; ++index) {
        const auto page = static_cast<NavigationPage>(index);
        window->showPage(page);
        QSet<QAction *> inMenus;
        for (QAction *menuAction : window->menuBar()->actions()) {
            QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
            if (QMenu *menu = menuAction->menu()) {
                for (QAction *action : menu->actions())
                    inMenus.insert(action);
            }
        }
        int buttons = 0;
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            ++buttons;
            QVERIFY2(inMenus.contains(action), qPrintable(navigationPageTitle(page) + QStringLiteral(": ") + action->text()));
        }
        QVERIFY(buttons > 0);
    }
}

void TestMainWindow::wizardHooksOpenWithWorkspace()
{
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    MainWindow window;
    int connectionCalls = 0;
    qint64 editedExport = 0;
    QString workspacePath;
    window.setAddConnectionWizard([&](Workspace::Workspace &workspace, QWidget *parent) {
        ++connectionCalls;
        workspacePath = workspace.path();
        return parent == &window;
    });
    window.setEditExportWizard([&](Workspace::Workspace &, qint64 exportId, QWidget *) {
        editedExport = exportId;
        return false;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_demo));
    window.showPage(NavigationPage::Connections);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(connectionCalls, 1);
    QCOMPARE(workspacePath, window.workspace()->path());

    window.showPage(NavigationPage::Exports);
    auto *exports = static_cast<ExportsView *>(window.view(NavigationPage::Exports));
    exports->selectExport(DemoWorkspace::kAdminExportId);
    exports->editAction()->trigger();
    QCOMPARE(editedExport, DemoWorkspace::kAdminExportId);
    // No Add export wizard was given: its action stays disabled and says why.
    QVERIFY(!exports->addAction()->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
