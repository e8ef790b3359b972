#pragma once

#include "secretstore.h"

#include <QHash>

namespace Snapchat {

// Secrets in memory only: for tests, behind the same interface as the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback callback) override;

    // Simulates a machine without a keychain.
    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QString> contents() const { return m_values; }

protected:
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback callback) override;
    void removeSecret(const QString &key, QObject *context, Callback callback) override;

private:
    QHash<QString, QString> m_values;
    bool m_available = true;
};

} // namespace Snapchat
