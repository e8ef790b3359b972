#include "connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Snapchat {

namespace {

// path is already percent-encoded where needed.
QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    return url;
}

} // namespace

QUrl ConnectionSettings::authorizeUrl() const
{
    return joined(accountsBaseUrl, QStringLiteral("/login/oauth2/authorize"));
}

QUrl ConnectionSettings::accessTokenUrl() const
{
    return joined(accountsBaseUrl, QStringLiteral("/login/oauth2/access_token"));
}

QUrl ConnectionSettings::apiUrl(const QString &path) const
{
    return joined(apiBaseUrl, QStringLiteral("/v1") + path);
}

bool ConnectionSettings::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    if (url.scheme() != QLatin1StringView("http"))
        return false;
    if (url.host() == QLatin1StringView("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

bool ConnectionSettings::validate(QString *error) const
{
    const std::pair<const QUrl *, const char *> urls[] = {
        {&apiBaseUrl, QT_TRANSLATE_NOOP("Snapchat", "API base URL")},
        {&accountsBaseUrl, QT_TRANSLATE_NOOP("Snapchat", "accounts base URL")}};
    for (const auto &[url, name] : urls) {
        if (!isAllowedUrl(*url)) {
            *error = QCoreApplication::translate(
                         "Snapchat", "The %1 %2 is refused: use https:// (plain http:// is only allowed for 127.0.0.1 or localhost).")
                         .arg(QCoreApplication::translate("Snapchat", name), url->toDisplayString());
            return false;
        }
    }
    if (!redirectUri.isEmpty() && redirectUri.scheme() != QLatin1StringView("https") && !isAllowedUrl(redirectUri)) {
        *error = QCoreApplication::translate("Snapchat", "The redirect URI %1 must be an https:// address.")
                     .arg(redirectUri.toDisplayString());
        return false;
    }
    return true;
}

} // namespace Snapchat
