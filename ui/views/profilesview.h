#pragma once

#include "workspaceview.h"

class QLabel;
class QTableView;

namespace ItemModels {
class ProfileTableModel;
}

// The imported profiles in a paged table (fast on millions of rows: pages are read as the view
// scrolls), with the Import profiles action.
class ProfilesView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit ProfilesView(QWidget *parent = nullptr);

    void setWorkspace(Workspace::Workspace *workspace) override;
    void refresh() override;
    QList<QAction *> viewActions() const override;

    QTableView *table() const { return m_table; }
    ItemModels::ProfileTableModel *model() const { return m_model; }

public Q_SLOTS:
    // Opens the CSV import dialog; refreshes when profiles were imported.
    void importProfiles();

private:
    void updateSummary();

    Workspace::Workspace *m_workspace = nullptr;
    ItemModels::ProfileTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_importAction = nullptr;
};
