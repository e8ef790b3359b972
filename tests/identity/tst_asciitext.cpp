#include <identity/asciitext.h>

#include <QRandomGenerator>
#include <QTest>

using namespace Identity;

class TestAsciiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorScanAgreesWithPortable();
    void hexRoundTrip();
    void trimsAsciiWhitespaceOnly();
};

void TestAsciiText::vectorScanAgreesWithPortable()
{
    // Lengths around the 16-byte blocks, bytes from the interesting ranges.
    static const char kAlphabet[] = "aZ@ .\t\x7f\x01\x80\xc3\xa4Mm09-_+";
    QRandomGenerator random(7);
    for (int round = 0; round < 20000; ++round) {
        QByteArray text(random.bounded(0, 70), Qt::Uninitialized);
        for (char &c : text)
            c = kAlphabet[random.bounded(int(sizeof kAlphabet) - 1)];
        QByteArray fast(text.size(), Qt::Uninitialized);
        QByteArray portable(text.size(), Qt::Uninitialized);
        const AsciiText::Scan a = AsciiText::lowercaseAndScan(text, fast.data());
        const AsciiText::Scan b = AsciiText::lowercaseAndScanPortable(text, portable.data());
        QCOMPARE(a.ascii, b.ascii);
        QCOMPARE(a.atCount, b.atCount);
        if (b.ascii) {
            QCOMPARE(a.controlOrSpace, b.controlOrSpace);
            QCOMPARE(fast, portable);
        }
    }
}

void TestAsciiText::hexRoundTrip()
{
    QRandomGenerator random(3);
    for (int size : {0, 1, 15, 16, 17, 32, 33}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = static_cast<char>(random.bounded(256));
        QByteArray hex(2 * size, Qt::Uninitialized);
        AsciiText::toLowerHex(reinterpret_cast<const unsigned char *>(bytes.constData()), size, hex.data());
        QCOMPARE(hex, bytes.toHex());
        QByteArray decoded(size, Qt::Uninitialized);
        AsciiText::fromHex(hex.toUpper(), reinterpret_cast<unsigned char *>(decoded.data()));
        QCOMPARE(decoded, bytes);
    }
}

void TestAsciiText::trimsAsciiWhitespaceOnly()
{
    QCOMPARE(AsciiText::trimmed(" \t\r\nab c\v\f "), QByteArrayView("ab c"));
    QCOMPARE(AsciiText::trimmed("   "), QByteArrayView(""));
    QVERIFY(AsciiText::isSha256Hex(QByteArray(64, 'E')));
    QVERIFY(!AsciiText::isSha256Hex(QByteArray(64, 'g')));
}

QTEST_GUILESS_MAIN(TestAsciiText)
#include "tst_asciitext.moc"
