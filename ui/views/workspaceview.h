#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace Workspace {
class Workspace;
}

// A view the main window's navigation list switches to. The window owns the workspace; a view
// reads it when shown or refreshed and offers the actions the toolbar shows while it is current.
class WorkspaceView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // nullptr when no workspace is open. The workspace outlives the view's use of it: the window
    // calls setWorkspace(nullptr) before closing one.
    virtual void setWorkspace(Workspace::Workspace *workspace) = 0;
    // Reads the workspace again (after an import, a wizard, a run).
    virtual void refresh() = 0;
    // The view's main actions, in toolbar order.
    virtual QList<QAction *> viewActions() const = 0;

Q_SIGNALS:
    // Something changed that other views show (e.g. profiles imported, an export deleted).
    void workspaceChanged();
    void statusMessage(const QString &message);
};
