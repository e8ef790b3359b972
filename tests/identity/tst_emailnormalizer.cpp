#include <identity/emailnormalizer.h>

#include <QTest>

using namespace Identity;

class TestEmailNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void rejects_data();
    void rejects();
    void passesHashesThrough();
};

void TestEmailNormalizer::normalizes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("already normal") << QByteArray("test@example.com") << QByteArray("test@example.com");
    QTest::newRow("trim and lowercase") << QByteArray(" Test@Example.COM ") << QByteArray("test@example.com");
    QTest::newRow("tabs and CRLF") << QByteArray("\tJane.Doe@Mail.Example.org\r\n")
                                   << QByteArray("jane.doe@mail.example.org");
    QTest::newRow("plus tag kept") << QByteArray("A+tag@x.io") << QByteArray("a+tag@x.io");
    QTest::newRow("unicode lowercase") << QByteArray("ÄÖÜ@Bücher.DE") << QByteArray("äöü@bücher.de");
    QTest::newRow("no case folding of sharp s") << QByteArray("STRAßE@example.de")
                                                << QByteArray("straße@example.de");
    QTest::newRow("unicode whitespace trimmed") << QByteArray("\u00a0Ann@Example.com\u2003")
                                                << QByteArray("ann@example.com");
    QTest::newRow("254 bytes") << (QByteArray(64, 'a') + '@' + QByteArray(185, 'b') + ".com")
                               << (QByteArray(64, 'a') + '@' + QByteArray(185, 'b') + ".com");
}

void TestEmailNormalizer::normalizes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QByteArray out;
    const Normalization outcome = normalizeEmail(input, out);
    QCOMPARE(reasonCode(outcome.reason), QLatin1StringView(""));
    QVERIFY(!outcome.alreadyHashed);
    QCOMPARE(out, expected);
}

void TestEmailNormalizer::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("only spaces") << QByteArray("   \t ") << QStringLiteral("empty");
    QTest::newRow("no at") << QByteArray("test.example.com") << QStringLiteral("invalid_email");
    QTest::newRow("two at") << QByteArray("a@b@example.com") << QStringLiteral("invalid_email");
    QTest::newRow("space inside") << QByteArray("te st@example.com") << QStringLiteral("invalid_email");
    QTest::newRow("tab inside") << QByteArray("test@exa\tmple.com") << QStringLiteral("invalid_email");
    QTest::newRow("unicode space inside") << QByteArray("te\u2003st@example.com")
                                          << QStringLiteral("invalid_email");
    QTest::newRow("no dot in domain") << QByteArray("test@localhost") << QStringLiteral("invalid_email");
    QTest::newRow("domain starts with dot") << QByteArray("test@.com") << QStringLiteral("invalid_email");
    QTest::newRow("domain ends with dot") << QByteArray("test@example.") << QStringLiteral("invalid_email");
    QTest::newRow("empty local part") << QByteArray("@example.com") << QStringLiteral("invalid_email");
    QTest::newRow("empty domain") << QByteArray("test@") << QStringLiteral("invalid_email");
    QTest::newRow("control character") << QByteArray("te\x01st@example.com")
                                       << QStringLiteral("invalid_email");
    QTest::newRow("255 bytes") << (QByteArray(64, 'a') + '@' + QByteArray(186, 'b') + ".com")
                               << QStringLiteral("too_long");
    QTest::newRow("invalid utf-8") << QByteArray("t\xff\xfe@example.com") << QStringLiteral("invalid_utf8");
    QTest::newRow("63 hex digits") << QByteArray(63, 'a') << QStringLiteral("invalid_email");
}

void TestEmailNormalizer::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QByteArray out;
    const Normalization outcome = normalizeEmail(input, out);
    QVERIFY(!outcome.ok());
    QCOMPARE(QString(reasonCode(outcome.reason)), reason);
}

void TestEmailNormalizer::passesHashesThrough()
{
    const QByteArray digest("973DFE463EC85785F5F95AF5BA3906EEDB2D931C24E69824A89EA65DBA4E813B");
    QByteArray out;
    const Normalization outcome = normalizeEmail(QByteArray(" " + digest + " "), out);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.alreadyHashed);
    QCOMPARE(out, digest.toLower());
}

QTEST_GUILESS_MAIN(TestEmailNormalizer)
#include "tst_emailnormalizer.moc"
