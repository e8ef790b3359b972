// MemorySecretStore and EnvironmentSecretStore: the interface tests and headless use rely on.
#include <snapchat/environmentsecretstore.h>
#include <snapchat/memorysecretstore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Snapchat;

namespace {

SecretStore::Outcome wait(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretStore::Outcome> outcome;
    start([&](const SecretStore::Outcome &o) { outcome = o; });
    if (outcome) // must never answer synchronously
        return {SecretStore::Status::Failed, {}, QStringLiteral("answered synchronously")};
    QElapsedTimer timer;
    timer.start();
    while (!outcome && timer.elapsed() < 5000)
        QTest::qWait(5);
    return outcome.value_or(SecretStore::Outcome{SecretStore::Status::Failed, {}, QStringLiteral("timeout")});
}

// A keychain that takes its time: each write and removal is answered (and done) after a delay.
class SlowSecretStore : public MemorySecretStore
{
public:
    explicit SlowSecretStore(std::chrono::milliseconds delay)
        : m_delay(delay)
    {
    }

protected:
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback callback) override
    {
        QTimer::singleShot(m_delay, this, [this, key, value, context, callback] {
            MemorySecretStore::writeSecret(key, value, context, callback);
        });
    }
    void removeSecret(const QString &key, QObject *context, Callback callback) override
    {
        QTimer::singleShot(m_delay, this, [this, key, context, callback] {
            MemorySecretStore::removeSecret(key, context, callback);
        });
    }

private:
    std::chrono::milliseconds m_delay;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void keysPerConnection();
    void memoryRoundTrip();
    void unavailableSaysSo();
    void environmentAnswersHeadlessReads();
    void environmentWithoutKeychain();
    void readSignInReadsBothSecrets();
    void readSignInStopsAtAMissingClientSecret();
    void writesArePendingUntilAnswered();
    void writeWhoseCallerIsGoneStillEnds();
    void waitForWritesGivesUpAfterTheTimeout();
    void environmentCountsUntilTheKeychainAnswers();
    void writeLaterFromAnotherThreadIsCountedAtOnce();
    void waitForWritesAfterTheApplicationLoopEnded();
};

void TestSecretStore::cleanup()
{
    qunsetenv(EnvironmentSecretStore::kClientSecretVariable);
    qunsetenv(EnvironmentSecretStore::kRefreshTokenVariable);
}

void TestSecretStore::keysPerConnection()
{
    QCOMPARE(SecretStore::clientSecretKey(QStringLiteral("7")), QStringLiteral("connection/7/client_secret"));
    QCOMPARE(SecretStore::refreshTokenKey(QStringLiteral("7")), QStringLiteral("connection/7/refresh_token"));
}

void TestSecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    const QString key = SecretStore::refreshTokenKey(QStringLiteral("1"));
    QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).status, SecretStore::Status::NotFound);
    QVERIFY(wait([&](auto cb) { store.write(key, QStringLiteral("r-1"), this, cb); }).ok());
    const SecretStore::Outcome read = wait([&](auto cb) { store.read(key, this, cb); });
    QVERIFY(read.ok());
    QCOMPARE(read.value, QStringLiteral("r-1"));
    QVERIFY(wait([&](auto cb) { store.remove(key, this, cb); }).ok());
    QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).status, SecretStore::Status::NotFound);
}

void TestSecretStore::unavailableSaysSo()
{
    MemorySecretStore store;
    store.setAvailable(false);
    const SecretStore::Outcome outcome = wait([&](auto cb) { store.write(QStringLiteral("k"), QStringLiteral("v"), this, cb); });
    QCOMPARE(outcome.status, SecretStore::Status::Unavailable);
    QVERIFY(outcome.message.contains(QLatin1StringView("No keychain is available")));
    QVERIFY(outcome.message.contains(QLatin1StringView("AUDIENCEBRIDGE_CLIENT_SECRET")));
}

