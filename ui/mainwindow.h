#pragma once

#include "navigationpage.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QSystemTrayIcon;
class WorkspaceView;
class RunController;

namespace Snapchat {
class SecretStore;
}

namespace Workspace {
class Workspace;
}

// The application's main window: a navigation list on the left, the current view on the right,
// a toolbar with the view's main actions and a status bar naming the workspace, the user and
// their role. It owns the open Workspace and hands it to the views.
//
// The wizards live in their own classes; the window opens them through hooks so it does not
// depend on them. A hook runs the wizard modally and returns true when it saved something (the
// window then refreshes its views). An action whose hook is not set stays disabled.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using WizardHook = std::function<bool(Workspace::Workspace &workspace, QWidget *parent)>;
    using ExportWizardHook =
        std::function<bool(Workspace::Workspace &workspace, qint64 exportId, QWidget *parent)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace (creating it when the file does not exist) and shows it. On failure the
    // window keeps the workspace it had, shows the reason in plain words, and returns false.
    bool openWorkspace(const QString &path);
    void closeWorkspace();
    Workspace::Workspace *workspace() const { return m_workspace.get(); }
    // The reason the last openWorkspace() failed; empty after a success.
    const QString &lastError() const { return m_lastError; }

    void setAddConnectionWizard(WizardHook hook);
    void setAddExportWizard(WizardHook hook);
    // Editing an existing export; exportId is the export to edit.
    void setEditExportWizard(ExportWizardHook hook);

    void showPage(NavigationPage page);
    NavigationPage currentPage() const;
    WorkspaceView *view(NavigationPage page) const;
    RunController *runController() const { return m_runs; }
    // The keychain (or the environment): runs read the connections' sign-in from it, the segment
    // editor a profile source's password.
    void setSecretStore(Snapchat::SecretStore *secrets);

public Q_SLOTS:
    void refreshViews();
    // File menu actions, public for the tests and the command line.
    void newWorkspace();
    void openWorkspaceDialog();
    void importProfiles();
    void addConnection();
    void addExport();
    void editExport(qint64 exportId);
    // Shows the export in the Exports view and starts a run of it (the wizard's "Run now").
    // False when it cannot start; the run panel then says why.
    bool runExport(qint64 exportId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createNavigation();
    void createStatusBar();
    void createRunPanel();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void updateRecentMenu();
    void updateToolBar();
    void updateWorkspaceState();
    void showError(const QString &message);
    void notifyRunFinished(const QString &title, const QString &message);

    std::unique_ptr<Workspace::Workspace> m_workspace;
    QString m_lastError;
    WizardHook m_addConnectionHook;
    WizardHook m_addExportHook;
    ExportWizardHook m_editExportHook;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::array<WorkspaceView *, kNavigationPageCount> m_views{};
    QToolBar *m_toolBar = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QLabel *m_errorBanner = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    RunController *m_runs = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};
