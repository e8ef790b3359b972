// Importing profiles from CSV into a workspace: columns, upserts, bad rows, permissions.
#include <sources/csvimporter.h>
#include <workspace/profilestore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sources;

class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsColumnsFromHeader();
    void badRowsStopTheImport();
    void skipBadRowsImportsTheRest();
    void reimportUpsertsById();
    void duplicatesWhenUpdating();
    void progressCanCancel();
    void replaceReplacesAllProfiles();
    void detectsSemicolonAndBom();
    void headerProblems_data();
    void headerProblems();
    void idColumnMustMatchOnReimport();
    void viewerMayNotImport();

private:
    QString writeCsv(const QByteArray &content);
    CsvImportSummary import(const QByteArray &content, CsvImportOptions options = {});
    QStringList profile(const QString &id) const
    {
        return Workspace::ProfileStore(m_workspace->database()).profile(id);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    int m_files = 0;
};

void TestCsvImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.ab")),
                                             {QStringLiteral("admin"), 5000}, &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

QString TestCsvImporter::writeCsv(const QByteArray &content)
{
    const QString name = m_dir->filePath(QStringLiteral("in%1.csv").arg(++m_files));
    QFile file(name);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return name;
}

CsvImportSummary TestCsvImporter::import(const QByteArray &content, CsvImportOptions options)
{
    if (options.idColumn.isEmpty())
        options.idColumn = QStringLiteral("customer_id");
    return CsvImporter(*m_workspace).import(writeCsv(content), options);
}

void TestCsvImporter::importsColumnsFromHeader()
{
    const CsvImportSummary summary = import("customer_id,email,country\r\n"
                                            "c1,ann@example.com,DE\r\n"
                                            "c2,\"bob, jr@example.com\",FR\r\n");
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, 2);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.skipped, 0);
    const Workspace::ProfileStore store(m_workspace->database());
    QCOMPARE(store.count(), 2);
    const QList<Workspace::ProfileColumn> columns = store.columns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns[0].name, QStringLiteral("customer_id"));
    QVERIFY(columns[0].isId);
    QCOMPARE(columns[2].name, QStringLiteral("country"));
    QCOMPARE(profile(QStringLiteral("c2")),
             (QStringList{QStringLiteral("c2"), QStringLiteral("bob, jr@example.com"), QStringLiteral("FR")}));
    QCOMPARE(store.column(QStringLiteral("id"))->sqlName, QStringLiteral("id"));
    QCOMPARE(m_workspace->auditLog().latest().first().action, QStringLiteral("import_profiles"));
}

void TestCsvImporter::badRowsStopTheImport()
{
    const CsvImportSummary summary = import("customer_id,email,country\n"
                                            "c1,a@x.de,DE\n"
                                            "c2,b@x.de\n"               // line 3: too few fields
                                            ",c@x.de,DE\n"              // line 4: empty ID
                                            "c1,d@x.de,FR\n"            // line 5: duplicate of line 2
                                            "c5,M\xFCller@x.de,DE\n"    // line 6: Latin-1, not UTF-8
                                            "c6,e\"@x.de,DE\n"          // line 7: stray quote
                                            "c7,f@x.de,DE,extra\n"      // line 8: too many fields
                                            "c8,g@x.de,AT\n");
    QVERIFY(!summary.ok);
    QVERIFY2(summary.error.contains(QLatin1StringView(".csv: 6; nothing was imported")), qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, 8);
    QCOMPARE(summary.skipped, 6);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.badRows.size(), 6);
    QCOMPARE(summary.badRows[0].line, 3);
    QCOMPARE(summary.badRows[0].reason, QStringLiteral("2 fields, the header has 3"));
    QCOMPARE(summary.badRows[1].line, 4);
    QCOMPARE(summary.badRows[1].reason, QStringLiteral("empty ID in column 'customer_id'"));
    QCOMPARE(summary.badRows[2].line, 5);
    QCOMPARE(summary.badRows[2].reason, QStringLiteral("duplicate ID 'c1' (first on line 2)"));
    QCOMPARE(summary.badRows[3].line, 6);
    QCOMPARE(summary.badRows[3].reason, QStringLiteral("invalid UTF-8 in column 'email'"));
    QCOMPARE(summary.badRows[4].line, 7);
    QCOMPARE(summary.badRows[4].reason, QStringLiteral("a quote inside an unquoted field"));
    QCOMPARE(summary.badRows[5].line, 8);
    QCOMPARE(summary.skippedByReason.value(QStringLiteral("wrong_field_count")), 2);
    QCOMPARE(summary.skippedByReason.value(QStringLiteral("duplicate_id")), 1);
    // Nothing committed: not even the good rows, nor the columns.
    const Workspace::ProfileStore store(m_workspace->database());
    QCOMPARE(store.count(), 0);
    QVERIFY(store.columns().isEmpty());
}

