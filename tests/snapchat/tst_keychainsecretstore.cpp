// KeychainSecretStore against a real Secret Service. Registered twice with CTest: inside a
// private D-Bus session with GNOME Keyring (AB_KEYRING=real), and with no session bus at all,
// where it must say plainly that no keychain is available.
#include <snapchat/keychainsecretstore.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Snapchat;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripOrClearRefusal();

private:
    SecretStore::Outcome wait(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretStore::Outcome> outcome;
        start([&](const SecretStore::Outcome &o) { outcome = o; });
        QElapsedTimer timer;
        timer.start();
        while (!outcome && timer.elapsed() < 20000)
            QTest::qWait(10);
        return outcome.value_or(SecretStore::Outcome{SecretStore::Status::Failed, {}, QStringLiteral("timeout")});
    }
};

void TestKeychainSecretStore::roundTripOrClearRefusal()
{
    KeychainSecretStore store;
    const QString key = SecretStore::refreshTokenKey(QString::number(QRandomGenerator::global()->generate()));
    const SecretStore::Outcome written = wait([&](auto cb) { store.write(key, QStringLiteral("refresh-ümlaut-1"), this, cb); });

    if (qEnvironmentVariable("AB_KEYRING") != QLatin1StringView("real")) {
        QCOMPARE(written.status, SecretStore::Status::Unavailable);
        QVERIFY2(written.message.contains(QLatin1StringView("No keychain is available")), qPrintable(written.message));
        return;
    }
    QVERIFY2(written.ok(), qPrintable(written.message));
    const SecretStore::Outcome read = wait([&](auto cb) { store.read(key, this, cb); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, QStringLiteral("refresh-ümlaut-1"));

    QVERIFY(wait([&](auto cb) { store.write(key, QStringLiteral("refresh-2"), this, cb); }).ok());
    QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).value, QStringLiteral("refresh-2"));

    // A write is counted until the keychain has answered: a program waits for it on exit.
    store.write(key, QStringLiteral("refresh-3"), this, {});
    QCOMPARE(store.pendingWrites(), 1);
    QVERIFY(store.waitForWrites(std::chrono::seconds(20)));
    QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).value, QStringLiteral("refresh-3"));

    QVERIFY(wait([&](auto cb) { store.remove(key, this, cb); }).ok());
    QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).status, SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
