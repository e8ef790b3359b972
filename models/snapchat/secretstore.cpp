#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSnapchat)

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

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback callback)
{
    writeSecret(key, value, this, counted(context, std::move(callback)));
}

void SecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    removeSecret(key, this, counted(context, std::move(callback)));
}

namespace {

// callback, called only while context (when one is given) still exists.
SecretStore::Callback guarded(QObject *context, SecretStore::Callback callback)
{
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hadContext, guard, callback = std::move(callback)](const SecretStore::Outcome &outcome) {
        if ((!hadContext || guard) && callback)
            callback(outcome);
    };
}

} // namespace

SecretStore::Callback SecretStore::counted(QObject *context, Callback callback)
{
    ++m_pendingWrites;
    // The backend answers to the store itself, so the count ends even when context is gone.
    return [this, answer = guarded(context, std::move(callback))](const Outcome &outcome) {
        answer(outcome);
        writeFinished();
    };
}

void SecretStore::writeFinished()
{
    if (--m_pendingWrites == 0)
        Q_EMIT writesFinished();
}

void SecretStore::writeLater(const QString &key, const QString &value)
{
    // Counted before it is queued: a program waiting for the store's writes waits for it too.
    ++m_pendingWrites;
    QMetaObject::invokeMethod(this, [this, key, value] {
        write(key, value, this, [key](const Outcome &outcome) {
            if (!outcome.ok())
                qCWarning(lcSnapchat) << "could not store" << key << ':' << outcome.message;
        });
        writeFinished(); // write() counts it from here on
    }, Qt::QueuedConnection);
}

bool SecretStore::waitForWrites(std::chrono::milliseconds timeout)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (pendingWrites() == 0)
        return true;
    QEventLoop loop;
    connect(this, &SecretStore::writesFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    loop.exec();
    return pendingWrites() == 0;
}

void SecretStore::readSignIn(const QString &connectionId, QObject *context, SignInCallback callback)
{
    QPointer<SecretStore> self(this);
    read(clientSecretKey(connectionId), context, [self, connectionId, context, callback](const Outcome &clientSecret) {
        SecretStore *store = self.data();
        if (!clientSecret.ok() || !store) {
            callback({clientSecret, {Status::Failed, {}, {}}});
            return;
        }
        store->read(refreshTokenKey(connectionId), context, [clientSecret, callback](const Outcome &refreshToken) {
            callback({clientSecret, refreshToken});
        });
    });
}

void SecretStore::deliver(QObject *context, const Callback &callback, const Outcome &outcome)
{
    QMetaObject::invokeMethod(context ? context : QCoreApplication::instance(),
                              [answer = guarded(context, callback), outcome] { answer(outcome); },
                              Qt::QueuedConnection);
}

} // namespace Snapchat
