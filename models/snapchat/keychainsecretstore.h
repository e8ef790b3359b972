#pragma once

#include "secretstore.h"

namespace Snapchat {

// The OS keychain through QtKeychain (Secret Service on Linux), service "audiencebridge".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *kService = "audiencebridge";

    explicit KeychainSecretStore(QObject *parent = nullptr, const QString &service = QLatin1StringView(kService));

    void read(const QString &key, QObject *context, Callback callback) override;

protected:
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback callback) override;
    void removeSecret(const QString &key, QObject *context, Callback callback) override;

private:
    QString m_service;
};

} // namespace Snapchat
