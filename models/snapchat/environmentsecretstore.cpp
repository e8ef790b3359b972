#include "environmentsecretstore.h"

namespace Snapchat {

EnvironmentSecretStore::EnvironmentSecretStore(SecretStore *fallback, QObject *parent)
    : SecretStore(parent)
    , m_fallback(fallback)
{
}

void EnvironmentSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    const char *variable = nullptr;
    if (key.endsWith(QLatin1StringView("/client_secret")))
        variable = kClientSecretVariable;
    else if (key.endsWith(QLatin1StringView("/refresh_token")))
        variable = kRefreshTokenVariable;
    else if (key.startsWith(QLatin1StringView("profile-source/")))
        variable = kSourcePasswordVariable;
    if (variable && qEnvironmentVariableIsSet(variable)) {
        deliver(context, callback, {Status::Ok, qEnvironmentVariable(variable), {}});
        return;
    }
    SecretStore *fallback = m_fallback.data();
    if (!fallback) {
        deliver(context, callback, unavailable(tr("%1 is not set").arg(QLatin1StringView(variable ? variable : "?"))));
        return;
    }
    fallback->read(key, context, std::move(callback));
}

void EnvironmentSecretStore::writeSecret(const QString &key, const QString &value, QObject *context, Callback callback)
{
    SecretStore *fallback = m_fallback.data();
    if (!fallback) {
        deliver(context, callback, unavailable(tr("environment variables cannot be written")));
        return;
    }
    fallback->write(key, value, context, std::move(callback));
}

void EnvironmentSecretStore::removeSecret(const QString &key, QObject *context, Callback callback)
{
    SecretStore *fallback = m_fallback.data();
    if (!fallback) {
        deliver(context, callback, unavailable(tr("environment variables cannot be written")));
        return;
    }
    fallback->remove(key, context, std::move(callback));
}

} // namespace Snapchat
