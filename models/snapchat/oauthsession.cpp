#include "oauthsession.h"

#include "apiparser.h"
#include "pastedredirect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcSnapchat)

namespace Snapchat {

namespace {

const QString kScope = QStringLiteral("snapchat-marketing-api");
constexpr int kMaxRefreshRetries = 3;

// 32 bytes from the system's CSPRNG, base64url: only [A-Za-z0-9-_], as Qt 6.4 requires.
QString randomState()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

// Reaches QOAuth2AuthorizationCodeFlow's protected members.
class SnapOAuthFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    void exchange(const QString &code) { requestAccessToken(code); }
    void resetStatus(Status status) { setStatus(status); }
};

// A reply handler whose redirect URI is fixed: the user's https page in paste mode (and a
// harmless constant for refreshes, which send no redirect URI).
class FixedCallbackReplyHandler : public QOAuthOobReplyHandler
{
public:
    using QOAuthOobReplyHandler::QOAuthOobReplyHandler;
    QString callback() const override { return m_callback; }
    void setCallback(const QString &callback) { m_callback = callback; }

private:
    QString m_callback = QStringLiteral("oob");
};

OAuthSession::OAuthSession(ConnectionSettings settings, QNetworkAccessManager *network, QObject *parent)
    : AccessTokenProvider(parent)
    , m_settings(std::move(settings))
    , m_network(network)
    , m_flow(new SnapOAuthFlow(network, this))
    , m_tokenHandler(new FixedCallbackReplyHandler(this))
{
    m_flow->setAuthorizationUrl(m_settings.authorizeUrl());
    m_flow->setAccessTokenUrl(m_settings.accessTokenUrl());
    m_flow->setClientIdentifier(m_settings.clientId);
    m_flow->setReplyHandler(m_tokenHandler);
    m_flow->setModifyParametersFunction([](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage != QAbstractOAuth::Stage::RequestingAccessToken || !parameters->contains(QStringLiteral("code")))
            return;
        // QTBUG-81624: the code arrives still percent-encoded and Qt encodes it again when it
        // builds the form body: hand Qt the decoded code.
        const QString code = parameters->value(QStringLiteral("code")).toString();
        parameters->replace(QStringLiteral("code"), QUrl::fromPercentEncoding(code.toUtf8()));
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSession::authorizeUrlReady);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthSession::onGranted);
    connect(m_flow, &QAbstractOAuth2::refreshTokenChanged, this, [this](const QString &token) {
        if (!token.isEmpty() && token != m_refreshToken) {
            m_refreshToken = token;
            Q_EMIT refreshTokenChanged(token);
        }
    });
    // Qt 6.4 emits nothing when the token endpoint answers with an error: watch the replies.
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthSession::onTokenReply);

    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        failAttempt(ApiError::oauth(tr("Snapchat sign-in did not finish in time. Start connecting again.")));
    });
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshAccessToken({}); });
}

OAuthSession::~OAuthSession()
{
    endListener();
}

void OAuthSession::setClientSecret(const QString &secret)
{
    m_flow->setClientIdentifierSharedKey(secret);
}

bool OAuthSession::prepareAttempt(QString *error)
{
    if (!m_settings.validate(error))
        return false;
    if (m_settings.clientId.isEmpty()) {
        *error = tr("The connection has no client ID.");
        return false;
    }
    if (m_flow->clientIdentifierSharedKey().isEmpty()) {
        *error = tr("The connection has no client secret.");
        return false;
    }
    endListener();
    m_refreshTimer.stop();
    // Qt 6.4 makes one state per object from a time-seeded generator, and keeps the scope the
    // server last answered with: set both for every attempt.
    m_state = randomState();
    m_flow->setState(m_state);
    m_flow->setScope(kScope);
    m_flow->resetStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_phase = Phase::Authorizing;
    m_attemptTimer.start(m_timeoutMs);
    return true;
}

bool OAuthSession::startLoopback(QString *error)
{
    // Never the default constructor: it listens on every interface.
    auto *listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!listener->isListening()) {
        *error = tr("Cannot open a local port for the sign-in redirect.");
        delete listener;
        return false;
    }
    listener->setCallbackPath(QStringLiteral("/callback"));
    listener->setCallbackText(tr("AudienceBridge received Snapchat's answer. You can close this page."));
    if (!prepareAttempt(error)) {
        delete listener;
        return false;
    }
    m_listener = listener;
    m_loopbackRedirect = QUrl(listener->callback());
    // Our check first: Qt ignores a wrong state silently.
    connect(listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSession::onCallbackReceived);
    m_flow->setReplyHandler(listener);
    m_flow->grant();
    return true;
}

