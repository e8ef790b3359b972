#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
struct ConnectionDraft;

// Step 7: "Add yourself as export user": records the workspace user who authorized the
// connection as the one exports run as, so the audit trail names a person.
class ExportUserPage : public QWizardPage
{
    Q_OBJECT
public:
    ExportUserPage(ConnectionDraft &draft, QString workspaceUser, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    ConnectionDraft &m_draft;
    QString m_workspaceUser;
    QLabel *m_explanation;
    QCheckBox *m_addSelf;
};