void TestSecretStore::environmentAnswersHeadlessReads()
{
    MemorySecretStore keychain;
    EnvironmentSecretStore store(&keychain);
    const QString secretKey = SecretStore::clientSecretKey(QStringLiteral("3"));
    const QString refreshKey = SecretStore::refreshTokenKey(QStringLiteral("3"));
    QVERIFY(wait([&](auto cb) { keychain.write(secretKey, QStringLiteral("from-keychain"), this, cb); }).ok());
    QCOMPARE(wait([&](auto cb) { store.read(secretKey, this, cb); }).value, QStringLiteral("from-keychain"));

    qputenv(EnvironmentSecretStore::kClientSecretVariable, "from-env");
    qputenv(EnvironmentSecretStore::kRefreshTokenVariable, "refresh-env");
    QCOMPARE(wait([&](auto cb) { store.read(secretKey, this, cb); }).value, QStringLiteral("from-env"));
    QCOMPARE(wait([&](auto cb) { store.read(refreshKey, this, cb); }).value, QStringLiteral("refresh-env"));
    // A rotated refresh token still goes to the keychain.
    QVERIFY(wait([&](auto cb) { store.write(refreshKey, QStringLiteral("newest"), this, cb); }).ok());
    QCOMPARE(keychain.contents().value(refreshKey), QStringLiteral("newest"));
}

void TestSecretStore::environmentWithoutKeychain()
{
    EnvironmentSecretStore store(nullptr);
    const QString refreshKey = SecretStore::refreshTokenKey(QStringLiteral("3"));
    const SecretStore::Outcome missing = wait([&](auto cb) { store.read(refreshKey, this, cb); });
    QCOMPARE(missing.status, SecretStore::Status::Unavailable);
    QVERIFY(missing.message.contains(QLatin1StringView("AUDIENCEBRIDGE_REFRESH_TOKEN is not set")));
    qputenv(EnvironmentSecretStore::kRefreshTokenVariable, "refresh-env");
    QCOMPARE(wait([&](auto cb) { store.read(refreshKey, this, cb); }).value, QStringLiteral("refresh-env"));
    QCOMPARE(wait([&](auto cb) { store.write(refreshKey, QStringLiteral("x"), this, cb); }).status,
             SecretStore::Status::Unavailable);
}

void TestSecretStore::readSignInReadsBothSecrets()
{
    MemorySecretStore store;
    QVERIFY(wait([&](auto cb) { store.write(SecretStore::clientSecretKey(QStringLiteral("4")), QStringLiteral("s"), this, cb); }).ok());
    std::optional<SecretStore::SignIn> signIn;
    store.readSignIn(QStringLiteral("4"), this, [&](const SecretStore::SignIn &read) { signIn = read; });
    QTRY_VERIFY(signIn);
    QVERIFY(!signIn->ok());
    QCOMPARE(signIn->clientSecret.value, QStringLiteral("s"));
    QCOMPARE(signIn->refreshToken.status, SecretStore::Status::NotFound);

    QVERIFY(wait([&](auto cb) { store.write(SecretStore::refreshTokenKey(QStringLiteral("4")), QStringLiteral("r"), this, cb); }).ok());
    signIn.reset();
    store.readSignIn(QStringLiteral("4"), this, [&](const SecretStore::SignIn &read) { signIn = read; });
    QTRY_VERIFY(signIn);
    QVERIFY(signIn->ok());
    QCOMPARE(signIn->clientSecret.value, QStringLiteral("s"));
    QCOMPARE(signIn->refreshToken.value, QStringLiteral("r"));
}

void TestSecretStore::readSignInStopsAtAMissingClientSecret()
{
    MemorySecretStore store;
    QVERIFY(wait([&](auto cb) { store.write(SecretStore::refreshTokenKey(QStringLiteral("5")), QStringLiteral("r"), this, cb); }).ok());
    std::optional<SecretStore::SignIn> signIn;
    store.readSignIn(QStringLiteral("5"), this, [&](const SecretStore::SignIn &read) { signIn = read; });
    QTRY_VERIFY(signIn);
    QCOMPARE(signIn->clientSecret.status, SecretStore::Status::NotFound);
    QVERIFY(signIn->clientSecret.message.contains(QLatin1StringView("connection/5/client_secret")));
    QVERIFY(!signIn->refreshToken.ok());
    QVERIFY(signIn->refreshToken.value.isEmpty());
}

