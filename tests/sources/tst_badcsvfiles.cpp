// Imports each file of tests/data/bad-csv with the real `audiencebridge profiles import`: every
// one must end with a clear error naming the line or field, not a crash, and leave the
// workspace's profiles exactly as they were, whether updating or replacing.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestBadCsvFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rejectsBadFile_data();
    void rejectsBadFile();

private:
    struct Result {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QString out;
        QString err;
    };
    Result import(const QString &file, bool replace);
    QString dataFile(const QString &name);
    QStringList profilesSnapshot();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestBadCsvFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(QStringLiteral("w.ab"));
    const QString good = m_dir->filePath(QStringLiteral("good.csv"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_id,email,phone,name\n"
               "C1,ana@example.com,+4917012345678,Ana\n"
               "C2,bo@example.com,+4917087654321,Bo\n"
               "C3,cy@example.com,,Cy\n");
    file.close();
    const Result result = import(good, false);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Rows read: 3, imported: 3, skipped: 0\n"));
}

TestBadCsvFiles::Result TestBadCsvFiles::import(const QString &file, bool replace)
{
    QStringList arguments{QStringLiteral("profiles"), QStringLiteral("import"), file,
                          QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                          QStringLiteral("--workspace"), m_workspace};
    if (replace)
        arguments << QStringLiteral("--replace");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AUDIENCEBRIDGE_USER"), QStringLiteral("ada"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AB_EXECUTABLE), arguments);
    if (!process.waitForFinished(240000))
        process.kill();
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestBadCsvFiles::dataFile(const QString &name)
{
    if (name != QLatin1StringView("50mb-field.csv"))
        return QStringLiteral(AB_TEST_DATA_DIR "/bad-csv/") + name;
    // Generated: 50 MB is too big for the repository.
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("customer_id,email,name\nC9,\"");
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 50; ++i)
            file.write(block);
        file.write("@example.com\",Zed\n");
    }
    return path;
}

// Every column and row of the profiles, read straight from the workspace file.
QStringList TestBadCsvFiles::profilesSnapshot()
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        db.setDatabaseName(m_workspace);
        if (!db.open())
            return {QStringLiteral("cannot open the workspace")};
        for (const QString &table : {QStringLiteral("profile_columns"), QStringLiteral("profiles")}) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
                rows << QStringLiteral("cannot read ") + table;
            while (query.next()) {
                QStringList values{table};
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.record().fieldName(i) + QLatin1Char('=') + query.value(i).toString();
                rows << values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    return rows;
}

void TestBadCsvFiles::rejectsBadFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages"); // each must appear on standard error

    // Exit codes as `profiles import --help` and the CLI's table say: 3 for bad input data.
    QTest::newRow("empty") << u"empty.csv"_s << 3
                           << QStringList{u"empty.csv is empty: the first line must name the columns."_s};
    QTest::newRow("header only") << u"header-only.csv"_s << 3
                                 << QStringList{u"header-only.csv has only a header (line 1) and no rows; nothing was imported."_s};
    QTest::newRow("missing ID column")
        << u"missing-id-column.csv"_s << 3
        << QStringList{u"missing-id-column.csv, line 1 (header): the ID column 'customer_id' is not in the header (columns: email, phone)"_s};
    QTest::newRow("duplicate headers")
        << u"duplicate-headers.csv"_s << 3
        << QStringList{u"duplicate-headers.csv, line 1 (header): the header names column 'Email' twice"_s};
    QTest::newRow("unbalanced quotes") << u"unbalanced-quotes.csv"_s << 3
                                       << QStringList{u"line 2: a quoted field is not closed"_s, u"nothing was imported"_s};
    QTest::newRow("NUL bytes") << u"nul-bytes.csv"_s << 3
                               << QStringList{u"line 3: NUL byte in column 'email'"_s, u"nothing was imported"_s};
    QTest::newRow("invalid UTF-8") << u"invalid-utf8.csv"_s << 3
                                   << QStringList{u"line 3: invalid UTF-8 in column 'name'"_s, u"nothing was imported"_s};
    QTest::newRow("Latin-1") << u"latin1.csv"_s << 3
                             << QStringList{u"line 2: invalid UTF-8 in column 'name'"_s,
                                            u"line 3: invalid UTF-8 in column 'name'"_s};
    QTest::newRow("UTF-16") << u"utf16le.csv"_s << 3
                            << QStringList{u"utf16le.csv is UTF-16 text; save it as UTF-8"_s};
    QTest::newRow("50 MB field")
        << u"50mb-field.csv"_s << 3
        << QStringList{u"line 2: the field in column 'email' is 52428812 bytes long; at most 1048576 are allowed"_s};
    QTest::newRow("10,000 columns")
        << u"10000-columns.csv"_s << 3
        << QStringList{u"10000-columns.csv, line 1 (header): the header has 10000 columns; at most 1998 are supported"_s};
}

void TestBadCsvFiles::rejectsBadFile()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);
    const QString path = dataFile(file);
    QVERIFY(QFile::exists(path));
    const QStringList before = profilesSnapshot();
    QCOMPARE(before.size(), 4 + 3); // the four columns, the three profiles

    for (const bool replace : {false, true}) {
        const Result result = import(path, replace);
        const QByteArray context = (replace ? "with --replace: " : "updating: ") + result.err.toUtf8();
        QVERIFY2(result.exitStatus == QProcess::NormalExit, context.constData());
        QVERIFY2(result.exitCode == exitCode, context.constData());
        for (const QString &message : messages)
            QVERIFY2(result.err.contains(message), context.constData());
        QVERIFY2(!result.err.contains(QChar(0)), context.constData());
        QCOMPARE(profilesSnapshot(), before);
    }
}

QTEST_GUILESS_MAIN(TestBadCsvFiles)
#include "tst_badcsvfiles.moc"
