#include "authenticatepage.h"

#include "common/inlinemessage.h"
#include "connectiondraft.h"

#include <snapchat/apierror.h>
#include <snapchat/oauthsession.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/snapchatclient.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;

// The sign-in failures people can act on, in their words; anything else in the API client's.
QString plainWords(const Snapchat::ApiError &error, const ConnectionDraft &draft)
{
    if (error.kind == Snapchat::ApiError::Kind::OAuth) {
        if (error.errorCode == QLatin1StringView("invalid_client") || error.httpStatus == 401) {
            return AuthenticatePage::tr("Snapchat did not accept the client ID and client secret. Go Back "
                                        "and check both against your Snap OAuth app (the secret is shown "
                                        "only once, when the app is created), then retry.");
        }
        if (error.errorCode == QLatin1StringView("invalid_grant")) {
            return AuthenticatePage::tr("Snapchat refused the sign-in: the redirect URI registered on your "
                                        "Snap OAuth app must be exactly %1, and the sign-in must be finished "
                                        "within a few minutes. Check it and retry.")
                .arg(draft.redirectMode == ConnectionDraft::RedirectMode::Paste
                         ? draft.pasteRedirectUri.toString()
                         : QStringLiteral("http://127.0.0.1/callback"));
        }
        if (error.errorCode == QLatin1StringView("access_denied")) {
            return AuthenticatePage::tr("The sign-in was declined in the browser. Retry and choose Allow.");
        }
    }
    if (error.isPermissionDenied()) {
        return AuthenticatePage::tr("The Snapchat user you signed in with may not use the Marketing API "
                                    "for this organization. Ask an organization admin in Snap Business "
                                    "Manager to give you the Data Manager or Account Admin role, then "
                                    "retry.");
    }
    return error.userMessage();
}

} // namespace

AuthenticatePage::AuthenticatePage(ConnectionDraft &draft, QNetworkAccessManager *network, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_network(network)
    , m_start(new QPushButton(tr("&Authenticate with Snapchat")))
    , m_status(new QLabel)
    , m_busy(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel sign-in")))
    , m_reopen(new QPushButton(tr("&Open the sign-in page again")))
    , m_pasteRow(new QWidget)
    , m_pasted(new QLineEdit)
    , m_submitPasted(new QPushButton(tr("C&ontinue")))
    , m_user(new QLabel)
    , m_accounts(new QTreeWidget)
    , m_message(new InlineMessage)
{
    setTitle(tr("Authenticate with Snapchat"));
    setSubTitle(tr("Sign in with the Snapchat account whose ad accounts will receive the audiences."));

    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_session)
            m_session->cancel();
    });

    m_start->setObjectName(QStringLiteral("authenticateButton"));
    m_start->setIcon(QIcon(QStringLiteral(":/icons/snapchat.svg")));
    m_status->setObjectName(QStringLiteral("authenticateStatus"));
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Waiting"));
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelAuthenticate"));
    m_reopen->setObjectName(QStringLiteral("reopenBrowser"));
    m_pasted->setObjectName(QStringLiteral("pastedAddress"));
    m_pasted->setAccessibleName(tr("Address the browser landed on"));
    m_pasted->setPlaceholderText(tr("https://…?code=…&state=…"));
    m_submitPasted->setObjectName(QStringLiteral("submitPastedAddress"));
    m_user->setObjectName(QStringLiteral("authorizedUser"));
    m_user->setWordWrap(true);
    m_user->setTextFormat(Qt::PlainText);
    m_accounts->setObjectName(QStringLiteral("adAccounts"));
    m_accounts->setAccessibleName(tr("Organizations and ad accounts"));
    m_accounts->setHeaderLabels({tr("Organization / ad account"), tr("ID")});
    m_accounts->setRootIsDecorated(true);
    m_accounts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_accounts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_accounts->header()->setStretchLastSection(false);
    m_message->setObjectName(QStringLiteral("authenticateMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *pasteLayout = new QVBoxLayout(m_pasteRow);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    auto *pasteLabel = new QLabel(tr("After you allow access, copy the &whole address from the browser's "
                                     "address bar and paste it here:"));
    pasteLabel->setWordWrap(true);
    pasteLabel->setBuddy(m_pasted);
    auto *pasteFieldRow = new QHBoxLayout;
    pasteFieldRow->addWidget(m_pasted, 1);
    pasteFieldRow->addWidget(m_submitPasted);
    pasteLayout->addWidget(pasteLabel);
    pasteLayout->addLayout(pasteFieldRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_user);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_pasteRow);
    layout->addWidget(m_message);
    layout->addWidget(m_accounts, 1);
    // Takes the spare room while the account list is hidden, so the rest stays at the top.
    layout->addStretch(1);
    m_spacerIndex = layout->count() - 1;

    connect(m_start, &QPushButton::clicked, this, &AuthenticatePage::start);
    connect(m_cancel, &QPushButton::clicked, this, &AuthenticatePage::cancel);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_authorizeUrl.isValid())
            m_opener(m_authorizeUrl);
    });
    connect(m_submitPasted, &QPushButton::clicked, this, &AuthenticatePage::submitPastedAddress);
    connect(m_pasted, &QLineEdit::returnPressed, this, &AuthenticatePage::submitPastedAddress);
    connect(m_message, &InlineMessage::retryRequested, this, &AuthenticatePage::start);
    setState(State::Idle);
}