bool OAuthSession::startPaste(QString *error)
{
    if (m_settings.redirectUri.isEmpty() || m_settings.redirectUri.scheme() != QLatin1StringView("https")) {
        *error = tr("Set the https redirect URI registered on your Snap OAuth app first.");
        return false;
    }
    if (!prepareAttempt(error))
        return false;
    m_tokenHandler->setCallback(m_settings.redirectUri.toString(QUrl::FullyEncoded));
    m_flow->setReplyHandler(m_tokenHandler);
    m_flow->grant();
    return true;
}

bool OAuthSession::completeWithPastedUrl(const QString &pasted, QString *error)
{
    if (m_phase != Phase::Authorizing || m_listener) {
        *error = tr("No sign-in is waiting for a pasted address. Start connecting first.");
        return false;
    }
    const PastedRedirect redirect = PastedRedirect::parse(pasted, m_state, m_settings.redirectUri);
    if (!redirect.ok()) {
        *error = redirect.error;
        return false;
    }
    m_phase = Phase::Exchanging;
    m_code = redirect.code;
    m_exchangeRetries = 0;
    m_flow->resetStatus(QAbstractOAuth::Status::TemporaryCredentialsReceived);
    m_flow->exchange(redirect.code);
    return true;
}

void OAuthSession::onCallbackReceived(const QVariantMap &values)
{
    if (m_phase != Phase::Authorizing)
        return;
    // Anything on this machine may ask the listener's address (a browser's second request, a
    // port scan): with no code, state or error it is not an answer, and the sign-in goes on.
    if (!values.contains(QStringLiteral("code")) && !values.contains(QStringLiteral("state"))
        && !values.contains(QStringLiteral("error"))) {
        qCInfo(lcSnapchat) << "the sign-in listener ignored a request without an OAuth answer";
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        failAttempt(ApiError::oauth(tr("Snapchat did not grant access: %1 %2")
                                        .arg(error, values.value(QStringLiteral("error_description")).toString())
                                        .trimmed()));
        return;
    }
    if (values.value(QStringLiteral("state")).toString() != m_state) {
        failAttempt(ApiError::oauth(tr("The sign-in answer did not belong to this attempt (state mismatch) "
                                       "and was refused. Start connecting again.")));
        return;
    }
    if (values.value(QStringLiteral("code")).toString().isEmpty()) {
        failAttempt(ApiError::oauth(tr("Snapchat's answer had no authorization code.")));
        return;
    }
    // Qt now exchanges the code. The listener stays until the exchange ends: Qt reads the
    // redirect URI (with its port) from it.
    m_phase = Phase::Exchanging;
    m_code = values.value(QStringLiteral("code")).toString();
    m_exchangeRetries = 0;
}

void OAuthSession::onGranted()
{
    if (m_flow->token().isEmpty())
        return;
    // Qt 6.4 forgets the refresh token when an answer carries none: keep the newest one.
    if (m_flow->refreshToken().isEmpty() && !m_refreshToken.isEmpty())
        m_flow->setRefreshToken(m_refreshToken);
    const Phase previous = m_phase;
    m_phase = Phase::Connected;
    scheduleRefresh();
    if (previous == Phase::Refreshing) {
        finishRefresh({});
        return;
    }
    if (previous == Phase::Authorizing || previous == Phase::Exchanging) {
        m_code.clear();
        m_attemptTimer.stop();
        endListener();
        Q_EMIT connected();
    }
}

