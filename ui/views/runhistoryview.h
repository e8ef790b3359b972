#pragma once

#include "workspaceview.h"

class QComboBox;
class QLabel;
class QTreeWidget;
class RunChart;

// The runs of the workspace's exports, newest first, with status, times, user and counts.
// Selecting a run shows its counts by reason for each schema, its batch log (with Snapchat's
// request IDs and errors), and a chart of the export's runs.
class RunHistoryView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit RunHistoryView(QWidget *parent = nullptr);

    void setWorkspace(Workspace::Workspace *workspace) override;
    void refresh() override;
    QList<QAction *> viewActions() const override;

    // Shows only the runs of one export (0: all).
    void setExportFilter(qint64 exportId);
    void selectRun(qint64 runId);

    QTreeWidget *runList() const { return m_runs; }
    QTreeWidget *countsTree() const { return m_counts; }
    QTreeWidget *batchLog() const { return m_batches; }
    RunChart *chart() const { return m_chart; }

private:
    void showRun();

    Workspace::Workspace *m_workspace = nullptr;
    QComboBox *m_exportFilter = nullptr;
    QTreeWidget *m_runs = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_counts = nullptr;
    QTreeWidget *m_batches = nullptr;
    RunChart *m_chart = nullptr;
    QLabel *m_message = nullptr;
};
