#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Snapchat {

// Where a connection's client secret and refresh token live: the OS keychain, never the
// workspace file, QSettings or a log. Asynchronous, because keychains are.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Outcome
    {
        Status status = Status::Ok;
        QString value;   // the secret, for a successful read
        QString message; // translated, for anything but Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Outcome &outcome)>;

    using QObject::QObject;

    // Each callback runs once, later (never inside the call), unless context is destroyed.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // One key per connection and secret.
    static QString clientSecretKey(const QString &connectionId);
    static QString refreshTokenKey(const QString &connectionId);

    static Outcome unavailable(const QString &detail);

protected:
    static void deliver(QObject *context, const Callback &callback, const Outcome &outcome);
};

} // namespace Snapchat
