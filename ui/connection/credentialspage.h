#pragma once

#include <QWizardPage>

class InlineMessage;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
struct ConnectionDraft;

// Step 5: the Snap OAuth app's credentials (client ID, client secret, masked), how the browser
// sign-in comes back (loopback listener, or pasting the https address the browser landed on),
// the redirect URI to register on the app, and, under Advanced, the API and accounts base URLs
// (Snapchat's by default; the sandbox's for trials).
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(ConnectionDraft &draft, QWidget *parent = nullptr);

    bool validatePage() override;
    bool isComplete() const override;

    // What to register on the Snap OAuth app for the chosen redirect mode.
    QString redirectUriToRegister() const;

private:
    void updateRedirect();
    void copyRedirectUri();

    ConnectionDraft &m_draft;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QRadioButton *m_loopback;
    QRadioButton *m_paste;
    QLineEdit *m_pasteUri;
    QLineEdit *m_registerUri;
    QPushButton *m_copy;
    QToolButton *m_advancedToggle;
    QGroupBox *m_advanced;
    QLineEdit *m_apiBaseUrl;
    QLineEdit *m_accountsBaseUrl;
    InlineMessage *m_message;
};
