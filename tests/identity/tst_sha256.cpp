#include <identity/sha256.h>

#include <QCryptographicHash>
#include <QTest>

using namespace Identity;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data();
    void knownVectors();
    void agreesWithQtAcrossLengths();
    void reusesContext();
};

void TestSha256::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    // FIPS 180-2 test vectors.
    QTest::newRow("empty") << QByteArray("")
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSha256::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    Sha256 sha;
    QCOMPARE(sha.hexDigest(input), hex);
}

void TestSha256::agreesWithQtAcrossLengths()
{
    Sha256 sha;
    QByteArray data;
    for (int length = 0; length < 300; ++length) {
        QCOMPARE(sha.hexDigest(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        data.append(static_cast<char>('a' + length % 26));
    }
}

void TestSha256::reusesContext()
{
    Sha256 sha;
    const QByteArray first = sha.hexDigest("test@example.com");
    sha.hexDigest("something else entirely");
    QCOMPARE(sha.hexDigest("test@example.com"), first);
    QCOMPARE(first, QByteArray("973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b"));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
