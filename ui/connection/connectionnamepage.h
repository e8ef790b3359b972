#pragma once

#include <QWizardPage>

class InlineMessage;
class QLineEdit;
struct ConnectionDraft;
namespace Workspace {
class Workspace;
}

// Step 2: the connection's display name: required and unique in the workspace (checked on Next,
// with the reason shown under the field).
class ConnectionNamePage : public QWizardPage
{
    Q_OBJECT
public:
    ConnectionNamePage(ConnectionDraft &draft, Workspace::Workspace &workspace, QWidget *parent = nullptr);

    bool validatePage() override;

private:
    ConnectionDraft &m_draft;
    Workspace::Workspace &m_workspace;
    QLineEdit *m_name;
    InlineMessage *m_message;
};
