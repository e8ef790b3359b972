#include "sandboxoauth.h"

#include "sandboxoptions.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace Sandbox {

namespace {

QString randomToken(int bytes, QByteArray::Base64Options options)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(options));
}

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return fields;
}

HttpResponse oauthError(int status, const char *error, const QString &description)
{
    const QJsonObject object{{QStringLiteral("error"), QLatin1StringView(error)},
                             {QStringLiteral("error_description"), description}};
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray withQuery(const QString &redirectUri, const QByteArray &query)
{
    const QByteArray base = redirectUri.toUtf8();
    return base + (base.contains('?') ? '&' : '?') + query;
}

} // namespace

SandboxOAuth::SandboxOAuth(const SandboxOptions &options)
    : m_options(options)
{
}

bool SandboxOAuth::handles(const HttpRequest &request) const
{
    return request.url.path().startsWith(QLatin1StringView("/login/oauth2/"));
}

HttpResponse SandboxOAuth::handle(const HttpRequest &request)
{
    const QString path = request.url.path();
    if (path == QLatin1StringView("/login/oauth2/authorize") && request.method == "GET")
        return authorize(request);
    if (path == QLatin1StringView("/login/oauth2/approve") && request.method == "GET")
        return approve(request);
    if (path == QLatin1StringView("/login/oauth2/access_token") && request.method == "POST")
        return accessToken(request);
    return HttpResponse::text(404, "not found\n");
}

bool SandboxOAuth::redirectUriAllowed(const QString &uri) const
{
    if (!m_options.redirectUris.isEmpty())
        return m_options.redirectUris.contains(uri);
    const QUrl url(uri);
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    return url.scheme() == QLatin1StringView("http")
        && (url.host() == QLatin1StringView("127.0.0.1") || url.host() == QLatin1StringView("localhost"));
}

HttpResponse SandboxOAuth::authorize(const HttpRequest &request)
{
    const QUrlQuery query(request.url);
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    };
    // Errors about the client or the redirect URI are shown, never redirected (RFC 6749 4.1.2.1).
    if (value("client_id") != m_options.clientId)
        return HttpResponse::text(400, "unknown client_id\n");
    const QString redirectUri = value("redirect_uri");
    if (!redirectUriAllowed(redirectUri))
        return HttpResponse::text(400, "redirect_uri is not registered for this client\n");

    const QByteArray state = QUrl::toPercentEncoding(value("state"));
    if (value("response_type") != QLatin1StringView("code"))
        return HttpResponse::redirect(withQuery(redirectUri, "error=unsupported_response_type&state=" + state));
    if (value("scope") != QLatin1StringView("snapchat-marketing-api"))
        return HttpResponse::redirect(withQuery(redirectUri, "error=invalid_scope&state=" + state));

    // Base64 with '/' and '=': a client that encodes the code twice (QTBUG-81624) fails here.
    // No '+': Qt 6.4 sends it unencoded in form bodies, where it reads as a space.
    const QString code = randomToken(24, QByteArray::Base64Encoding).replace(QLatin1Char('+'), QLatin1Char('-'));
    m_codes.insert(code, {redirectUri, QDateTime::currentDateTimeUtc().addSecs(m_options.codeTtlSeconds)});
    const QByteArray location = withQuery(redirectUri, "code=" + QUrl::toPercentEncoding(code) + "&state=" + state);
    if (m_options.autoApprove)
        return HttpResponse::redirect(location);

    const QString approval = randomToken(12, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_pendingApprovals.insert(approval, location);
    HttpResponse page;
    page.addHeader("Content-Type", "text/html; charset=utf-8");
    page.body = "<!DOCTYPE html><html><head><title>Snapchat sandbox</title></head><body>"
                "<h1>Allow AudienceBridge to manage your audiences?</h1>"
                "<p><a id=\"approve\" href=\"/login/oauth2/approve?id="
        + approval.toLatin1() + "\">Approve</a></p></body></html>";
    return page;
}

