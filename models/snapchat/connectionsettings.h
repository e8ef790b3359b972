#pragma once

#include <QString>
#include <QUrl>

namespace Snapchat {

// Where a connection talks to: Snapchat itself, or the sandbox (just another pair of URLs).
struct ConnectionSettings
{
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://adsapi.snapchat.com"));
    QUrl accountsBaseUrl = QUrl(QStringLiteral("https://accounts.snapchat.com"));
    QString clientId;
    // The https page registered on the Snap OAuth app, for "paste the address" completion.
    // Empty: the loopback listener's http://127.0.0.1:PORT/callback is used.
    QUrl redirectUri;

    QUrl authorizeUrl() const;   // {accounts}/login/oauth2/authorize
    QUrl accessTokenUrl() const; // {accounts}/login/oauth2/access_token
    QUrl apiUrl(const QString &path) const; // {api}/v1/...; path already percent-encoded

    // Checks both base URLs: https, or http to a loopback host. Returns a translated reason.
    bool validate(QString *error) const;
    // https, or http to 127.0.0.0/8, ::1 or localhost: nothing else may be spoken to in clear.
    static bool isAllowedUrl(const QUrl &url);
};

} // namespace Snapchat