AuthenticatePage::~AuthenticatePage() = default;

void AuthenticatePage::initializePage()
{
    // Credentials changed on the previous page clear the earlier sign-in (CredentialsPage).
    if (m_draft.refreshToken.isEmpty()) {
        resetSession();
        m_message->clear();
        setState(State::Idle);
    } else {
        showAccounts();
        setState(State::Connected);
    }
}

void AuthenticatePage::cleanupPage()
{
    if (m_state == State::Waiting || m_state == State::Loading) {
        resetSession();
        setState(State::Idle);
    }
}

bool AuthenticatePage::isComplete() const
{
    return m_state == State::Connected;
}

void AuthenticatePage::resetSession()
{
    m_timeout.stop();
    // The session's own signals must not reach the page once it is replaced.
    if (m_client)
        m_client->deleteLater();
    if (m_executor)
        m_executor->deleteLater();
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_client = nullptr;
    m_executor = nullptr;
    m_session = nullptr;
    m_authorizeUrl.clear();
}

void AuthenticatePage::start()
{
    resetSession();
    m_message->clear();
    m_draft.refreshToken.clear();
    m_draft.snapUser = {};
    m_draft.organizations.clear();
    m_timedOut = false;

    m_session = new Snapchat::OAuthSession(m_draft.connectionSettings(), m_network, this);
    m_session->setClientSecret(m_draft.clientSecret);
    // The page's own timer decides, so that a timeout can be told apart from other failures.
    m_session->setTimeoutMs(m_timeout.interval() + 60 * 1000);
    connect(m_session, &Snapchat::OAuthSession::authorizeUrlReady, this, &AuthenticatePage::onAuthorizeUrl);
    connect(m_session, &Snapchat::OAuthSession::connected, this, &AuthenticatePage::onConnected);
    connect(m_session, &Snapchat::OAuthSession::failed, this, &AuthenticatePage::onFailed);
    connect(m_session, &Snapchat::OAuthSession::refreshTokenChanged, this,
            [this](const QString &token) { m_draft.refreshToken = token; });

    setState(State::Waiting);
    m_timeout.start();
    QString error;
    const bool started = m_draft.redirectMode == ConnectionDraft::RedirectMode::Paste
        ? m_session->startPaste(&error)
        : m_session->startLoopback(&error);
    if (!started)
        fail(error);
}

void AuthenticatePage::cancel()
{
    if (m_state != State::Waiting && m_state != State::Loading)
        return;
    resetSession();
    m_message->showInfo(tr("Signing in was cancelled. Click Authenticate with Snapchat to start again."));
    setState(State::Idle);
}

void AuthenticatePage::onAuthorizeUrl(const QUrl &url)
{
    m_authorizeUrl = url;
    if (!m_opener(url)) {
        fail(tr("Could not open a web browser. Copy this address into a browser to sign in: %1")
                 .arg(url.toString()));
    }
}

void AuthenticatePage::submitPastedAddress()
{
    if (!m_session || m_state != State::Waiting)
        return;
    QString error;
    if (!m_session->completeWithPastedUrl(m_pasted->text().trimmed(), &error)) {
        // The attempt stays open: the person can paste again.
        m_message->showError(error);
        m_pasted->setFocus();
        m_pasted->selectAll();
        return;
    }
    m_message->clear();
    m_status->setText(tr("Checking the address with Snapchat…"));
}

