#include "pastedredirect.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Snapchat {

namespace {

PastedRedirect failure(const char *text)
{
    return {{}, QCoreApplication::translate("Snapchat", text)};
}

} // namespace

PastedRedirect PastedRedirect::parse(const QString &text, const QString &expectedState, const QUrl &expectedRedirect)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure("Paste the whole address from the browser's address bar.");
    QUrl url = QUrl::fromUserInput(trimmed);
    QUrlQuery query;
    if (trimmed.contains(QLatin1StringView("://"))) {
        url = QUrl(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return failure("The pasted text is not a web address.");
        if (!expectedRedirect.isEmpty()
            && (url.scheme() != expectedRedirect.scheme() || url.host() != expectedRedirect.host()
                || url.port() != expectedRedirect.port() || url.path() != expectedRedirect.path())) {
            return {{}, QCoreApplication::translate("Snapchat", "The pasted address is not your redirect page %1.")
                            .arg(expectedRedirect.toDisplayString())};
        }
        query = QUrlQuery(url.query(QUrl::FullyEncoded));
        if (!query.hasQueryItem(QStringLiteral("code")) && url.hasFragment())
            query = QUrlQuery(url.fragment(QUrl::FullyEncoded));
    } else {
        query = QUrlQuery(trimmed.startsWith(QLatin1Char('?')) ? trimmed.mid(1) : trimmed);
    }
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(QStringLiteral("error"))) {
        return {{}, QCoreApplication::translate("Snapchat", "Snapchat did not grant access: %1 %2")
                        .arg(value("error"), value("error_description"))
                        .trimmed()};
    }
    if (value("code").isEmpty())
        return failure("The pasted address has no authorization code: paste the address of the page "
                       "Snapchat sent the browser to after you allowed access.");
    if (value("state").isEmpty() || value("state") != expectedState)
        return failure("The pasted address belongs to another sign-in attempt (its state does not "
                       "match). Start connecting again and paste the address from that attempt.");
    return {value("code"), {}};
}

} // namespace Snapchat
