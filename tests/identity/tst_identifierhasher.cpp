#include <identity/identifierhasher.h>

#include <QCryptographicHash>
#include <QTest>

using namespace Identity;

class TestIdentifierHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peersHashAlike_data();
    void peersHashAlike();
    void hashesNormalizedForm();
    void neverHashesTwice();
    void rejectedGivesNoHash();
    void binaryDigestMatchesHex();
    void schemaNames();
};

namespace {
QByteArray sha256Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}
} // namespace

void TestIdentifierHasher::peersHashAlike_data()
{
    QTest::addColumn<IdentifierType>("type");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");

    QTest::newRow("email case and spaces") << IdentifierType::Email << QString()
                                           << QByteArray(" Test@Example.COM ") << QByteArray("test@example.com");
    QTest::newRow("phone spellings") << IdentifierType::Phone << QStringLiteral("DE")
                                     << QByteArray("0170 1234567") << QByteArray("+49-170-1234567");
    QTest::newRow("maid case") << IdentifierType::MobileAdId << QString()
                               << QByteArray("F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6")
                               << QByteArray("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
}

void TestIdentifierHasher::peersHashAlike()
{
    QFETCH(IdentifierType, type);
    QFETCH(QString, region);
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    IdentifierHasher hasher(type, region);
    const QByteArray hashA = hasher.hashToHex(a);
    QVERIFY(!hashA.isEmpty());
    QCOMPARE(hasher.hashToHex(b), hashA);
}

void TestIdentifierHasher::hashesNormalizedForm()
{
    IdentifierHasher email(IdentifierType::Email);
    QCOMPARE(email.hashToHex(" Test@Example.COM "), sha256Hex("test@example.com"));
    IdentifierHasher phone(IdentifierType::Phone);
    QCOMPARE(phone.hashToHex("+44 07911 123456"), sha256Hex("447911123456"));
    QCOMPARE(phone.normalized(), QByteArray("447911123456"));
}

void TestIdentifierHasher::neverHashesTwice()
{
    const QByteArray digest = sha256Hex("test@example.com");
    for (const IdentifierType type : {IdentifierType::Email, IdentifierType::Phone, IdentifierType::MobileAdId}) {
        IdentifierHasher hasher(type);
        Normalization outcome;
        QCOMPARE(hasher.hashToHex(digest.toUpper(), &outcome), digest);
        QVERIFY(outcome.alreadyHashed);
    }
}

void TestIdentifierHasher::rejectedGivesNoHash()
{
    IdentifierHasher hasher(IdentifierType::Email);
    Normalization outcome;
    QVERIFY(hasher.hashToHex("not an email", &outcome).isEmpty());
    QCOMPARE(outcome.reason, RejectReason::InvalidEmail);
}

void TestIdentifierHasher::binaryDigestMatchesHex()
{
    IdentifierHasher hasher(IdentifierType::Email);
    Sha256::Digest digest{};
    QVERIFY(hasher.digest(" Test@Example.COM", digest).ok());
    const QByteArray expected = sha256Hex("test@example.com");
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(digest.data()), Sha256::kDigestSize).toHex(), expected);

    Sha256::Digest passedThrough{};
    const Normalization outcome = hasher.digest(expected.toUpper(), passedThrough);
    QVERIFY(outcome.alreadyHashed);
    QCOMPARE(passedThrough, digest);
    QVERIFY(!hasher.digest("nope", digest).ok());
}

void TestIdentifierHasher::schemaNames()
{
    QCOMPARE(schemaName(IdentifierType::Email), QLatin1StringView("EMAIL_SHA256"));
    QCOMPARE(schemaName(IdentifierType::Phone), QLatin1StringView("PHONE_SHA256"));
    QCOMPARE(schemaName(IdentifierType::MobileAdId), QLatin1StringView("MOBILE_AD_ID_SHA256"));
    QCOMPARE(typeFromName(u"MAID"), IdentifierType::MobileAdId);
    QVERIFY(!typeFromName(u"fax"));
    QCOMPARE(reasonFromCode(u"no_country_code"), RejectReason::NoCountryCode);
}

QTEST_GUILESS_MAIN(TestIdentifierHasher)
#include "tst_identifierhasher.moc"
