#pragma once

#include "workspaceview.h"

class QLabel;
class QTreeWidget;

// The workspace's Snapchat connections. Administrators see every connection with its details;
// contributors see the name and type of the connections shared with them; viewers see none.
class ConnectionsView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit ConnectionsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace::Workspace *workspace) override;
    void refresh() override;
    QList<QAction *> viewActions() const override;

    // Whether the window has an Add connection wizard to open.
    void setAddConnectionAvailable(bool available);
    QTreeWidget *list() const { return m_list; }
    QAction *addAction() const { return m_addAction; }

Q_SIGNALS:
    void addConnectionRequested();

private:
    void updateActions();
    void showDetails();

    Workspace::Workspace *m_workspace = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_addAction = nullptr;
    bool m_addAvailable = false;
};
