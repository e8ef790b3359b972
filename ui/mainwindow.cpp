#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");

QWidget *createPlaceholderPage(NavigationPage page)
{
    auto *label = new QLabel(
        MainWindow::tr("<h2>%1</h2><p>Open or create a workspace to see its %2.</p>")
            .arg(navigationPageTitle(page), navigationPageTitle(page).toLower()));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setAccessibleName(navigationPageTitle(page));
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("AudienceBridge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/audiencebridge.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    createMenus();
    createNavigation();
    createStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About AudienceBridge"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget;
    for (int i = 0; i < kNavigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        m_navigation->addItem(new QListWidgetItem(navigationPageIcon(page), navigationPageTitle(page)));
        m_pages->addWidget(createPlaceholderPage(page));
    }
    m_navigation->setMaximumWidth(220);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_navigation->setCurrentRow(0);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(tr("No workspace open"));
    m_userLabel = new QLabel;
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::showPage(NavigationPage page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

NavigationPage MainWindow::currentPage() const
{
    return static_cast<NavigationPage>(m_navigation->currentRow());
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
