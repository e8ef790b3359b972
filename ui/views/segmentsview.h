#pragma once

#include "workspaceview.h"

class QLabel;
class QTreeWidget;

// The workspace's segments with their member counts.
class SegmentsView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit SegmentsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace::Workspace *workspace) override;
    void refresh() override;
    QList<QAction *> viewActions() const override;

    QTreeWidget *list() const { return m_list; }

private:
    Workspace::Workspace *m_workspace = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
};
