#pragma once

#include "httpserver.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Sandbox {

struct SandboxOptions;

// The sandbox's accounts server: /login/oauth2/authorize and /login/oauth2/access_token.
// Codes are single-use and expire; access tokens expire after the token TTL; every refresh
// rotates the refresh token.
class SandboxOAuth
{
public:
    explicit SandboxOAuth(const SandboxOptions &options);
    Q_DISABLE_COPY_MOVE(SandboxOAuth)

    bool handles(const HttpRequest &request) const;
    HttpResponse handle(const HttpRequest &request);

    enum class TokenCheck { Valid, Missing, Unknown, Expired };
    TokenCheck checkAccessToken(const QByteArray &authorizationHeader, QString *token) const;

    // For tests: tokens without the browser step.
    std::pair<QString, QString> issueTokens();
    void expireAccessTokens();
    // The refresh tokens issued so far stop working; later sign-ins get working ones.
    void revokeRefreshTokens();
    bool refreshRevoked() const { return m_refreshRevoked; }
    int tokenGrants() const { return m_tokenGrants; }
    // The next count token requests are answered 503, before anything is checked or used up.
    void failNextTokenRequests(int count) { m_failNextTokenRequests = count; }
    int refreshGrants() const { return m_refreshGrants; }

private:
    struct PendingCode {
        QString redirectUri;
        QDateTime expiresAt;
    };
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse approve(const HttpRequest &request);
    HttpResponse accessToken(const HttpRequest &request);
    HttpResponse tokenResponse();
    bool redirectUriAllowed(const QString &uri) const;

    const SandboxOptions &m_options;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, QByteArray> m_pendingApprovals; // approval id -> redirect location
    QHash<QString, QDateTime> m_accessTokens;
    QSet<QString> m_refreshTokens;
    bool m_refreshRevoked = false;
    int m_tokenGrants = 0;
    int m_refreshGrants = 0;
    int m_failNextTokenRequests = 0;
};

} // namespace Sandbox