void AuthenticatePage::onConnected()
{
    m_timeout.stop();
    if (m_draft.refreshToken.isEmpty())
        m_draft.refreshToken = m_session->refreshToken();
    if (m_draft.refreshToken.isEmpty()) {
        fail(tr("Snapchat signed you in but gave no refresh token, so exports could not run later. "
                "Retry; if it happens again, check the OAuth app's settings."));
        return;
    }
    setState(State::Loading);
    m_executor = new Snapchat::RequestExecutor(m_network, m_session, this);
    m_executor->setTransferTimeoutMs(30 * 1000);
    m_client = new Snapchat::SnapchatClient(m_draft.connectionSettings(), m_executor, this);
    m_client->me(m_client, [this](const Snapchat::Result<Snapchat::Me> &me) {
        if (!me.ok()) {
            onFailed(me.error);
            return;
        }
        m_draft.snapUser = me.value;
        m_client->organizations(m_client, [this](const Snapchat::Result<QList<Snapchat::Organization>> &organizations) {
            if (!organizations.ok()) {
                onFailed(organizations.error);
                return;
            }
            m_draft.organizations = organizations.value;
            showAccounts();
            setState(State::Connected);
        });
    });
}

void AuthenticatePage::onFailed(const Snapchat::ApiError &error)
{
    if (m_timedOut) {
        fail(tr("The browser did not come back within %n minute(s). If it showed an error about the "
                "redirect URI, register exactly the redirect URI shown on the previous page on your Snap "
                "OAuth app. Then retry.",
                nullptr, qMax(1, m_timeout.interval() / 60000)));
        return;
    }
    fail(plainWords(error, m_draft));
}

void AuthenticatePage::fail(const QString &message)
{
    resetSession();
    m_draft.refreshToken.clear();
    m_message->showError(message, true);
    setState(State::Failed);
}

void AuthenticatePage::showAccounts()
{
    const Snapchat::Me &me = m_draft.snapUser;
    const QString who = me.displayName.isEmpty() ? me.email : me.displayName;
    m_user->setText(me.email.isEmpty() || me.email == who
                        ? tr("Signed in to Snapchat as %1.").arg(who)
                        : tr("Signed in to Snapchat as %1 (%2).").arg(who, me.email));
    m_accounts->clear();
    for (const Snapchat::Organization &organization : m_draft.organizations) {
        auto *item = new QTreeWidgetItem(m_accounts, {organization.name, organization.id});
        for (const Snapchat::AdAccount &account : organization.adAccounts)
            new QTreeWidgetItem(item, {account.name, account.id});
        item->setExpanded(true);
    }
    if (m_draft.adAccountCount() == 0) {
        m_message->showInfo(tr("This Snapchat user has no ad accounts yet. You can still save the "
                               "connection; exports need an ad account."));
    }
}

void AuthenticatePage::setState(State state)
{
    m_state = state;
    const bool waiting = state == State::Waiting || state == State::Loading;
    const bool paste = m_draft.redirectMode == ConnectionDraft::RedirectMode::Paste;
    m_start->setEnabled(!waiting);
    m_start->setVisible(state != State::Connected);
    m_cancel->setVisible(waiting);
    m_reopen->setVisible(state == State::Waiting);
    m_busy->setVisible(waiting);
    m_pasteRow->setVisible(state == State::Waiting && paste);
    m_user->setVisible(state == State::Connected);
    m_accounts->setVisible(state == State::Connected);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->setStretch(m_spacerIndex, state == State::Connected ? 0 : 1);
    switch (state) {
    case State::Idle:
        m_status->setText(tr("Click the button to open Snapchat's sign-in page in your browser."));
        m_pasted->clear();
        break;
    case State::Waiting:
        m_status->setText(paste ? tr("Waiting for you to sign in and allow access in your browser…")
                                : tr("Waiting for you to sign in and allow access in your browser. "
                                     "This page continues by itself when the browser comes back…"));
        break;
    case State::Loading:
        m_status->setText(tr("Signed in. Reading your organizations and ad accounts…"));
        break;
    case State::Connected:
        m_status->setText(tr("Connected. These are the ad accounts this connection can send audiences to:"));
        break;
    case State::Failed:
        m_status->setText(tr("Signing in did not work."));
        break;
    }
    Q_EMIT completeChanged();
    Q_EMIT stateChanged(state);
}
