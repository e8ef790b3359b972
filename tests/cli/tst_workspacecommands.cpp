// Runs the real `audiencebridge profiles|segments|users|runs` commands against a workspace file.
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestWorkspaceCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsProfiles();
    void badRowsExitWithDataError();
    void segmentsCreateAndList();
    void usersAndRoles();
    void workspaceErrorsNameTheFile();
    void workspaceFromEnvironment();
    void runsOfADeadProcessReadInterrupted();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(QStringList arguments, const QString &user = QStringLiteral("ada"),
               bool withWorkspaceOption = true);
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestWorkspaceCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(QStringLiteral("w.ab"));
}

TestWorkspaceCommands::Result TestWorkspaceCommands::run(QStringList arguments, const QString &user,
                                                         bool withWorkspaceOption)
{
    if (withWorkspaceOption)
        arguments << QStringLiteral("--workspace") << m_workspace;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AUDIENCEBRIDGE_USER"), user);
    environment.insert(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE"), m_dir->filePath(QStringLiteral("env.ab")));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AB_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestWorkspaceCommands::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestWorkspaceCommands::importsProfiles()
{
    const QString csv = write(QStringLiteral("p.csv"), "id;email;country;ltv\r\n1;a@x.de;DE;150\r\n2;b@x.de;DE;50\r\n3;c@x.fr;FR;500\r\n");
    Result result = run({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"), QStringLiteral("id")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Rows read: 3, imported: 3, skipped: 0\n"));
    QCOMPARE(result.err, QString());
    // --delimiter given explicitly and wrong: one column, no 'id' among them... the ID column
    // "id;email;country;ltv" does not exist.
    result = run({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"), QStringLiteral("id"),
                  QStringLiteral("--delimiter"), QStringLiteral(",")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1StringView("the ID column 'id' is not in the header")), qPrintable(result.err));
    result = run({QStringLiteral("profiles"), QStringLiteral("import"), csv});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1StringView("--id-column is required")));
    result = run({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"), QStringLiteral("id"),
                  QStringLiteral("--delimiter"), QStringLiteral("|")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1StringView("--delimiter must be")));
}

void TestWorkspaceCommands::badRowsExitWithDataError()
{
    const QString csv = write(QStringLiteral("bad.csv"), "id,email\n1,a@x.de\n1,dup@x.de\n2\n3,c@x.de\n");
    Result result = run({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"), QStringLiteral("id")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1StringView("line 3: duplicate ID '1' (first on line 2)")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1StringView("line 4: 1 fields, the header has 2")));
    QVERIFY(result.err.contains(QLatin1StringView("nothing was imported")));
    QVERIFY(result.out.contains(QLatin1StringView("Rows read: 4, imported: 0, skipped: 2")));
    result = run({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"), QStringLiteral("id"),
                  QStringLiteral("--skip-bad-rows")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1StringView("Rows read: 4, imported: 2, skipped: 2")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1StringView("skipped (duplicate_id): 1")));
    QVERIFY(result.out.contains(QLatin1StringView("skipped (wrong_field_count): 1")));
}

void TestWorkspaceCommands::segmentsCreateAndList()
{
    const QString csv = write(QStringLiteral("p.csv"), "id,email,country,ltv\n1,a@x.de,DE,150\n2,b@x.de,DE,50\n3,c@x.fr,FR,500\n");
    QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"), QStringLiteral("id")}).exitCode, 0);
    Result result = run({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("DE high"),
                         QStringLiteral("--rule"), QStringLiteral("country = 'DE' and ltv >= 100")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1StringView("Members: 1")), qPrintable(result.out));
    result = run({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("List"),
                  QStringLiteral("--list"), write(QStringLiteral("ids.csv"), "id\n2\n3\n4\n")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1StringView("1 of the IDs are not among the profiles")));
    result = run({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Bad"),
                  QStringLiteral("--rule"), QStringLiteral("name = 'x'' or 1=1 --'")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1StringView("Unknown field 'name'")), qPrintable(result.err));
    result = run({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Both"),
                  QStringLiteral("--rule"), QStringLiteral("id = '1'"), QStringLiteral("--list"), csv});
    QCOMPARE(result.exitCode, 2);
    result = run({QStringLiteral("segments"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("NAME\tSOURCE\tMEMBERS\tDEFINITION\n"
                                        "DE high\t-\t1\tcountry = 'DE' and ltv >= 100\n"
                                        "List\t-\t2\t(list of IDs)\n"));
    result = run({QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("List")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!run({QStringLiteral("segments"), QStringLiteral("list")}).out.contains(QLatin1StringView("List\t")));
}

void TestWorkspaceCommands::usersAndRoles()
{
    // The first user to open the workspace creates it and is its administrator.
    Result result = run({QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("ada\tadministrator\n"));
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carl"), QStringLiteral("--role"), QStringLiteral("contributor")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("vera"), QStringLiteral("--role"), QStringLiteral("Viewer")}).exitCode, 0);
    result = run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1StringView("Unknown role 'boss'")));
    // A contributor may not manage users.
    result = run({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("carl"), QStringLiteral("administrator")},
                 QStringLiteral("carl"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1StringView("Only administrators may manage users; 'carl' is a contributor.")), qPrintable(result.err));
    // A viewer may not create segments.
    result = run({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("V"), QStringLiteral("--rule"), QStringLiteral("id = '1'")},
                 QStringLiteral("vera"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1StringView("Viewers only look")));
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("vera"), QStringLiteral("contributor")}).exitCode, 0);
    result = run({QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("vera"));
    QCOMPARE(result.out, QStringLiteral("ada\tadministrator\ncarl\tcontributor\nvera\tcontributor\n"));
}

void TestWorkspaceCommands::workspaceErrorsNameTheFile()
{
    m_workspace = write(QStringLiteral("notes.txt"), "hello\n");
    const Result result = run({QStringLiteral("segments"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1StringView("notes.txt is not an AudienceBridge workspace")), qPrintable(result.err));
}

void TestWorkspaceCommands::workspaceFromEnvironment()
{
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("eve"), false).exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("env.ab"))));
    QVERIFY(!QFile::exists(m_workspace));
}