HttpResponse SandboxOAuth::approve(const HttpRequest &request)
{
    const QString id = QUrlQuery(request.url).queryItemValue(QStringLiteral("id"));
    if (!m_pendingApprovals.contains(id))
        return HttpResponse::text(400, "unknown or used approval\n");
    return HttpResponse::redirect(m_pendingApprovals.take(id));
}

HttpResponse SandboxOAuth::accessToken(const HttpRequest &request)
{
    if (m_failNextTokenRequests > 0) {
        --m_failNextTokenRequests;
        return oauthError(503, "temporarily_unavailable", QStringLiteral("Injected token endpoint failure"));
    }
    const QHash<QString, QString> form = parseForm(request.body);
    QString clientId = form.value(QStringLiteral("client_id"));
    QString clientSecret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = decoded.indexOf(':');
        clientId = QUrl::fromPercentEncoding(decoded.left(colon));
        clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    if (clientId != m_options.clientId || clientSecret != m_options.clientSecret)
        return oauthError(401, "invalid_client", QStringLiteral("Client authentication failed"));

    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1StringView("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        const PendingCode pending = m_codes.take(code); // single use, even when it fails below
        if (pending.redirectUri.isEmpty())
            return oauthError(400, "invalid_grant", QStringLiteral("Unknown or already used authorization code"));
        if (pending.expiresAt < QDateTime::currentDateTimeUtc())
            return oauthError(400, "invalid_grant", QStringLiteral("Authorization code expired"));
        if (form.value(QStringLiteral("redirect_uri")) != pending.redirectUri)
            return oauthError(400, "invalid_grant", QStringLiteral("redirect_uri does not match the authorization request"));
        ++m_tokenGrants;
        return tokenResponse();
    }
    if (grantType == QLatin1StringView("refresh_token")) {
        const QString refreshToken = form.value(QStringLiteral("refresh_token"));
        if (!m_refreshTokens.remove(refreshToken))
            return oauthError(400, "invalid_grant", QStringLiteral("Refresh token is invalid or revoked"));
        ++m_refreshGrants;
        return tokenResponse();
    }
    return oauthError(400, "unsupported_grant_type", QStringLiteral("Unsupported grant_type"));
}

HttpResponse SandboxOAuth::tokenResponse()
{
    const auto [access, refresh] = issueTokens();
    const QJsonObject object{{QStringLiteral("access_token"), access},
                             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                             {QStringLiteral("expires_in"), m_options.tokenTtlSeconds},
                             {QStringLiteral("refresh_token"), refresh},
                             {QStringLiteral("scope"), QStringLiteral("snapchat-marketing-api")}};
    HttpResponse response = HttpResponse::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
    response.addHeader("Cache-Control", "no-store");
    return response;
}

std::pair<QString, QString> SandboxOAuth::issueTokens()
{
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QString access = randomToken(32, options);
    const QString refresh = randomToken(32, options);
    m_accessTokens.insert(access, QDateTime::currentDateTimeUtc().addSecs(m_options.tokenTtlSeconds));
    m_refreshTokens.insert(refresh);
    if (!m_options.issuedTokensPath.isEmpty()) {
        // Written before the answer leaves: whoever holds a token finds it in the file.
        QFile file(m_options.issuedTokensPath);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write("access " + access.toLatin1() + "\nrefresh " + refresh.toLatin1() + '\n');
    }
    return {access, refresh};
}

void SandboxOAuth::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = past;
}

void SandboxOAuth::revokeRefreshTokens()
{
    // Like a user removing the app's access: the refresh tokens issued so far stop working, and
    // signing in again starts a new grant whose tokens work.
    m_refreshTokens.clear();
    m_refreshRevoked = true;
}

SandboxOAuth::TokenCheck SandboxOAuth::checkAccessToken(const QByteArray &authorizationHeader,
                                                        QString *token) const
{
    if (!authorizationHeader.startsWith("Bearer "))
        return TokenCheck::Missing;
    *token = QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    const auto it = m_accessTokens.constFind(*token);
    if (it == m_accessTokens.cend())
        return TokenCheck::Unknown;
    return it.value() < QDateTime::currentDateTimeUtc() ? TokenCheck::Expired : TokenCheck::Valid;
}

} // namespace Sandbox
