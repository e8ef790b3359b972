#include "memorysecretstore.h"

namespace Snapchat {

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    if (!m_available)
        deliver(context, callback, unavailable(QStringLiteral("in-memory store switched off")));
    else if (!m_values.contains(key))
        deliver(context, callback, {Status::NotFound, {}, tr("No secret is stored under %1.").arg(key)});
    else
        deliver(context, callback, {Status::Ok, m_values.value(key), {}});
}

void MemorySecretStore::writeSecret(const QString &key, const QString &value, QObject *context, Callback callback)
{
    if (!m_available) {
        deliver(context, callback, unavailable(QStringLiteral("in-memory store switched off")));
        return;
    }
    m_values.insert(key, value);
    deliver(context, callback, {});
}

void MemorySecretStore::removeSecret(const QString &key, QObject *context, Callback callback)
{
    if (!m_available) {
        deliver(context, callback, unavailable(QStringLiteral("in-memory store switched off")));
        return;
    }
    m_values.remove(key);
    deliver(context, callback, {});
}

} // namespace Snapchat