// A run left "processing" by a process that was killed reads "Failed (interrupted)" in the first
// command that lists it, not only after the next export run; a run another live process holds
// (its export's lock file) stays "Processing".
void TestWorkspaceCommands::runsOfADeadProcessReadInterrupted()
{
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}).exitCode, 0); // creates the workspace
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(m_workspace);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *sql :
             {"INSERT INTO connections(id, name, type, client_id, api_base_url, accounts_base_url, created_by,"
              " created_at) VALUES('c1', 'Snap', 'snapchat', 'cid', 'http://127.0.0.1', 'http://127.0.0.1', 'ada', 'now')",
              "INSERT INTO exports(id, name, connection_id, ad_account_id, mode, created_by, created_at, updated_at)"
              " VALUES(1, 'Killed', 'c1', 'acc', 'add', 'ada', 'now', 'now'),"
              " (2, 'Running', 'c1', 'acc', 'add', 'ada', 'now', 'now')",
              "INSERT INTO runs(id, export_id, status, started_by, started_at)"
              " VALUES(7, 1, 'processing', 'ada', '2026-12-04T10:00:00.000Z'),"
              " (8, 2, 'processing', 'ada', '2026-12-04T10:00:00.000Z')"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    // Export 1's process died and left its lock behind: a lock file as QLockFile writes it, with
    // the ID of a process that has ended. Export 2's process (this one) is alive.
    QProcess ended;
    ended.start(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("--version")});
    QVERIFY(ended.waitForStarted(10000));
    const qint64 deadPid = ended.processId(); // 0 once it has finished
    QVERIFY(deadPid > 0 && ended.waitForFinished(10000));
    const QString deadLock = m_workspace + QStringLiteral(".export-1.lock");
    QByteArray lockContent;
    {
        QLockFile probe(deadLock);
        QVERIFY(probe.tryLock(0));
        QFile file(deadLock);
        QVERIFY(file.open(QIODevice::ReadOnly));
        lockContent = file.readAll();
    }
    lockContent = QByteArray::number(deadPid) + lockContent.mid(lockContent.indexOf('\n'));
    write(QStringLiteral("w.ab.export-1.lock"), lockContent);
    QLockFile running(m_workspace + QStringLiteral(".export-2.lock"));
    QVERIFY(running.tryLock(0));

    const Result list = run({QStringLiteral("runs"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QLatin1StringView("7\tKilled\tFailed (interrupted)\t")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QLatin1StringView("8\tRunning\tProcessing\t")), qPrintable(list.out));
    QVERIFY2(!QFile::exists(m_workspace + QStringLiteral(".export-1.lock")), "the dead process's lock is still there");
    const Result show = run({QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("8")});
    QVERIFY2(show.out.startsWith(QLatin1StringView("Run 8 of export 2: Processing\n")), qPrintable(show.out));

    running.unlock(); // that process ends too
    const Result after = run({QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("8")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(after.out.startsWith(QLatin1StringView("Run 8 of export 2: Failed (interrupted)\n")), qPrintable(after.out));
}

QTEST_GUILESS_MAIN(TestWorkspaceCommands)
#include "tst_workspacecommands.moc"
