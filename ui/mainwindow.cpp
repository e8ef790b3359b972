#include "mainwindow.h"

#include "permissions.h"
#include "recentworkspaces.h"
#include "uilog.h"
#include "common/languagemenu.h"
#include "run/runcontroller.h"
#include "run/runprogresspanel.h"
#include "views/connectionsview.h"
#include "views/exportsview.h"
#include "views/profilesview.h"
#include "views/runhistoryview.h"
#include "views/segmentsview.h"

#include <workspace/runstore.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "audiencebridge.ui", QtInfoMsg)

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kWorkspaceFilter = QStringLiteral("*.audiencebridge");

QString roleText(const Workspace::Workspace &workspace)
{
    const std::optional<Workspace::Role> role = workspace.policy().role();
    return role ? Workspace::roleTitle(*role) : MainWindow::tr("not a user of this workspace");
}

} // namespace

// resources.qrc is compiled into this static library: register it before the first use.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initResources();
    setWindowTitle(tr("AudienceBridge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/audiencebridge.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    m_runs = new RunController(this);
    createActions();
    createNavigation();
    createMenus();
    createStatusBar();
    createRunPanel();
    restoreWindowState();
    updateWorkspaceState();
}

MainWindow::~MainWindow()
{
    // The views and the run controller read the workspace: let go of it before it closes.
    m_runs->cancelAndWait();
    for (WorkspaceView *view : m_views)
        view->setWorkspace(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")),
                              tr("&New Workspace…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create an empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                               tr("&Open Workspace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("&Import Profiles…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import profiles from a CSV file"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importProfiles);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                               this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"),
                                  this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the workspace again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshViews);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kNavigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        QAction *show = viewMenu->addAction(navigationPageIcon(page), navigationPageTitle(page));
        // Alt+1 … Alt+5 jump to the views in navigation order.
        show->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    viewMenu->addSeparator();
    viewMenu->addAction(m_refreshAction);
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu(this));

    // The current view's actions, as on the toolbar: the toolbar's buttons take no keyboard focus,
    // so this menu is how a keyboard user reaches the ones without a shortcut.
    m_actionsMenu = menuBar()->addMenu(tr("&Actions"));
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About AudienceBridge"), this, &MainWindow::showAbout);

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *profiles = new ProfilesView;
    auto *segments = new SegmentsView;
    auto *connections = new ConnectionsView;
    auto *exports = new ExportsView;
    auto *runs = new RunHistoryView;
    m_views = {profiles, segments, connections, exports, runs};
    for (int i = 0; i < kNavigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        m_navigation->addItem(new QListWidgetItem(navigationPageIcon(page), navigationPageTitle(page)));
        m_views[i]->setAccessibleName(navigationPageTitle(page));
        m_pages->addWidget(m_views[i]);
        connect(m_views[i], &WorkspaceView::workspaceChanged, this, &MainWindow::refreshViews);
        connect(m_views[i], &WorkspaceView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    connect(connections, &ConnectionsView::addConnectionRequested, this, &MainWindow::addConnection);
    connect(exports, &ExportsView::addExportRequested, this, &MainWindow::addExport);
    connect(exports, &ExportsView::editExportRequested, this, &MainWindow::editExport);
    connect(exports, &ExportsView::runExportRequested, this, &MainWindow::runExport);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(220);
    // Switching views shows what they read last (F5 reads again): the profile table keeps its
    // place.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateToolBar();
    });

    m_errorBanner = new QLabel;
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setAccessibleName(tr("Error"));
    m_errorBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb; padding: 8px; }"));
    m_errorBanner->hide();

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({170, 930});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(0);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel;
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::createRunPanel()
{
    auto *dock = new QDockWidget(tr("Export run"), this);
    dock->setObjectName(QStringLiteral("runDock"));
    dock->setWidget(m_runs->panel());
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    connect(m_runs, &RunController::runStarted, this, [this, dock] {
        dock->show();
        updateToolBar();
    });
    connect(m_runs, &RunController::runFinished, this,
            [this](const QString &title, const QString &message) {
                refreshViews();
                notifyRunFinished(title, message);
            });
}

void MainWindow::notifyRunFinished(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (isActiveWindow())
        return;
    // A desktop notification only when the user is elsewhere; a tray balloon where a tray exists,
    // otherwise the window manager's attention hint.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("AudienceBridge"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                activateWindow();
                showPage(NavigationPage::RunHistory);
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message, windowIcon());
    } else {
        QApplication::alert(this);
    }
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    std::unique_ptr<Workspace::Workspace> opened = Workspace::Workspace::open(path, &error);
    if (!opened) {
        qCWarning(lcUi) << "could not open a workspace:" << error;
        m_lastError = error;
        showError(error);
        return false;
    }
    closeWorkspace();
    m_lastError.clear();
    m_errorBanner->hide();
    m_workspace = std::move(opened);
    qCInfo(lcUi) << "opened workspace" << m_workspace->path() << "as" << m_workspace->user();
    // Runs left "Processing" by a crash or a kill read "Failed (interrupted)", and Run resumes them.
    QString sweepError;
    Workspace::RunStore(m_workspace->database()).markInterruptedRuns(&sweepError);
    RecentWorkspaces::add(m_workspace->path());
    updateRecentMenu();
    for (WorkspaceView *view : m_views)
        view->setWorkspace(m_workspace.get());
    updateWorkspaceState();
    refreshViews();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    m_runs->cancelAndWait();
    for (WorkspaceView *view : m_views)
        view->setWorkspace(nullptr);
    m_workspace.reset();
    updateWorkspaceState();
}

