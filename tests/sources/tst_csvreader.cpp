// Every rule of the CSV reader: quoting, line ends, BOM, delimiters, bad input, chunk borders.
#include <sources/csvreader.h>
#include <sources/utf8.h>

#include <QBuffer>
#include <QTest>

using Sources::CsvReader;

namespace {

QStringList strings(std::initializer_list<QAnyStringView> list)
{
    QStringList result;
    for (QAnyStringView s : list)
        result.append(s.toString());
    return result;
}

// Reads everything; each record as its fields joined by '|', malformed ones as "!line:problem".
QStringList readAll(const QByteArray &csv, char delimiter = 0, qsizetype chunk = 1 << 20,
                    QList<qint64> *lines = nullptr, char *detected = nullptr)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, delimiter, chunk);
    QStringList records;
    for (;;) {
        const CsvReader::Status status = reader.readRecord();
        if (status == CsvReader::Status::End || status == CsvReader::Status::IoError)
            break;
        if (lines)
            lines->append(reader.line());
        if (status == CsvReader::Status::Malformed) {
            records.append(QStringLiteral("!%1:%2").arg(reader.line()).arg(reader.problem()));
            continue;
        }
        QStringList fields;
        for (QByteArrayView field : reader.fields())
            fields.append(QString::fromUtf8(field));
        records.append(fields.join(QLatin1Char('|')));
    }
    if (detected)
        *detected = reader.delimiter();
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void sameResultAtEveryChunkSize();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void givenDelimiterWins();
    void reportsLineNumbers();
    void malformedRecords_data();
    void malformedRecords();
    void strayQuoteCostsOneRecord();
    void byteOrderMarkIsSkipped();
    void utf8Validation_data();
    void utf8Validation();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("records");
    QTest::newRow("simple LF") << QByteArray("a,b\n1,2\n") << strings({"a|b", "1|2"});
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << strings({"a|b", "1|2"});
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << strings({"a|b", "1|2"});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << strings({"a|b", "1|2"});
    QTest::newRow("quoted comma") << QByteArray("a,\"x, y\"\n") << strings({"a|x, y"});
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",b\n") << strings({"say \"hi\"|b"});
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"\n") << strings({"\""});
    QTest::newRow("quoted newline") << QByteArray("\"l1\nl2\",b\n") << strings({"l1\nl2|b"});
    QTest::newRow("quoted CRLF") << QByteArray("\"l1\r\nl2\",b\r\n") << strings({"l1\r\nl2|b"});
    QTest::newRow("empty fields") << QByteArray(",,\n") << strings({"||"});
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << strings({"|x"});
    QTest::newRow("trailing delimiter") << QByteArray("a,\n") << strings({"a|"});
    QTest::newRow("trailing delimiter at end") << QByteArray("a,") << strings({"a|"});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << strings({"a", "b"});
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << strings({" a | b "});
    QTest::newRow("utf8 kept") << QByteArray("M\xC3\xBCller,\xE2\x82\xAC\n") << strings({QStringLiteral("M\u00fcller|\u20ac")});
    QTest::newRow("empty input") << QByteArray() << strings({});
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, records);
    QCOMPARE(readAll(csv, ','), records);
}

void TestCsvReader::sameResultAtEveryChunkSize()
{
    // Records crossing the buffer's border at every possible byte: quotes, "" pairs, CRLF.
    const QByteArray csv("id,name,note\r\n1,\"Smith, Ann\",\"she said \"\"hi\"\"\"\r\n"
                         "2,Bob,\"two\nlines\"\r\n3,,\r\n\r\n4,\"\"\"\",x\n5,e,\"\"");
    const QStringList expected = readAll(csv, ',', 1 << 20);
    QCOMPARE(expected.size(), 6);
    QCOMPARE(expected.at(1), QStringLiteral("1|Smith, Ann|she said \"hi\""));
    QCOMPARE(expected.at(5), QStringLiteral("5|e|"));
    for (qsizetype chunk = 4; chunk <= csv.size() + 1; ++chunk)
        QCOMPARE(readAll(csv, ',', chunk), expected);
    // A buffer smaller than one record grows.
    QByteArray longRecord = "x," + QByteArray(1000, 'y') + "\n";
    QCOMPARE(readAll(longRecord, ',', 8), strings({QStringLiteral("x|") + QString(1000, QLatin1Char('y'))}));
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
    QTest::newRow("quoted commas ignored") << QByteArray("\"a,b,c\";d;e\n") << ';';
    QTest::newRow("single column") << QByteArray("email\nx@y.de\n") << ',';
    QTest::newRow("after BOM") << QByteArray("\xEF\xBB\xBFid;name\n1;2\n") << ';';
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QByteArray, csv);
    QFETCH(char, delimiter);
    char detected = 0;
    const QStringList records = readAll(csv, 0, 1 << 20, nullptr, &detected);
    QCOMPARE(detected, delimiter);
    QVERIFY(!records.isEmpty());
}

void TestCsvReader::givenDelimiterWins()
{
    QCOMPARE(readAll("a;b,c\n", ','), strings({"a;b|c"}));
    QCOMPARE(readAll("a;b,c\n", ';'), strings({"a|b,c"}));
}

void TestCsvReader::reportsLineNumbers()
{
    const QByteArray csv("h1,h2\n\"a\nb\",1\n\nc,2\r\nd\"x,3\r\ne,4\r\n");
    for (qsizetype chunk = 4; chunk <= csv.size() + 1; ++chunk) {
        QList<qint64> lines;
        const QStringList records = readAll(csv, ',', chunk, &lines);
        QCOMPARE(lines, (QList<qint64>{1, 2, 5, 6, 7}));
        QCOMPARE(records.at(3), QStringLiteral("!6:a quote inside an unquoted field"));
    }
}

void TestCsvReader::malformedRecords_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("records");
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a,b\"c,d\ne,f\n")
        << strings({QStringLiteral("!1:a quote inside an unquoted field"), "e|f"});
    QTest::newRow("text after closing quote")
        << QByteArray("\"a\"x,b\ne,f\n")
        << strings({QStringLiteral("!1:text follows a closing quote"), "e|f"});
    QTest::newRow("unclosed quote at end")
        << QByteArray("a,b\nc,\"d\n")
        << strings({"a|b", QStringLiteral("!2:a quoted field is not closed")});
}

void TestCsvReader::malformedRecords()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, records);
    QCOMPARE(readAll(csv, ','), records);
}

void TestCsvReader::strayQuoteCostsOneRecord()
{
    // An opening quote that never closes: the record is reported and reading resumes on the
    // next line rather than swallowing the rest of the file.
    const QStringList records = readAll("1,\"oops\n2,ok\n3,ok\n", ',');
    QCOMPARE(records, (strings({QStringLiteral("!1:a quoted field is not closed"), "2|ok", "3|ok"})));
}

void TestCsvReader::byteOrderMarkIsSkipped()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBFid,name\n1,a\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QCOMPARE(reader.readRecord(), CsvReader::Status::Record);
    QVERIFY(reader.hadByteOrderMark());
    QCOMPARE(reader.fields().front(), QByteArrayView("id"));
    QCOMPARE(readAll("id\n1\n"), (strings({"id", "1"})));
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello world, long enough for the word path") << true;
    QTest::newRow("two-byte") << QByteArray("M\xC3\xBCller") << true;
    QTest::newRow("euro") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("latin1") << QByteArray("M\xFCller") << false;
    QTest::newRow("truncated") << QByteArray("abc\xE2\x82") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("abcdefgh\x80") << false;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(Sources::isValidUtf8(text), valid);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
