#pragma once

#include "workspaceview.h"

class QLabel;
class QTreeWidget;

// The workspace's exports with Add, Edit, Delete and Run. Each action follows the role rules for
// the selected export's connection; the stores check them again when it runs.
class ExportsView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit ExportsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace::Workspace *workspace) override;
    void refresh() override;
    QList<QAction *> viewActions() const override;

    // Whether the window has the export wizards to open.
    void setWizardsAvailable(bool add, bool edit);
    // The id of the selected export, 0 when none.
    qint64 currentExportId() const;
    void selectExport(qint64 exportId);

    QTreeWidget *list() const { return m_list; }
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *runAction() const { return m_runAction; }

Q_SIGNALS:
    void addExportRequested();
    void editExportRequested(qint64 exportId);
    void runExportRequested(qint64 exportId);

private:
    void updateActions();
    void deleteSelected();

    Workspace::Workspace *m_workspace = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_runAction = nullptr;
    bool m_addAvailable = false;
    bool m_editAvailable = false;
};
