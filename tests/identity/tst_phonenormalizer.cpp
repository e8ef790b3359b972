#include <identity/internationalnumbershortcut.h>
#include <identity/phonenormalizer.h>

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

#include <set>


using namespace Identity;
using i18n::phonenumbers::PhoneNumberUtil;

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
    void shortcutTakesTheCommonShapes_data();
    void shortcutTakesTheCommonShapes();
    void shortcutAgreesWithParseEverywhere();
};

namespace {

QByteArray randomDigits(QRandomGenerator &random, int count)
{
    QByteArray digits;
    for (int i = 0; i < count; ++i)
        digits.append(char('0' + random.bounded(10)));
    return digits;
}

// Empty when both paths agree, else what differs.
QByteArray disagreement(const PhoneNormalizer &normalizer, const QByteArray &input)
{
    QByteArray fast;
    QByteArray reference;
    const Normalization a = normalizer.normalize(input, fast);
    const Normalization b = normalizer.normalizeWithoutShortcut(input, reference);
    if (a.reason == b.reason && (!a.ok() || fast == reference))
        return {};
    return input + ": shortcut " + (a.ok() ? fast : QByteArray(reasonCode(a.reason).data())) + ", Parse "
        + (b.ok() ? reference : QByteArray(reasonCode(b.reason).data()));
}

} // namespace


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

void TestPhoneNormalizer::shortcutTakesTheCommonShapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("outcome");
    const int normalized = int(InternationalNumberShortcut::Outcome::Normalized);
    const int impossible = int(InternationalNumberShortcut::Outcome::Impossible);
    const int parse = int(InternationalNumberShortcut::Outcome::NotApplicable);

    QTest::newRow("DE mobile") << QByteArray("+49 170 1234567") << normalized;
    QTest::newRow("FR with 00") << QByteArray("0033 6 12 34 56 78") << normalized;
    QTest::newRow("US punctuation") << QByteArray("+1 (312) 555-0100") << normalized;
    QTest::newRow("GB dots") << QByteArray("+44.7911.123456") << normalized;
    QTest::newRow("too long for GB") << QByteArray("+44 7911 1234567890") << impossible;
    QTest::newRow("trunk zero after the code") << QByteArray("+44 07911 123456") << parse;
    QTest::newRow("Italian leading zero") << QByteArray("+39 06 1234 5678") << parse;
    QTest::newRow("US national prefix 1") << QByteArray("+1 1312 555 0100") << parse;
    QTest::newRow("AU carrier prefixes") << QByteArray("+61 412 345 678") << parse;
    QTest::newRow("national spelling") << QByteArray("0170 1234567") << parse;
    QTest::newRow("extension") << QByteArray("+49 170 1234567 ext 12") << parse;
    QTest::newRow("letters") << QByteArray("+1 800 FLOWERS") << parse;
    QTest::newRow("second plus") << QByteArray("+49 +170 1234567") << parse;
    QTest::newRow("unknown code") << QByteArray("+999 123456789") << parse;
}

void TestPhoneNormalizer::shortcutTakesTheCommonShapes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, outcome);
    const InternationalNumberShortcut shortcut;
    QByteArray out;
    QCOMPARE(int(shortcut.normalize(input, out)), outcome);
    QCOMPARE(disagreement(PhoneNormalizer(), input), QByteArray());
}

// The shortcut must never change a result: for every calling code in use, numbers of every length;
// where the shortcut applies, every three-digit start of the national number, in several
// spellings, with and without a default region.
void TestPhoneNormalizer::shortcutAgreesWithParseEverywhere()
{
    QRandomGenerator random(20261204);
    const InternationalNumberShortcut shortcut;
    const PhoneNormalizer normalizers[] = {PhoneNormalizer(), PhoneNormalizer(QStringLiteral("DE"))};
    int compared = 0;
    int shortcutTaken = 0;
    std::set<int> codes;
    PhoneNumberUtil::GetInstance()->GetSupportedCallingCodes(&codes);
    for (const int code : codes) {
        const QByteArray prefix = "+" + QByteArray::number(code);
        bool applies = false;
        for (int length = 2; length <= 18; ++length) {
            const QByteArray input = prefix + ' ' + QByteArray::number(1 + random.bounded(9)) + randomDigits(random, length - 1);
            QByteArray out;
            applies = applies || shortcut.normalize(input, out) != InternationalNumberShortcut::Outcome::NotApplicable;
            for (const PhoneNormalizer &normalizer : normalizers)
                QCOMPARE(disagreement(normalizer, input), QByteArray());
            ++compared;
        }
        if (!applies)
            continue;
        for (int start = 100; start < 1000; ++start) {
            const int length = 4 + random.bounded(12);
            const QByteArray national = QByteArray::number(start) + randomDigits(random, length - 3);
            const QByteArray spellings[] = {
                prefix + ' ' + national,
                "00" + prefix.mid(1) + national,
                prefix + " (" + national.left(3) + ") " + national.mid(3, 3) + '-' + national.mid(6),
            };
            for (const QByteArray &input : spellings) {
                QByteArray out;
                shortcutTaken += shortcut.normalize(input, out) != InternationalNumberShortcut::Outcome::NotApplicable;
                QCOMPARE(disagreement(normalizers[0], input), QByteArray());
                ++compared;
            }
        }
    }
    qInfo("compared %d numbers, %d through the shortcut", compared, shortcutTaken);
    QVERIFY(shortcutTaken > 20000);
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
