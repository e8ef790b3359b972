// The tables of the list commands and how they read a store's list: tab-separated cells, an
// empty cell kept in its place, and a store's error instead of an empty table.
#include <cli/listing.h>

#include <QTest>

namespace {

// A store as the list commands see one: list(&error) answers a refusal with the reason in error.
struct FakeStore {
    QList<int> rows;
    QString refusal;
    QList<int> list(QString *error) const
    {
        *error = refusal;
        return refusal.isEmpty() ? rows : QList<int>();
    }
};

} // namespace

class TestListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreTabSeparated();
    void emptyCellsKeepTheirPlace();
    void listedRowsOrTheError();
};

void TestListing::rowsAreTabSeparated()
{
    QString text;
    QTextStream out(&text);
    Cli::writeTableRow(out, QStringLiteral("NAME\tMEMBERS"));
    Cli::writeTableRow(out, QStringLiteral("Germany"), qint64(1234567));
    Cli::writeTableRow(out, 7, QStringLiteral("add"), qsizetype(2));
    out.flush();
    QCOMPARE(text, QStringLiteral("NAME\tMEMBERS\nGermany\t1234567\n7\tadd\t2\n"));
}

void TestListing::emptyCellsKeepTheirPlace()
{
    QString text;
    QTextStream out(&text);
    Cli::writeTableRow(out, QStringLiteral("Sandbox"), QString(), QStringLiteral("http://127.0.0.1:1"), QString());
    out.flush();
    QCOMPARE(text, QStringLiteral("Sandbox\t\thttp://127.0.0.1:1\t\n"));
    QCOMPARE(text.count(QLatin1Char('\t')), 3); // cut -f4 still finds the fourth column
}

void TestListing::listedRowsOrTheError()
{
    const std::optional<QList<int>> rows = Cli::listOrPrintError(FakeStore{{1, 2}, {}});
    QVERIFY(rows);
    QCOMPARE(*rows, (QList<int>{1, 2}));
    const std::optional<QList<int>> empty = Cli::listOrPrintError(FakeStore{{}, {}});
    QVERIFY(empty);
    QVERIFY(empty->isEmpty()); // nothing to list is not an error
    QVERIFY(!Cli::listOrPrintError(FakeStore{{1}, QStringLiteral("Viewers may not list connections.")}));
}

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
