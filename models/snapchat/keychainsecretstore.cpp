#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace Snapchat {

namespace {

SecretStore::Outcome outcomeOf(QKeychain::Job *job, const QString &key)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretStore::Status::NotFound, {},
                KeychainSecretStore::tr("The keychain has no entry %1.").arg(key)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a Secret Service, QtKeychain fails every job with OtherError.
        return SecretStore::unavailable(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretStore::Status::Failed, {},
                KeychainSecretStore::tr("The keychain refused access to %1: %2").arg(key, job->errorString())};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {SecretStore::Status::Failed, {},
            KeychainSecretStore::tr("The keychain failed on %1: %2").arg(key, job->errorString())};
}

template<typename JobType>
void run(JobType *job, const QString &key, QObject *context, const SecretStore::Callback &callback,
         bool readsValue)
{
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *) {
        SecretStore::Outcome outcome = outcomeOf(job, key);
        if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
            if (readsValue && outcome.ok())
                outcome.value = job->textData();
        }
        if ((!hadContext || guard) && callback)
            callback(outcome);
    });
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &service)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    run(job, key, context, callback, true);
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &value, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setTextData(value);
    run(job, key, context, callback, false);
}

void KeychainSecretStore::removeSecret(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    run(job, key, context, callback, false);
}

} // namespace Snapchat