void TestCsvImporter::skipBadRowsImportsTheRest()
{
    CsvImportOptions options;
    options.skipBadRows = true;
    const CsvImportSummary summary = import("customer_id,email\nc1,a@x.de\nc2\nc1,dup@x.de\nc3,c@x.de\n", options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, 4);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.skipped, 2);
    // The first row with an ID wins; the duplicate was skipped.
    QCOMPARE(profile(QStringLiteral("c1")).at(1), QStringLiteral("a@x.de"));
    QVERIFY(profile(QStringLiteral("c2")).isEmpty());
}

void TestCsvImporter::reimportUpsertsById()
{
    QVERIFY(import("customer_id,email,country\nc1,a@x.de,DE\nc2,b@x.de,FR\n").ok);
    // c2 changes, c3 is new, a new column appears, country is absent this time.
    const CsvImportSummary summary = import("customer_id,email,ltv\nc2,b2@x.de,150\nc3,c@x.de,99\n");
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, 2);
    const Workspace::ProfileStore store(m_workspace->database());
    QCOMPARE(store.count(), 3);
    QCOMPARE(store.columns().size(), 4);
    QCOMPARE(profile(QStringLiteral("c1")), (QStringList{QStringLiteral("c1"), QStringLiteral("a@x.de"), QStringLiteral("DE"), QString()}));
    QCOMPARE(profile(QStringLiteral("c2")), (QStringList{QStringLiteral("c2"), QStringLiteral("b2@x.de"), QStringLiteral("FR"), QStringLiteral("150")}));
    QCOMPARE(profile(QStringLiteral("c3")), (QStringList{QStringLiteral("c3"), QStringLiteral("c@x.de"), QString(), QStringLiteral("99")}));
    // Importing the same file twice is not a duplicate.
    QVERIFY(import("customer_id,email\nc3,c@x.de\n").ok);
    QVERIFY(import("customer_id,email\nc3,c@x.de\n").ok);
}

void TestCsvImporter::duplicatesWhenUpdating()
{
    QVERIFY(import("customer_id,email\nc1,a@x.de\nc2,b@x.de\n").ok);
    // Updating goes through the ID index row by row; a repeated ID is still caught.
    CsvImportSummary summary = import("customer_id,email\nc2,new@x.de\nc3,c@x.de\nc2,again@x.de\n");
    QVERIFY(!summary.ok);
    QCOMPARE(summary.badRows.size(), 1);
    QCOMPARE(summary.badRows[0].line, 4);
    QCOMPARE(summary.badRows[0].reason, QStringLiteral("duplicate ID 'c2' (first on line 2)"));
    QCOMPARE(profile(QStringLiteral("c2")).at(1), QStringLiteral("b@x.de")); // rolled back
    CsvImportOptions options;
    options.skipBadRows = true;
    summary = import("customer_id,email\nc2,new@x.de\nc3,c@x.de\nc2,again@x.de\n", options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, 2);
    QCOMPARE(profile(QStringLiteral("c2")).at(1), QStringLiteral("new@x.de"));
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 3);
}

void TestCsvImporter::progressCanCancel()
{
    QByteArray csv("customer_id,email\n");
    for (int i = 0; i < 70000; ++i)
        csv += "c" + QByteArray::number(i) + ",x\n";
    CsvImportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64 bytes) {
        ++calls;
        return bytes <= 0;
    };
    const CsvImportSummary summary = import(csv, options);
    QVERIFY(!summary.ok);
    QCOMPARE(calls, 1);
    QVERIFY2(summary.error.contains(QLatin1StringView("cancelled")), qPrintable(summary.error));
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 0);
}

