#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

namespace Snapchat {

// The OS keychain through QtKeychain (Secret Service on Linux), service "audiencebridge".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *kService = "audiencebridge";

    explicit KeychainSecretStore(QObject *parent = nullptr, const QString &service = QLatin1StringView(kService));

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &value, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // Jobs started and not finished: a program waits for them before it exits, or a refresh
    // token rotated at the end of a run never reaches the keychain.
    int jobsRunning() const { return m_jobsRunning; }

Q_SIGNALS:
    void allJobsFinished();

private:
    void track(QKeychain::Job *job);

    QString m_service;
    int m_jobsRunning = 0;
};

} // namespace Snapchat
