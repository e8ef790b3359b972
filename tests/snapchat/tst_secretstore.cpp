// MemorySecretStore and EnvironmentSecretStore: the interface tests and headless use rely on.
#include <snapchat/environmentsecretstore.h>
#include <snapchat/memorysecretstore.h>

#include <QElapsedTimer>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
