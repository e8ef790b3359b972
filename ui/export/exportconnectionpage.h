#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
struct ExportDraft;
namespace Workspace {
class Workspace;
}

// Step 1: the connection the export sends through: only those the user may use. With none, the
// page says to contact an administrator instead of showing an empty list.
class ExportConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    ExportConnectionPage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool hasConnections() const;

private:
    ExportDraft &m_draft;
    Workspace::Workspace &m_workspace;
    QListWidget *m_connections;
    QLabel *m_none;
};
