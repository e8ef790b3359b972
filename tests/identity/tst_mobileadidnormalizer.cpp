#include <identity/mobileadidnormalizer.h>

#include <QTest>

using namespace Identity;

class TestMobileAdIdNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void rejects_data();
    void rejects();
};

void TestMobileAdIdNormalizer::normalizes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("alreadyHashed");

    QTest::newRow("IDFA upper case") << QByteArray("F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6")
                                     << QByteArray("f81d4fae-7dec-11d0-a765-00a0c91e6bf6") << false;
    QTest::newRow("GAID with spaces") << QByteArray(" 38400000-8cf0-11bd-b23e-10b96e40000d\n")
                                      << QByteArray("38400000-8cf0-11bd-b23e-10b96e40000d") << false;
    QTest::newRow("hash") << QByteArray(64, 'A') << QByteArray(64, 'a') << true;
}

void TestMobileAdIdNormalizer::normalizes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(bool, alreadyHashed);
    QByteArray out;
    const Normalization outcome = normalizeMobileAdId(input, out);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.alreadyHashed, alreadyHashed);
    QCOMPARE(out, expected);
}

void TestMobileAdIdNormalizer::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("no hyphens") << QByteArray("f81d4fae7dec11d0a76500a0c91e6bf6") << QStringLiteral("invalid_mobile_ad_id");
    QTest::newRow("hyphen misplaced") << QByteArray("f81d4fae7-dec-11d0-a765-00a0c91e6bf6") << QStringLiteral("invalid_mobile_ad_id");
    QTest::newRow("non-hex") << QByteArray("g81d4fae-7dec-11d0-a765-00a0c91e6bf6") << QStringLiteral("invalid_mobile_ad_id");
    QTest::newRow("braces") << QByteArray("{f81d4fae-7dec-11d0-a765-00a0c91e6bf6}") << QStringLiteral("invalid_mobile_ad_id");
    QTest::newRow("email") << QByteArray("a@example.com") << QStringLiteral("invalid_mobile_ad_id");
}

void TestMobileAdIdNormalizer::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QByteArray out;
    const Normalization outcome = normalizeMobileAdId(input, out);
    QVERIFY(!outcome.ok());
    QCOMPARE(QString(reasonCode(outcome.reason)), reason);
}

QTEST_GUILESS_MAIN(TestMobileAdIdNormalizer)
#include "tst_mobileadidnormalizer.moc"