void MainWindow::showError(const QString &message)
{
    m_errorBanner->setText(message);
    m_errorBanner->show();
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setAddConnectionWizard(WizardHook hook)
{
    m_addConnectionHook = std::move(hook);
    updateToolBar();
}

void MainWindow::setAddExportWizard(WizardHook hook)
{
    m_addExportHook = std::move(hook);
    updateToolBar();
}

void MainWindow::setEditExportWizard(ExportWizardHook hook)
{
    m_editExportHook = std::move(hook);
    updateToolBar();
}

void MainWindow::addConnection()
{
    if (m_workspace && m_addConnectionHook && m_addConnectionHook(*m_workspace, this))
        refreshViews();
}

void MainWindow::addExport()
{
    if (m_workspace && m_addExportHook && m_addExportHook(*m_workspace, this))
        refreshViews();
}

void MainWindow::editExport(qint64 exportId)
{
    if (m_workspace && m_editExportHook && m_editExportHook(*m_workspace, exportId, this))
        refreshViews();
}

bool MainWindow::runExport(qint64 exportId)
{
    if (!m_workspace)
        return false;
    refreshViews();
    showPage(NavigationPage::Exports);
    static_cast<ExportsView *>(view(NavigationPage::Exports))->selectExport(exportId);
    return m_runs->start(*m_workspace, exportId);
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QDir::homePath(),
        tr("AudienceBridge workspaces (%1)").arg(kWorkspaceFilter), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // Never replace a file: a workspace holds the only record of what was sent to Snapchat.
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose a new name for the new workspace, or open this "
                     "one with File > Open Workspace.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                      : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), start,
        tr("AudienceBridge workspaces (%1);;All files (*)").arg(kWorkspaceFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importProfiles()
{
    showPage(NavigationPage::Profiles);
    static_cast<ProfilesView *>(view(NavigationPage::Profiles))->importProfiles();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentWorkspaces::load();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // &1 … &8: each recent file has a mnemonic.
        QAction *open = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        open->setData(path);
        connect(open, &QAction::triggered, this, [this, path] {
            if (!openWorkspace(path) && !QFileInfo::exists(path)) {
                RecentWorkspaces::remove(path);
                updateRecentMenu();
            }
        });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentWorkspaces::clear();
        updateRecentMenu();
    });
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::updateWorkspaceState()
{
    if (m_workspace) {
        const QString path = QDir::toNativeSeparators(m_workspace->path());
        m_workspaceLabel->setText(tr("Workspace: %1").arg(path));
        m_workspaceLabel->setToolTip(path);
        m_userLabel->setText(tr("User: %1 (%2)").arg(m_workspace->user(), roleText(*m_workspace)));
        setWindowTitle(tr("%1 – AudienceBridge").arg(QFileInfo(m_workspace->path()).fileName()));
    } else {
        m_workspaceLabel->setText(tr("No workspace open"));
        m_workspaceLabel->setToolTip({});
        m_userLabel->clear();
        setWindowTitle(tr("AudienceBridge"));
    }
    Ui::applyPermission(m_importAction, m_workspace.get(), Workspace::Action::ImportProfiles);
    m_refreshAction->setEnabled(m_workspace != nullptr);
    updateToolBar();
}

void MainWindow::updateToolBar()
{
    if (!m_toolBar)
        return;
    auto *connections = static_cast<ConnectionsView *>(view(NavigationPage::Connections));
    auto *exports = static_cast<ExportsView *>(view(NavigationPage::Exports));
    connections->setAddConnectionAvailable(bool(m_addConnectionHook));
    exports->setWizardsAvailable(bool(m_addExportHook), bool(m_editExportHook));

    m_toolBar->clear();
    m_actionsMenu->clear();
    if (WorkspaceView *current = view(currentPage())) {
        m_toolBar->addActions(current->viewActions());
        m_actionsMenu->addActions(current->viewActions());
    }
    if (!m_toolBar->actions().isEmpty())
        m_toolBar->addSeparator();
    if (m_runs->isRunning()) {
        m_toolBar->addAction(m_runs->cancelAction());
        m_actionsMenu->addSeparator();
        m_actionsMenu->addAction(m_runs->cancelAction());
    }
    m_toolBar->addAction(m_refreshAction);
    m_actionsMenu->setEnabled(!m_actionsMenu->isEmpty());
}

void MainWindow::refreshViews()
{
    if (m_workspace)
        m_workspace->reloadRole();
    for (WorkspaceView *view : m_views)
        view->refresh();
    updateToolBar();
}

void MainWindow::setSecretStore(Snapchat::SecretStore *secrets)
{
    m_runs->setSecretStore(secrets);
    static_cast<SegmentsView *>(m_views[static_cast<size_t>(NavigationPage::Segments)])->setSecretStore(secrets);
}

void MainWindow::showPage(NavigationPage page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

NavigationPage MainWindow::currentPage() const
{
    return static_cast<NavigationPage>(qMax(0, m_navigation->currentRow()));
}

WorkspaceView *MainWindow::view(NavigationPage page) const
{
    return m_views[static_cast<size_t>(page)];
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(kStateKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < kNavigationPageCount)
        showPage(static_cast<NavigationPage>(page));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runs->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel the export run?"),
            tr("An export is still running. Quitting cancels it; the next run picks up where it "
               "stopped."),
            QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About AudienceBridge"),
        tr("<h3>AudienceBridge %1</h3><p>Exports customer segments to Snapchat as hashed Snap "
           "Audience Match audiences. Personal data leaves this computer only as SHA-256 "
           "hashes.</p>")
            .arg(QCoreApplication::applicationVersion()));
}
