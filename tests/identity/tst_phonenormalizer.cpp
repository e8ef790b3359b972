#include <identity/phonenormalizer.h>

#include <QTest>

using namespace Identity;

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void rejects_data();
    void rejects();
    void passesHashesThrough();
    void knowsRegions();
};

void TestPhoneNormalizer::normalizes_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plus, trunk zero in parentheses") << QString() << QByteArray("+49 (0)170 1234567") << QByteArray("491701234567");
    QTest::newRow("00 international prefix") << QString() << QByteArray("0049 170 1234567") << QByteArray("491701234567");
    QTest::newRow("hyphens") << QString() << QByteArray("+49-170-1234567") << QByteArray("491701234567");
    QTest::newRow("national with default DE") << QStringLiteral("DE") << QByteArray("0170 1234567") << QByteArray("491701234567");
    QTest::newRow("UK trunk zero after country code") << QString() << QByteArray("+44 07911 123456") << QByteArray("447911123456");
    QTest::newRow("US national with default US") << QStringLiteral("US") << QByteArray("(650) 253-0000") << QByteArray("16502530000");
    QTest::newRow("plus wins over default region") << QStringLiteral("US") << QByteArray("+33 6 12 34 56 78") << QByteArray("33612345678");
    QTest::newRow("00 wins over default region") << QStringLiteral("DE") << QByteArray("0033612345678") << QByteArray("33612345678");
    QTest::newRow("lowercase region") << QStringLiteral("de") << QByteArray("030 123456") << QByteArray("4930123456");
    QTest::newRow("surrounding whitespace") << QString() << QByteArray("  +1 650 253 0000\r") << QByteArray("16502530000");
    QTest::newRow("dots") << QString() << QByteArray("+1.650.253.0000") << QByteArray("16502530000");
}

void TestPhoneNormalizer::normalizes()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const PhoneNormalizer normalizer(region);
    QByteArray out;
    const Normalization outcome = normalizer.normalize(input, out);
    QCOMPARE(reasonCode(outcome.reason), QLatin1StringView(""));
    QCOMPARE(out, expected);
}

void TestPhoneNormalizer::rejects_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("DE") << QByteArray("  ") << QStringLiteral("empty");
    QTest::newRow("national without region") << QString() << QByteArray("0170 1234567") << QStringLiteral("no_country_code");
    QTest::newRow("too short") << QStringLiteral("DE") << QByteArray("1") << QStringLiteral("invalid_phone");
    QTest::newRow("too short international") << QString() << QByteArray("+49 1") << QStringLiteral("invalid_phone");
    QTest::newRow("too long") << QString() << QByteArray("+49 170 1234567890123456") << QStringLiteral("invalid_phone");
    QTest::newRow("unknown country code") << QString() << QByteArray("+999 123456789") << QStringLiteral("invalid_phone");
    QTest::newRow("not a number") << QStringLiteral("DE") << QByteArray("call me") << QStringLiteral("invalid_phone");
}

void TestPhoneNormalizer::rejects()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const PhoneNormalizer normalizer(region);
    QByteArray out;
    const Normalization outcome = normalizer.normalize(input, out);
    QVERIFY(!outcome.ok());
    QCOMPARE(QString(reasonCode(outcome.reason)), reason);
}

void TestPhoneNormalizer::passesHashesThrough()
{
    const QByteArray digest(64, 'F');
    QByteArray out;
    const Normalization outcome = PhoneNormalizer().normalize(digest, out);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.alreadyHashed);
    QCOMPARE(out, QByteArray(64, 'f'));
}

void TestPhoneNormalizer::knowsRegions()
{
    QVERIFY(PhoneNormalizer::isSupportedRegion(QStringLiteral("DE")));
    QVERIFY(PhoneNormalizer::isSupportedRegion(QStringLiteral("us")));
    QVERIFY(!PhoneNormalizer::isSupportedRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNormalizer::isSupportedRegion(QString()));
    QVERIFY(PhoneNormalizer::supportedRegions().size() > 200);
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