void TestCsvImporter::replaceReplacesAllProfiles()
{
    QVERIFY(import("customer_id,email,country\nc1,a@x.de,DE\nc2,b@x.de,FR\n").ok);
    CsvImportOptions options;
    options.replace = true;
    options.idColumn = QStringLiteral("email");
    const CsvImportSummary summary = import("email,name\nz@x.de,Zoe\n", options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    const Workspace::ProfileStore store(m_workspace->database());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.columns().size(), 2);
    QCOMPARE(store.columns().first().name, QStringLiteral("email"));
    QCOMPARE(profile(QStringLiteral("z@x.de")), (QStringList{QStringLiteral("z@x.de"), QStringLiteral("Zoe")}));
}

void TestCsvImporter::detectsSemicolonAndBom()
{
    const CsvImportSummary summary = import("\xEF\xBB\xBF" "customer_id;name;city\nc1;\"M\xC3\xBCller; Anna\";K\xC3\xB6ln\n");
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.delimiter, ';');
    QCOMPARE(summary.columns, (QStringList{QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("city")}));
    QCOMPARE(profile(QStringLiteral("c1")).at(1), QStringLiteral("M\u00fcller; Anna"));
    QCOMPARE(profile(QStringLiteral("c1")).at(2), QStringLiteral("K\u00f6ln"));
    CsvImportOptions tab;
    tab.delimiter = '\t';
    QVERIFY(import("customer_id\tname\nc9\ta,b\n", tab).ok);
    QCOMPARE(profile(QStringLiteral("c9")).at(1), QStringLiteral("a,b"));
}

void TestCsvImporter::headerProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("is empty");
    QTest::newRow("missing ID column") << QByteArray("email,name\n") << QStringLiteral("the ID column 'customer_id' is not in the header (columns: email, name)");
    QTest::newRow("duplicate column") << QByteArray("customer_id,email,Email\n") << QStringLiteral("names column 'Email' twice");
    QTest::newRow("unnamed column") << QByteArray("customer_id,,x\n") << QStringLiteral("column 2 of the header has no name");
    QTest::newRow("reserved name") << QByteArray("customer_id,id\n") << QStringLiteral("column name 'id' is reserved");
    QTest::newRow("header only") << QByteArray("customer_id,email\n")
                                 << QStringLiteral("has only a header (line 1) and no rows; nothing was imported.");
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe" "c\0i\0d\0,\0x\0\n\0", 14) << QStringLiteral("is UTF-16 text");
    QByteArray wide("customer_id");
    for (int i = 1; i < 2000; ++i)
        wide += ",c" + QByteArray::number(i);
    QTest::newRow("2000 columns") << wide + "\nC1" + QByteArray(1999, ',') + '\n'
                                  << QStringLiteral("line 1 (header): the header has 2000 columns; at most 1998 are supported");
}

void TestCsvImporter::headerProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const CsvImportSummary summary = import(csv);
    QVERIFY(!summary.ok);
    QVERIFY2(summary.error.contains(message), qPrintable(summary.error));
    QVERIFY(summary.error.contains(QLatin1StringView(".csv")));
}

void TestCsvImporter::idColumnMustMatchOnReimport()
{
    QVERIFY(import("customer_id,email\nc1,a@x.de\n").ok);
    CsvImportOptions options;
    options.idColumn = QStringLiteral("email");
    const CsvImportSummary summary = import("customer_id,email\nc1,a@x.de\n", options);
    QVERIFY(!summary.ok);
    QVERIFY2(summary.error.contains(QLatin1StringView("use 'customer_id' as ID")), qPrintable(summary.error));
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 1);
}

void TestCsvImporter::viewerMayNotImport()
{
    QString error;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("vera"), Workspace::Role::Viewer, &error));
    auto asViewer = Workspace::Workspace::open(m_workspace->path(), {QStringLiteral("vera"), 5000}, &error);
    QVERIFY2(asViewer, qPrintable(error));
    CsvImportOptions options;
    options.idColumn = QStringLiteral("customer_id");
    const CsvImportSummary summary = CsvImporter(*asViewer).import(writeCsv("customer_id\nc1\n"), options);
    QVERIFY(!summary.ok);
    QVERIFY(summary.refused);
    QVERIFY2(summary.error.contains(QLatin1StringView("Viewers only look")), qPrintable(summary.error));
    QCOMPARE(asViewer->auditLog().latest().first().action, QStringLiteral("denied:import_profiles"));
    QCOMPARE(Workspace::ProfileStore(m_workspace->database()).count(), 0);
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
