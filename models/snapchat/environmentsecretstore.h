#pragma once

#include "secretstore.h"

#include <QPointer>

namespace Snapchat {

// For headless use: AUDIENCEBRIDGE_CLIENT_SECRET and AUDIENCEBRIDGE_REFRESH_TOKEN, when set,
// answer reads of any connection's client secret and refresh token, and
// AUDIENCEBRIDGE_SOURCE_PASSWORD those of any profile source's password; everything else goes to
// the wrapped store (usually the keychain). Writes always go to the wrapped store; without one,
// they fail with the "no keychain" message.
class EnvironmentSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *kClientSecretVariable = "AUDIENCEBRIDGE_CLIENT_SECRET";
    static constexpr const char *kRefreshTokenVariable = "AUDIENCEBRIDGE_REFRESH_TOKEN";
    static constexpr const char *kSourcePasswordVariable = "AUDIENCEBRIDGE_SOURCE_PASSWORD";

    explicit EnvironmentSecretStore(SecretStore *fallback, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;

protected:
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback callback) override;
    void removeSecret(const QString &key, QObject *context, Callback callback) override;

private:
    QPointer<SecretStore> m_fallback;
};

} // namespace Snapchat
