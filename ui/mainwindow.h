#pragma once

#include "navigationpage.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

// The application's main window: a navigation list on the left, the current view on the right,
// a toolbar with the view's main actions and a status bar naming the workspace and its user.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(NavigationPage page);
    NavigationPage currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createNavigation();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_userLabel = nullptr;
};
