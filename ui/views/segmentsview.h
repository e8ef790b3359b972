#pragma once

#include "workspaceview.h"

class QLabel;
class QTableView;

namespace Snapchat {
class SecretStore;
}

namespace ItemModels {
class SegmentListModel;
}

// The workspace's segments with their member counts; new rule segments, list segments from a
// CSV of IDs, editing and deleting (administrators and contributors).
class SegmentsView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit SegmentsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace::Workspace *workspace) override;
    void refresh() override;
    QList<QAction *> viewActions() const override;

    QTableView *table() const { return m_table; }
    ItemModels::SegmentListModel *model() const { return m_model; }
    QAction *newAction() const { return m_newAction; }
    // Where the editor reads a profile source's password, to edit and count its segments there.
    void setSecretStore(Snapchat::SecretStore *secrets) { m_secrets = secrets; }

    // What New List from CSV does once the file and the name are chosen. *message says what
    // happened (the IDs read and how many are unknown) or why nothing was created.
    bool createListSegment(const QString &csvFile, const QString &name, QString *message);

public Q_SLOTS:
    void newSegment();
    void newListSegment();
    void editSelected();
    void deleteSelected();

private:
    void updateActions();
    int currentRow() const;
    // Counts the segments over profile sources in their databases, off the GUI thread.
    void countSourceSegments();

    Workspace::Workspace *m_workspace = nullptr;
    Snapchat::SecretStore *m_secrets = nullptr;
    int m_refreshes = 0; // source counts of an older refresh are dropped
    ItemModels::SegmentListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
};
