#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace Snapchat {

// Where a connection's client secret and refresh token live: the OS keychain, never the
// workspace file, QSettings or a log. Asynchronous, because keychains are.
//
// Writes and removals are counted from the call until their answer (pendingWrites()): a program
// that exits while one is running loses it, and a refresh token Snapchat rotated is then gone
// for good. So programs wait for them before they exit (waitForWrites()).
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
        // For a secret that may be absent (a database user without a password): read, or not
        // stored at all, is no error; the value only when one was stored.
        bool okOrAbsent() const { return ok() || status == Status::NotFound; }
        std::optional<QString> storedValue() const { return ok() ? std::optional<QString>(value) : std::nullopt; }
    };
    using Callback = std::function<void(const Outcome &outcome)>;

    // A connection's stored sign-in as readSignIn() found it.
    struct SignIn
    {
        Outcome clientSecret;
        Outcome refreshToken; // read only once the client secret was (Failed, no message, otherwise)
        bool ok() const { return clientSecret.ok() && refreshToken.ok(); }
    };
    using SignInCallback = std::function<void(const SignIn &signIn)>;

    using QObject::QObject;

    // Each callback runs once, later (never inside the call) on the store's thread, unless
    // context (which lives there too) is destroyed first. Call these on the store's thread.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    void write(const QString &key, const QString &value, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);
    // The client secret, then the refresh token of a connection.
    void readSignIn(const QString &connectionId, QObject *context, SignInCallback callback);

    // From any thread: hands a write to the store's thread, counted in pendingWrites() at once.
    // For a refresh token rotated on a worker thread; a failure is logged (without the value).
    void writeLater(const QString &key, const QString &value);

    // Writes and removals called (or handed over by writeLater) and not answered yet.
    int pendingWrites() const { return m_pendingWrites.load(); }
    // Runs an event loop on the store's thread until no write is pending or timeout has passed;
    // true when none is left. For the end of a program, after whatever writes has stopped.
    bool waitForWrites(std::chrono::milliseconds timeout);

    // One key per connection and secret.
    static QString clientSecretKey(const QString &connectionId);
    static QString refreshTokenKey(const QString &connectionId);

    static Outcome unavailable(const QString &detail);

Q_SIGNALS:
    // pendingWrites() dropped to 0.
    void writesFinished();

protected:
    // The backends: like write() and remove(), without the counting.
    virtual void writeSecret(const QString &key, const QString &value, QObject *context, Callback callback) = 0;
    virtual void removeSecret(const QString &key, QObject *context, Callback callback) = 0;

    static void deliver(QObject *context, const Callback &callback, const Outcome &outcome);

private:
    // Wraps a caller's callback so that the answer also ends the count it started.
    Callback counted(QObject *context, Callback callback);
    void writeFinished();

    std::atomic<int> m_pendingWrites{0};
};

} // namespace Snapchat
