// Opening, creating and migrating workspace files, and refusing files that are not ours.
#include <workspace/auditlog.h>
#include <workspace/runstore.h>
#include <workspace/schema.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsWorkspaceWithCreatorAsAdministrator();
    void emptyFileBecomesWorkspace();
    void reopensExistingWorkspace();
    void usesWalAndForeignKeys();
    void migratesOldVersion();
    void migratesVersion2ToSegmentSources();
    void refusesNewerSchema();
    void refusesTextFile();
    void refusesOtherSqliteDatabase();
    void refusesReadOnlyFile();
    void refusesLockedFile();
    void resolvesPathFromOptionThenEnvironment();
    void threadConnectionWorksInWorker();
    void marksProcessingRunsInterrupted();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray digest(const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QByteArray TestWorkspace::digest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspace::createsWorkspaceWithCreatorAsAdministrator()
{
    QString error;
    auto ws = Workspace::Workspace::open(path(QStringLiteral("new.ab")), {QStringLiteral("alice"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->wasCreated());
    QCOMPARE(ws->schemaVersion(), Schema::kCurrentVersion);
    QCOMPARE(ws->user(), QStringLiteral("alice"));
    QCOMPARE(ws->policy().role(), Role::Administrator);
    const QList<AuditEntry> log = ws->auditLog().latest();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().action, QStringLiteral("create_workspace"));
    QCOMPARE(log.first().who, QStringLiteral("alice"));
}

void TestWorkspace::emptyFileBecomesWorkspace()
{
    QFile empty(path(QStringLiteral("empty.ab")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QString error;
    auto ws = Workspace::Workspace::open(empty.fileName(), {QStringLiteral("bob"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->wasCreated());
}

void TestWorkspace::reopensExistingWorkspace()
{
    QString error;
    {
        auto ws = Workspace::Workspace::open(path(QStringLiteral("w.ab")), {QStringLiteral("alice"), 5000}, &error);
        QVERIFY2(ws, qPrintable(error));
    }
    auto again = Workspace::Workspace::open(path(QStringLiteral("w.ab")), {QStringLiteral("carol"), 5000}, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!again->wasCreated());
    // carol did not create it and nobody added her.
    QVERIFY(!again->policy().role().has_value());
}

void TestWorkspace::usesWalAndForeignKeys()
{
    QString error;
    auto ws = Workspace::Workspace::open(path(QStringLiteral("w.ab")), {QStringLiteral("alice"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlQuery query(ws->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // A run for an export that does not exist violates a foreign key.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO runs(export_id, status, started_by, started_at)"
                                       " VALUES(42, 'processing', 'alice', 'now')")));
}

void TestWorkspace::migratesOldVersion()
{
    const QString file = path(QStringLiteral("v1.ab"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QString error;
        QVERIFY2(Schema::migrate(db, 0, 1, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users VALUES('alice', 'administrator', 'alice', 'then')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO segments(name, kind, rule, created_by, created_at, updated_at)"
                                          " VALUES('Germany', 'rule', 'country = ''DE''', 'alice', 'then', 'then')")));
        QVERIFY(db.commit());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    QString error;
    auto ws = Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(!ws->wasCreated());
    QCOMPARE(ws->schemaVersion(), 3);
    QCOMPARE(Schema::kCurrentVersion, 3);
    QSqlQuery query(ws->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    // Version 2's table exists and version 1's data survived.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM profile_sources")));
    QVERIFY(query.exec(QStringLiteral("SELECT rule FROM segments WHERE name = 'Germany'")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("country = 'DE'"));
    // Version 3: the old segment reads the workspace's own profiles (no source).
    QVERIFY(query.exec(QStringLiteral("SELECT source IS NULL FROM segments WHERE name = 'Germany'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    const std::optional<Segment> germany = SegmentStore(*ws).find(QStringLiteral("Germany"));
    QVERIFY(germany);
    QVERIFY(germany->source.isEmpty());
    QCOMPARE(ws->policy().role(), Role::Administrator);
    QCOMPARE(ws->auditLog().latest().first().action, QStringLiteral("migrate_schema"));
}

void TestWorkspace::migratesVersion2ToSegmentSources()
{
    const QString file = path(QStringLiteral("v2.ab"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QString error;
        QVERIFY2(Schema::migrate(db, 0, 2, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users VALUES('alice', 'administrator', 'alice', 'then')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO profile_sources(name, driver, table_name, id_column, created_by,"
                                          " created_at) VALUES('crm', 'QPSQL', 'customers', 'id', 'alice', 'then')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO segments(name, kind, rule, created_by, created_at, updated_at)"
                                          " VALUES('Germany', 'rule', 'country = ''DE''', 'alice', 'then', 'then')")));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    QString error;
    auto ws = Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), 3);
    const std::optional<Segment> germany = SegmentStore(*ws).find(QStringLiteral("Germany"));
    QVERIFY(germany);
    QVERIFY(germany->source.isEmpty());
    QCOMPARE(germany->rule, QStringLiteral("country = 'DE'"));
    // A segment over the source keeps the source's name; one over a source that does not exist
    // cannot be written.
    Segment created;
    QVERIFY2(SegmentStore(*ws).createSourceRule(QStringLiteral("CRM Germany"), QStringLiteral("country = 'DE'"),
                                                QStringLiteral("crm"), &created, &error),
             qPrintable(error));
    QCOMPARE(SegmentStore(*ws).find(QStringLiteral("CRM Germany"))->source, QStringLiteral("crm"));
    QVERIFY(!SegmentStore(*ws).createSourceRule(QStringLiteral("Nowhere"), QStringLiteral("country = 'DE'"),
                                                QStringLiteral("no-such-source"), &created, &error));
    QSqlQuery query(ws->database());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM profile_sources WHERE name = 'crm'")));
    // Counted against the workspace's profiles, a source segment is an error, not a wrong count.
    QCOMPARE(SegmentStore(*ws).memberCount(created, &error), -1);
    QVERIFY2(error.contains(QLatin1StringView("profile source 'crm'")), qPrintable(error));
}

void TestWorkspace::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("future.ab"));
    QString error;
    {
        auto ws = Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error);
        QVERIFY2(ws, qPrintable(error));
        QSqlQuery query(ws->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = digest(file);
    auto ws = Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error);
    QVERIFY(!ws);
    QVERIFY2(error.contains(QLatin1StringView("newer")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("future.ab")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("99")));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesTextFile()
{
    const QString file = path(QStringLiteral("notes.txt"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("id,name\n1,Alice\n");
    text.close();
    const QByteArray before = digest(file);
    QString error;
    QVERIFY(!Workspace::Workspace::open(file, &error));
    QVERIFY2(error.contains(QLatin1StringView("not an AudienceBridge workspace")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("notes.txt")));
    QCOMPARE(digest(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestWorkspace::refusesOtherSqliteDatabase()
{
    const QString file = path(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO invoices(total) VALUES(9.5)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = digest(file);
    QString error;
    QVERIFY(!Workspace::Workspace::open(file, &error));
    QVERIFY2(error.contains(QLatin1StringView("another program")), qPrintable(error));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesReadOnlyFile()
{
    const QString file = path(QStringLiteral("ro.ab"));
    QString error;
    QVERIFY(Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup));
    const QByteArray before = digest(file);
    QVERIFY(!Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error));
    QVERIFY2(error.contains(QLatin1StringView("read-only")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("ro.ab")));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesLockedFile()
{
    const QString file = path(QStringLiteral("locked.ab"));
    QString error;
    QVERIFY(Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error));
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(file);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO meta VALUES('x', 'y')")), qPrintable(query.lastError().text()));

        QVERIFY(!Workspace::Workspace::open(file, {QStringLiteral("alice"), 200}, &error));
        QVERIFY2(error.contains(QLatin1StringView("locked")), qPrintable(error));
        QVERIFY(error.contains(QLatin1StringView("locked.ab")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Once the other program lets go, the workspace opens again.
    QVERIFY2(Workspace::Workspace::open(file, {QStringLiteral("alice"), 5000}, &error), qPrintable(error));
}

void TestWorkspace::resolvesPathFromOptionThenEnvironment()
{
    qputenv("AUDIENCEBRIDGE_WORKSPACE", "/tmp/from-env.ab");
    QCOMPARE(Workspace::Workspace::resolvePath(QStringLiteral("/tmp/option.ab")), QStringLiteral("/tmp/option.ab"));
    QCOMPARE(Workspace::Workspace::resolvePath(QString()), QStringLiteral("/tmp/from-env.ab"));
    qunsetenv("AUDIENCEBRIDGE_WORKSPACE");
    QVERIFY(Workspace::Workspace::resolvePath(QString()).endsWith(QLatin1StringView("workspace.audiencebridge")));
    qputenv("AUDIENCEBRIDGE_USER", "tester");
    QCOMPARE(Workspace::Workspace::currentOsUser(), QStringLiteral("tester"));
    qunsetenv("AUDIENCEBRIDGE_USER");
    QVERIFY(!Workspace::Workspace::currentOsUser().isEmpty());
}

void TestWorkspace::threadConnectionWorksInWorker()
{
    QString error;
    auto ws = Workspace::Workspace::open(path(QStringLiteral("t.ab")), {QStringLiteral("alice"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlQuery query(ws->database());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO connections(id, name, type, client_id, api_base_url, accounts_base_url, created_by, created_at)"
        " VALUES('c1', 'Snap', 'snapchat', 'cid', 'http://127.0.0.1', 'http://127.0.0.1', 'alice', 'now')")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO exports(id, name, connection_id, ad_account_id, mode, created_by, created_at, updated_at)"
        " VALUES(1, 'E', 'c1', 'acc', 'add', 'alice', 'now', 'now')")));

    qint64 runId = 0;
    QString workerError;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        ThreadConnection connection(*ws, QStringLiteral("worker"));
        if (!connection.isOpen()) {
            workerError = connection.errorString();
            return;
        }
        RunStore runs(connection.database());
        runId = runs.createRun(1, QStringLiteral("alice"), &workerError);
        SyncStateStore sync(connection.database());
        sync.insertHashes(1, QStringLiteral("EMAIL_SHA256"), {QByteArray(32, 'a'), QByteArray(32, 'b')}, &workerError);
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY2(runId > 0, qPrintable(workerError));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("worker")));
    RunStore runs(ws->database());
    QCOMPARE(runs.run(runId)->status, RunStatus::Processing);
    SyncStateStore sync(ws->database());
    QCOMPARE(sync.count(1, QStringLiteral("EMAIL_SHA256")), 2);
    QVERIFY(sync.contains(1, QStringLiteral("EMAIL_SHA256"), QByteArray(32, 'b')));
    // Hashes already confirmed are ignored; removal is per schema.
    QVERIFY(sync.insertHashes(1, QStringLiteral("EMAIL_SHA256"), {QByteArray(32, 'b'), QByteArray(32, 'c')}, &error));
    QVERIFY(sync.insertHashes(1, QStringLiteral("PHONE_SHA256"), {QByteArray(32, 'a')}, &error));
    QCOMPARE(sync.count(1, QStringLiteral("EMAIL_SHA256")), 3);
    QVERIFY(sync.removeHashes(1, QStringLiteral("EMAIL_SHA256"), {QByteArray(32, 'a'), QByteArray(32, 'z')}, &error));
    QCOMPARE(sync.count(1, QStringLiteral("EMAIL_SHA256")), 2);
    QVERIFY(!sync.contains(1, QStringLiteral("EMAIL_SHA256"), QByteArray(32, 'a')));
    QVERIFY(sync.contains(1, QStringLiteral("PHONE_SHA256"), QByteArray(32, 'a')));
    QList<QByteArray> streamed;
    QVERIFY(sync.forEachHash(1, QStringLiteral("EMAIL_SHA256"), [&](QByteArrayView hash) {
        streamed.append(hash.toByteArray());
        return true;
    }));
    QCOMPARE(streamed, (QList<QByteArray>{QByteArray(32, 'b'), QByteArray(32, 'c')}));
}

void TestWorkspace::marksProcessingRunsInterrupted()
{
    QString error;
    auto ws = Workspace::Workspace::open(path(QStringLiteral("r.ab")), {QStringLiteral("alice"), 5000}, &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlQuery query(ws->database());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO connections(id, name, type, client_id, api_base_url, accounts_base_url, created_by, created_at)"
        " VALUES('c1', 'Snap', 'snapchat', 'cid', 'http://127.0.0.1', 'http://127.0.0.1', 'alice', 'now')")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO exports(id, name, connection_id, ad_account_id, mode, created_by, created_at, updated_at)"
        " VALUES(1, 'E', 'c1', 'acc', 'add', 'alice', 'now', 'now')")));
    RunStore runs(ws->database());
    const qint64 done = runs.createRun(1, QStringLiteral("alice"), &error);
    QVERIFY(runs.updateRun(done, RunStatus::Succeeded, {{QStringLiteral("sent"), 10}}, {}, &error));
    const qint64 cut = runs.createRun(1, QStringLiteral("alice"), &error);
    QVERIFY(runs.recordBatch({cut, 1, QStringLiteral("EMAIL_SHA256"), BatchAction::Add, 10,
                              QStringLiteral("req-1"), QStringLiteral("confirmed"), {},
                              QDateTime::currentDateTimeUtc()}, &error));
    {
        // While a live process holds the export's lock, its run is going on: left alone.
        const std::unique_ptr<QLockFile> running = runs.lockExport(1);
        QVERIFY(running);
        QVERIFY2(!runs.lockExport(1), "a second holder of the same export's lock");
        QCOMPARE(runs.markInterruptedRuns(&error), 0);
        QCOMPARE(runs.run(cut)->status, RunStatus::Processing);
    }
    QCOMPARE(runs.markInterruptedRuns(&error), 1);
    QCOMPARE(runs.run(cut)->status, RunStatus::Interrupted);
    QVERIFY(runs.run(cut)->endedAt.isValid());
    QCOMPARE(runs.run(done)->status, RunStatus::Succeeded);
    QCOMPARE(runs.run(done)->counts.value(QStringLiteral("sent")).toInt(), 10);
    QCOMPARE(runs.batches(cut).size(), 1);
    QCOMPARE(runs.batches(cut).first().requestId, QStringLiteral("req-1"));
    QCOMPARE(runs.runs(1).first().id, cut);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
