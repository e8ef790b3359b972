#pragma once

#include "accesstokenprovider.h"
#include "connectionsettings.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuthHttpServerReplyHandler;

namespace Snapchat {

class SnapOAuthFlow;
class FixedCallbackReplyHandler;

// One connection's OAuth 2.0 session with Snapchat (authorization code, confidential client),
// built on QOAuth2AuthorizationCodeFlow with its Qt 6.4 defects worked around: a fresh random
// state and the scope set before every attempt, the code's double encoding undone, token
// endpoint errors and state mismatches reported (Qt stays silent), the status reset after a
// failed refresh, an overall timeout, and refreshes scheduled before the token expires.
// The access token lives only in memory; the refresh token is handed out through
// refreshTokenChanged() for the caller to keep in the keychain.
class OAuthSession : public AccessTokenProvider
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;

    OAuthSession(ConnectionSettings settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthSession() override;
    Q_DISABLE_COPY_MOVE(OAuthSession)

    void setClientSecret(const QString &secret);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Browser sign-in finished by a listener on 127.0.0.1 (closed when the attempt ends).
    // Emits authorizeUrlReady() with the address to open; then connected() or failed().
    bool startLoopback(QString *error);
    QUrl loopbackRedirectUri() const { return m_loopbackRedirect; }
    // Browser sign-in finished by pasting the address the browser landed on (the https
    // settings.redirectUri). Emits authorizeUrlReady(); then call completeWithPastedUrl().
    bool startPaste(QString *error);
    // Returns false (and emits nothing) when the pasted address is unusable: *error says why and
    // the attempt stays open for another paste.
    bool completeWithPastedUrl(const QString &pasted, QString *error);
    // Headless or restarted: a stored refresh token gets a new access token.
    void restore(const QString &refreshToken);
    void cancel();

    bool isConnected() const;
    QString accessToken() const override;
    QString refreshToken() const { return m_refreshToken; }
    QDateTime expiresAt() const;
    void refreshAccessToken(const RefreshCallback &done) override;

    // The state of the attempt in progress (tests check it changes every time).
    QString pendingState() const { return m_state; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void connected();
    void failed(const Snapchat::ApiError &error);
    void refreshTokenChanged(const QString &refreshToken);

private:
    enum class Phase { Idle, Authorizing, Exchanging, Connected, Refreshing };
    bool prepareAttempt(QString *error);
    void onCallbackReceived(const QVariantMap &values);
    void onGranted();
    void onTokenReply(QNetworkReply *reply);
    void failAttempt(const ApiError &error);
    void finishRefresh(const ApiError &error);
    void endListener();
    void scheduleRefresh();

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network;
    SnapOAuthFlow *m_flow = nullptr;
    FixedCallbackReplyHandler *m_tokenHandler = nullptr; // for paste mode and refreshes
    QPointer<QOAuthHttpServerReplyHandler> m_listener;
    QUrl m_loopbackRedirect;
    Phase m_phase = Phase::Idle;
    QString m_state;
    QString m_code; // kept to send the exchange again after a 429/5xx from the token endpoint
    int m_exchangeRetries = 0;
    QString m_refreshToken;
    QList<RefreshCallback> m_refreshCallbacks;
    int m_refreshRetries = 0;
    int m_timeoutMs = kDefaultTimeoutMs;
    QTimer m_attemptTimer;
    QTimer m_refreshTimer;
};

} // namespace Snapchat
