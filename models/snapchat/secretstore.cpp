#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>

namespace Snapchat {

QString SecretStore::clientSecretKey(const QString &connectionId)
{
    return QStringLiteral("connection/%1/client_secret").arg(connectionId);
}

QString SecretStore::refreshTokenKey(const QString &connectionId)
{
    return QStringLiteral("connection/%1/refresh_token").arg(connectionId);
}

SecretStore::Outcome SecretStore::unavailable(const QString &detail)
{
    return {Status::Unavailable, {},
            QCoreApplication::translate("Snapchat",
                                        "No keychain is available to keep the Snapchat client secret and "
                                        "refresh token (%1). Install and unlock a Secret Service keyring "
                                        "(GNOME Keyring or KWallet), or, for headless use, set "
                                        "AUDIENCEBRIDGE_CLIENT_SECRET and AUDIENCEBRIDGE_REFRESH_TOKEN.")
                .arg(detail)};
}

void SecretStore::deliver(QObject *context, const Callback &callback, const Outcome &outcome)
{
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context ? context : QCoreApplication::instance(),
        [hadContext, guard, callback, outcome] {
            if ((!hadContext || guard) && callback)
                callback(outcome);
        },
        Qt::QueuedConnection);
}

} // namespace Snapchat
