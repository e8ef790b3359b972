#pragma once

#include <QWizardPage>

class InlineMessage;
class QLineEdit;
struct ExportDraft;
namespace Workspace {
class Workspace;
}

// Step 2: the export's name: required and unique in the workspace (checked on Next).
class ExportNamePage : public QWizardPage
{
    Q_OBJECT
public:
    ExportNamePage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    ExportDraft &m_draft;
    Workspace::Workspace &m_workspace;
    QLineEdit *m_name;
    InlineMessage *m_message;
};