void OAuthSession::onTokenReply(QNetworkReply *reply)
{
    if (reply->url().adjusted(QUrl::RemoveQuery) != m_settings.accessTokenUrl())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
        return; // Qt handles success
    const QByteArray body = reply->peek(reply->bytesAvailable());
    ApiError error = ApiParser::parseEnvelope(status, body, nullptr);
    if (status == 0) {
        error.kind = ApiError::Kind::Transport;
        error.networkError = reply->error();
        error.debugMessage = reply->errorString();
    }
    qCInfo(lcSnapchat) << "token endpoint answered" << status << reply->error();
    if (m_phase == Phase::Refreshing) {
        const bool transient = status == 0 || status == 429 || status >= 500;
        // Qt 6.4 leaves the status at RefreshingToken after a failure: no refresh would start again.
        m_flow->resetStatus(QAbstractOAuth::Status::Granted);
        if (transient && m_refreshRetries < kMaxRefreshRetries) {
            ++m_refreshRetries;
            QTimer::singleShot(250 * (1 << m_refreshRetries), this, [this] {
                if (m_phase == Phase::Refreshing)
                    m_flow->refreshAccessToken();
            });
            return;
        }
        if (transient) {
            // Snapchat is unreachable, the grant is not revoked: a later refresh may work.
            m_phase = Phase::Connected;
            finishRefresh(error);
            return;
        }
        m_flow->resetStatus(QAbstractOAuth::Status::NotAuthenticated);
        m_phase = Phase::Idle;
        finishRefresh(ApiError::auth(error.debugMessage));
        return;
    }
    if (m_phase == Phase::Exchanging) {
        const bool transient = status == 0 || status == 429 || status >= 500;
        if (transient && m_exchangeRetries < kMaxRefreshRetries) {
            ++m_exchangeRetries;
            QTimer::singleShot(250 * (1 << m_exchangeRetries), this, [this] {
                if (m_phase == Phase::Exchanging)
                    m_flow->exchange(m_code);
            });
            return;
        }
        ApiError refused = ApiError::oauth(tr("Snapchat refused the authorization code (HTTP %1): %2")
                                               .arg(status)
                                               .arg(error.debugMessage));
        // Kept apart so that callers can tell a wrong client secret (invalid_client) from a
        // redirect URI mismatch or a stale code (invalid_grant).
        refused.httpStatus = status;
        refused.errorCode = QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toString();
        failAttempt(refused);
    }
}

void OAuthSession::refreshAccessToken(const RefreshCallback &done)
{
    if (done)
        m_refreshCallbacks.append(done);
    if (m_phase == Phase::Refreshing)
        return; // one refresh serves every caller
    if (m_refreshToken.isEmpty() && m_flow->refreshToken().isEmpty()) {
        finishRefresh(ApiError::auth(tr("no refresh token is stored for this connection")));
        return;
    }
    if (m_flow->refreshToken().isEmpty())
        m_flow->setRefreshToken(m_refreshToken);
    m_refreshTimer.stop();
    m_phase = Phase::Refreshing;
    m_refreshRetries = 0;
    m_flow->setReplyHandler(m_tokenHandler);
    m_flow->resetStatus(QAbstractOAuth::Status::Granted);
    m_flow->refreshAccessToken();
}

void OAuthSession::finishRefresh(const ApiError &error)
{
    const QList<RefreshCallback> callbacks = std::exchange(m_refreshCallbacks, {});
    for (const RefreshCallback &callback : callbacks)
        callback(error);
    if (error.isError()) {
        m_refreshTimer.stop();
        Q_EMIT failed(error);
    }
}

void OAuthSession::restore(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    m_flow->setRefreshToken(refreshToken);
    refreshAccessToken([this](const ApiError &error) {
        if (!error.isError())
            Q_EMIT connected();
    });
}

void OAuthSession::failAttempt(const ApiError &error)
{
    if (m_phase != Phase::Authorizing && m_phase != Phase::Exchanging)
        return;
    m_attemptTimer.stop();
    endListener();
    m_flow->setReplyHandler(m_tokenHandler);
    m_flow->resetStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_phase = Phase::Idle;
    m_state.clear();
    m_code.clear();
    Q_EMIT failed(error);
}

void OAuthSession::cancel()
{
    failAttempt(ApiError::oauth(tr("Connecting was cancelled.")));
}

void OAuthSession::endListener()
{
    if (m_listener) {
        m_listener->close();
        if (m_flow->replyHandler() == m_listener)
            m_flow->setReplyHandler(m_tokenHandler);
        m_listener->deleteLater();
        m_listener.clear();
    }
}

void OAuthSession::scheduleRefresh()
{
    const QDateTime expires = m_flow->expirationAt();
    if (!expires.isValid())
        return;
    const qint64 lifetime = QDateTime::currentDateTimeUtc().msecsTo(expires);
    // Refresh a minute early, or a tenth of the lifetime early for short-lived tokens.
    const qint64 lead = std::min<qint64>(60000, std::max<qint64>(lifetime / 10, 0));
    m_refreshTimer.start(std::chrono::milliseconds(std::max<qint64>(lifetime - lead, 0)));
}

bool OAuthSession::isConnected() const
{
    return !m_flow->token().isEmpty() && (m_phase == Phase::Connected || m_phase == Phase::Refreshing);
}

QString OAuthSession::accessToken() const
{
    return m_flow->token();
}

QDateTime OAuthSession::expiresAt() const
{
    return m_flow->expirationAt();
}

} // namespace Snapchat