void TestSecretStore::writesArePendingUntilAnswered()
{
    SlowSecretStore store(std::chrono::milliseconds(100));
    QSignalSpy finished(&store, &SecretStore::writesFinished);
    QCOMPARE(store.pendingWrites(), 0);
    bool answered = false;
    store.write(QStringLiteral("a"), QStringLiteral("1"), this, [&](const SecretStore::Outcome &) { answered = true; });
    store.remove(QStringLiteral("b"), this, {});
    QCOMPARE(store.pendingWrites(), 2);
    QVERIFY(store.contents().isEmpty()); // still in flight
    QTest::qWait(20);
    QCOMPARE(store.pendingWrites(), 2);
    QCOMPARE(finished.count(), 0);

    QVERIFY(store.waitForWrites(std::chrono::seconds(5)));
    QCOMPARE(store.pendingWrites(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(answered);
    QCOMPARE(store.contents().value(QStringLiteral("a")), QStringLiteral("1"));
    // Reads are not writes.
    store.read(QStringLiteral("a"), this, {});
    QCOMPARE(store.pendingWrites(), 0);
    QVERIFY(store.waitForWrites(std::chrono::milliseconds(0)));
}

void TestSecretStore::writeWhoseCallerIsGoneStillEnds()
{
    MemorySecretStore store;
    QSignalSpy finished(&store, &SecretStore::writesFinished);
    bool answered = false;
    auto *caller = new QObject;
    store.write(QStringLiteral("a"), QStringLiteral("1"), caller, [&](const SecretStore::Outcome &) { answered = true; });
    delete caller;
    QCOMPARE(store.pendingWrites(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(store.pendingWrites(), 0);
    QVERIFY(!answered);
    QCOMPARE(store.contents().value(QStringLiteral("a")), QStringLiteral("1"));
}

void TestSecretStore::waitForWritesGivesUpAfterTheTimeout()
{
    SlowSecretStore store(std::chrono::seconds(3));
    store.write(QStringLiteral("a"), QStringLiteral("1"), this, {});
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!store.waitForWrites(std::chrono::milliseconds(100)));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(store.pendingWrites(), 1);
}

void TestSecretStore::environmentCountsUntilTheKeychainAnswers()
{
    SlowSecretStore keychain(std::chrono::milliseconds(100));
    EnvironmentSecretStore store(&keychain);
    store.write(SecretStore::refreshTokenKey(QStringLiteral("6")), QStringLiteral("newest"), this, {});
    QCOMPARE(store.pendingWrites(), 1);
    QCOMPARE(keychain.pendingWrites(), 1);
    QVERIFY(store.waitForWrites(std::chrono::seconds(5)));
    QCOMPARE(keychain.pendingWrites(), 0);
    QCOMPARE(keychain.contents().value(SecretStore::refreshTokenKey(QStringLiteral("6"))), QStringLiteral("newest"));
}

void TestSecretStore::writeLaterFromAnotherThreadIsCountedAtOnce()
{
    SlowSecretStore store(std::chrono::milliseconds(50));
    QThread *worker = QThread::create([&store] {
        store.writeLater(QStringLiteral("k"), QStringLiteral("first"));
        store.writeLater(QStringLiteral("k"), QStringLiteral("second"));
    });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    // Not started yet (this thread has not run its event loop), but counted.
    QCOMPARE(store.pendingWrites(), 2);
    QVERIFY(store.contents().isEmpty());
    QVERIFY(store.waitForWrites(std::chrono::seconds(5)));
    QCOMPARE(store.contents().value(QStringLiteral("k")), QStringLiteral("second")); // in order
}

void TestSecretStore::waitForWritesAfterTheApplicationLoopEnded()
{
    // What a program does on exit: its event loop has returned, and a write handed over last is
    // still queued.
    SlowSecretStore store(std::chrono::milliseconds(50));
    QTimer::singleShot(0, QCoreApplication::instance(), [&store] {
        store.writeLater(QStringLiteral("k"), QStringLiteral("rotated"));
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    QCOMPARE(store.pendingWrites(), 1);
    QVERIFY(store.waitForWrites(std::chrono::seconds(5)));
    QCOMPARE(store.contents().value(QStringLiteral("k")), QStringLiteral("rotated"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
