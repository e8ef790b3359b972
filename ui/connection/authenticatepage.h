#pragma once

#include "common/urlopener.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class InlineMessage;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTreeWidget;
struct ConnectionDraft;
namespace Snapchat {
struct ApiError;
class OAuthSession;
class RequestExecutor;
class SnapchatClient;
} // namespace Snapchat

// Step 6: sign in to Snapchat in the browser. Waits (with Cancel) for the browser to come back,
// either to the loopback listener or through the pasted address, then reads the authorized
// Snapchat user and their organizations and ad accounts. Failures are explained in plain words
// with Retry. Next is enabled once the accounts are shown.
class AuthenticatePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State { Idle, Waiting, Loading, Connected, Failed };
    Q_ENUM(State)

    AuthenticatePage(ConnectionDraft &draft, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~AuthenticatePage() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // How long to wait for the browser before giving up (default five minutes).
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }

    State state() const { return m_state; }
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void start();
    void cancel();

Q_SIGNALS:
    void stateChanged(AuthenticatePage::State state);

private:
    void setState(State state);
    void onAuthorizeUrl(const QUrl &url);
    void submitPastedAddress();
    void onConnected();
    void onFailed(const Snapchat::ApiError &error);
    void fail(const QString &message);
    void showAccounts();
    void resetSession();

    ConnectionDraft &m_draft;
    QNetworkAccessManager *m_network;
    UrlOpener m_opener = desktopUrlOpener();
    State m_state = State::Idle;
    bool m_timedOut = false;
    int m_spacerIndex = -1;
    QTimer m_timeout;
    QUrl m_authorizeUrl;

    Snapchat::OAuthSession *m_session = nullptr;
    Snapchat::RequestExecutor *m_executor = nullptr;
    Snapchat::SnapchatClient *m_client = nullptr;

    QPushButton *m_start;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_reopen;
    QWidget *m_pasteRow;
    QLineEdit *m_pasted;
    QPushButton *m_submitPasted;
    QLabel *m_user;
    QTreeWidget *m_accounts;
    InlineMessage *m_message;
};
