#pragma once

#include <QWizardPage>

class QRadioButton;
struct ConnectionDraft;

// Step 3: who can use this connection for exports: administrators only (the default), or
// administrators and contributors. Contributors never see its settings either way.
class ConnectionAccessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionAccessPage(ConnectionDraft &draft, QWidget *parent = nullptr);

    bool validatePage() override;

private:
    ConnectionDraft &m_draft;
    QRadioButton *m_administrators;
    QRadioButton *m_contributors;
};
