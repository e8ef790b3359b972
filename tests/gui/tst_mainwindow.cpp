#include <mainwindow.h>

#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void navigationSwitchesPages();
    void keyboardNavigation();
    void remembersPage();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
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
    auto *pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentIndex(), static_cast<int>(NavigationPage::Exports));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
