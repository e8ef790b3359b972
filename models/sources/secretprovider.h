#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Sources {

// Where a profile source's password comes from. The application's implementation reads the OS
// keychain; the workspace stores only the key ("profile-source/<name>").
class SecretProvider
{
public:
    virtual ~SecretProvider() = default;
    virtual std::optional<QString> secret(const QString &key) = 0;
};

// Secrets held in memory, e.g. given on the command line for one run, or by tests.
class MemorySecretProvider final : public SecretProvider
{
public:
    MemorySecretProvider() = default;
    // Holding one secret, or none when value is empty (a database user without a password).
    MemorySecretProvider(const QString &key, const std::optional<QString> &value)
    {
        if (value)
            setSecret(key, *value);
    }
    void setSecret(const QString &key, const QString &value) { m_secrets.insert(key, value); }
    std::optional<QString> secret(const QString &key) override
    {
        const auto found = m_secrets.constFind(key);
        return found == m_secrets.cend() ? std::nullopt : std::optional<QString>(*found);
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Sources
