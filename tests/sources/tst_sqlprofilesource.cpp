// Profiles in a real PostgreSQL server (started by the postgres fixture): the same segments
// evaluated inside PostgreSQL and in the SQLite workspace select the same members.
#include <exporting/sqlmembersource.h>
#include <segments/ruleparser.h>
#include <sources/csvimporter.h>
#include <sources/profilesourcestore.h>
#include <sources/sourcesegments.h>
#include <sources/sqlprofilesource.h>
#include <workspace/segmentstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sources;

namespace {

constexpr int kProfiles = 100000;

struct Profile {
    QString id, email, country, ltv, name;
    int score;
};

Profile profileAt(int i)
{
    static const char *const countries[] = {"DE", "FR", "de", "AT", "", "DE", "US"};
    static const char *const ltvs[] = {"n/a", "", " 12 ", "1e3", "-7.5", "100", "99.99", "+250", "5."};
    static const char *const names[] = {"Anna", "O'Brien", "Zoë", "Müller", "x' or 1=1 --", "Ann-Marie", "  "};
    const unsigned h = static_cast<unsigned>(i) * 2654435761u;
    Profile p;
    p.id = QStringLiteral("P%1").arg(i, 6, 10, QLatin1Char('0'));
    p.email = (h % 13 == 0) ? QString() : QStringLiteral("user%1@example.com").arg(i);
    p.country = QString::fromUtf8(countries[(h >> 3) % 7]);
    p.ltv = (h >> 7) % 3 == 0 ? QString::fromLatin1(ltvs[(h >> 9) % 9]) : QString::number((h >> 11) % 1000);
    p.name = QString::fromUtf8(names[(h >> 13) % 7]);
    p.score = static_cast<int>((h >> 15) % 100);
    return p;
}

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

class TestSqlProfileSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameMembersAsSqlite_data();
    void sameMembersAsSqlite();
    void streamsFields();
    void wrongPasswordIsClearError();
    void unknownFieldIsRefused();
    void settingsLiveInTheWorkspace();
    void segmentsOverTheSource();
    void errorsNameTheWrongSetting();
    void memberSourceReadsTheUnionOnce();
    void brokenConnectionStopsTheRead();

private:
    SqlSourceSettings settings() const;
    QStringList sqliteMembers(const QString &rule);

    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    MemorySecretProvider m_secrets;
    int m_segments = 0;
};

SqlSourceSettings TestSqlProfileSource::settings() const
{
    SqlSourceSettings s;
    s.name = QStringLiteral("crm");
    s.host = m_env.value(QStringLiteral("PGFIXTURE_HOST"));
    s.port = m_env.value(QStringLiteral("PGFIXTURE_PORT")).toInt();
    s.databaseName = m_env.value(QStringLiteral("PGFIXTURE_DATABASE"));
    s.userName = m_env.value(QStringLiteral("PGFIXTURE_USER"));
    s.tableName = QStringLiteral("public.customers");
    s.idColumn = QStringLiteral("customer_id");
    return s;
}

void TestSqlProfileSource::initTestCase()
{
    QFile env(QStringLiteral(AB_PG_FIXTURE_ENV));
    QVERIFY2(env.open(QIODevice::ReadOnly), "the postgres fixture did not start (tst_postgres_start)");
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
    m_secrets.setSecret(settings().secretKey(), m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));

    // The same 100,000 profiles into the SQLite workspace (CSV import) and PostgreSQL.
    QByteArray csv("customer_id,email,country,ltv,name,score\n");
    for (int i = 0; i < kProfiles; ++i) {
        const Profile p = profileAt(i);
        csv += csvField(p.id) + ',' + csvField(p.email) + ',' + csvField(p.country) + ','
            + csvField(p.ltv) + ',' + csvField(p.name) + ',' + QByteArray::number(p.score) + '\n';
    }
    QFile file(m_dir.filePath(QStringLiteral("profiles.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("w.ab")), {QStringLiteral("ada"), 5000}, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    CsvImportOptions options;
    options.idColumn = QStringLiteral("customer_id");
    const CsvImportSummary summary = CsvImporter(*m_workspace).import(file.fileName(), options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, kProfiles);

    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("setup"));
        pg.setHostName(settings().host);
        pg.setPort(settings().port);
        pg.setDatabaseName(settings().databaseName);
        pg.setUserName(settings().userName);
        pg.setPassword(m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
        QVERIFY2(pg.open(), qPrintable(pg.lastError().text()));
        QSqlQuery query(pg);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS customers")));
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE customers(customer_id text PRIMARY KEY, email text,"
                                           " country text, ltv text, name text, score integer)")),
                 qPrintable(query.lastError().text()));
        QVERIFY(pg.transaction());
        constexpr int kBatch = 1000;
        QStringList rows;
        for (int r = 0; r < kBatch; ++r)
            rows.append(QStringLiteral("(?, ?, ?, ?, ?, ?)"));
        QVERIFY(query.prepare(QLatin1StringView("INSERT INTO customers VALUES ") + rows.join(QLatin1StringView(", "))));
        for (int start = 0; start < kProfiles; start += kBatch) {
            for (int i = start; i < start + kBatch; ++i) {
                const Profile p = profileAt(i);
                // Empty CSV fields are empty strings in SQLite; keep a few NULLs in PostgreSQL
                // too, which the rules treat the same way.
                query.addBindValue(p.id);
                query.addBindValue(p.email.isEmpty() && i % 2 ? QVariant() : QVariant(p.email.isNull() ? QStringLiteral("") : p.email));
                query.addBindValue(p.country.isEmpty() ? QStringLiteral("") : p.country);
                query.addBindValue(p.ltv.isEmpty() ? QStringLiteral("") : p.ltv);
                query.addBindValue(p.name);
                query.addBindValue(p.score);
            }
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(pg.commit());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM customers")) && query.next());
        QCOMPARE(query.value(0).toInt(), kProfiles);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    qDebug() << "inserted" << kProfiles << "profiles into PostgreSQL in" << timer.elapsed() << "ms";
}

void TestSqlProfileSource::cleanupTestCase()
{
    m_workspace.reset();
}

QStringList TestSqlProfileSource::sqliteMembers(const QString &rule)
{
    Workspace::SegmentStore store(*m_workspace);
    Workspace::Segment segment;
    QString error;
    if (!store.createRule(QStringLiteral("s%1").arg(++m_segments), rule, &segment, &error))
        return {QStringLiteral("error: ") + error};
    Workspace::MemberCursor cursor(m_workspace->database());
    if (!cursor.start({segment}, {}, &error))
        return {QStringLiteral("error: ") + error};
    QStringList ids;
    while (cursor.next())
        ids.append(cursor.id());
    return ids;
}

void TestSqlProfileSource::sameMembersAsSqlite_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("text and number") << QStringLiteral("country = 'DE' and ltv >= 100");
    QTest::newRow("numbers in text") << QStringLiteral("ltv < 13 or ltv = 250 or ltv in (5, -7.5)");
    QTest::newRow("not equal") << QStringLiteral("country != 'DE' and ltv != 100");
    QTest::newRow("integer column") << QStringLiteral("score >= 50 and score < 60 or score = '7'");
    QTest::newRow("text order") << QStringLiteral("name < 'N' and country > 'A'");
    QTest::newRow("contains and starts with") << QStringLiteral("name contains 'ü' or name starts with 'O''B' or email contains '99@'");
    QTest::newRow("empty") << QStringLiteral("email is empty or name is empty");
    QTest::newRow("not empty") << QStringLiteral("country is not empty and email is not empty and ltv in ('n/a', '1e3')");
    QTest::newRow("injection text") << QStringLiteral("name = 'x'' or 1=1 --'");
    QTest::newRow("by id") << QStringLiteral("id in ('P000001', 'P099999', 'nope') or customer_id starts with 'P00001'");
}

void TestSqlProfileSource::sameMembersAsSqlite()
{
    QFETCH(QString, rule);
    QString error;
    const std::optional<Segments::Rule> parsed = Segments::parseRule(rule, &error);
    QVERIFY2(parsed, qPrintable(error));
    SqlProfileSource source(settings(), m_secrets);
    QVERIFY2(source.open(&error), qPrintable(error));
    QVERIFY2(source.startMembers(*parsed, {}, &error), qPrintable(error));
    QStringList postgres;
    while (source.next())
        postgres.append(source.id());
    const QStringList sqlite = sqliteMembers(rule);
    QVERIFY2(!postgres.isEmpty(), "the rule should select someone");
    QVERIFY(postgres.size() < kProfiles);
    QCOMPARE(postgres.size(), sqlite.size());
    QCOMPARE(postgres, sqlite);
    QCOMPARE(source.count(*parsed, &error), qint64(postgres.size()));
}

void TestSqlProfileSource::streamsFields()
{
    QString error;
    SqlProfileSource source(settings(), m_secrets);
    QVERIFY2(source.open(&error), qPrintable(error));
    QCOMPARE(source.columns(&error), (QStringList{QStringLiteral("customer_id"), QStringLiteral("email"),
                                                  QStringLiteral("country"), QStringLiteral("ltv"),
                                                  QStringLiteral("name"), QStringLiteral("score")}));
    const std::optional<Segments::Rule> rule = Segments::parseRule(QStringLiteral("id = 'P000042'"), &error);
    QVERIFY(source.startMembers(*rule, {QStringLiteral("EMAIL"), QStringLiteral("score")}, &error));
    QVERIFY(source.next());
    const Profile expected = profileAt(42);
    QCOMPARE(source.id(), expected.id);
    QCOMPARE(source.value(0), expected.email);
    QCOMPARE(source.value(1), QString::number(expected.score));
    QVERIFY(!source.next());
    QVERIFY(!source.startMembers(*rule, {QStringLiteral("phone")}, &error));
    QVERIFY2(error.contains(QLatin1StringView("no field 'phone'")), qPrintable(error));
}

void TestSqlProfileSource::wrongPasswordIsClearError()
{
    MemorySecretProvider wrong;
    wrong.setSecret(settings().secretKey(), QStringLiteral("not the password"));
    SqlProfileSource source(settings(), wrong);
    QString error;
    QVERIFY(!source.open(&error));
    QVERIFY2(error.contains(QLatin1StringView("Profile source 'crm'")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("password authentication failed")), qPrintable(error));
}

void TestSqlProfileSource::unknownFieldIsRefused()
{
    QString error;
    SqlProfileSource source(settings(), m_secrets);
    QVERIFY(source.open(&error));
    const std::optional<Segments::Rule> rule =
        Segments::parseRule(QStringLiteral("\"country\"\" = '' OR 1=1 --\" = 'x'"), &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(source.count(*rule, &error), -1);
    QVERIFY2(error.contains(QLatin1StringView("Unknown field")), qPrintable(error));
}

void TestSqlProfileSource::settingsLiveInTheWorkspace()
{
    QString error;
    ProfileSourceStore store(*m_workspace);
    QVERIFY2(store.save(settings(), &error), qPrintable(error));
    const std::optional<SqlSourceSettings> saved = store.find(QStringLiteral("crm"));
    QVERIFY(saved);
    QCOMPARE(saved->port, settings().port);
    QCOMPARE(saved->tableName, QStringLiteral("public.customers"));
    // The password is not in the workspace file.
    QFile file(m_workspace->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")).toUtf8()));
    // Reopened from the stored settings, the source works.
    SqlProfileSource source(*saved, m_secrets);
    QVERIFY2(source.open(&error), qPrintable(error));
    QCOMPARE(store.list(&error).size(), 1);
    QVERIFY(store.remove(QStringLiteral("crm"), &error));
    QVERIFY(!store.find(QStringLiteral("crm")));
}

void TestSqlProfileSource::segmentsOverTheSource()
{
    QString error;
    SqlSourceSettings crm = settings();
    crm.name = QStringLiteral("crm-segments");
    m_secrets.setSecret(crm.secretKey(), m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    QVERIFY2(ProfileSourceStore(*m_workspace).save(crm, &error), qPrintable(error));

    SourceSegments segments(*m_workspace, m_secrets);
    Workspace::Segment germany;
    QVERIFY2(segments.createRule(QStringLiteral("CRM Germany"), QStringLiteral("country = 'DE' and ltv >= 100"),
                                 crm.name, &germany, &error),
             qPrintable(error));
    QCOMPARE(germany.source, crm.name);
    Workspace::Segment high;
    QVERIFY2(segments.createRule(QStringLiteral("CRM high scores"), QStringLiteral("score >= 90"), crm.name, &high, &error),
             qPrintable(error));
    // Fields are the source's columns: the workspace's field names do not count.
    Workspace::Segment wrong;
    QVERIFY(!segments.createRule(QStringLiteral("CRM phones"), QStringLiteral("phone is not empty"), crm.name, &wrong, &error));
    QVERIFY2(error.contains(QLatin1StringView("phone")), qPrintable(error));
    QVERIFY(!Workspace::SegmentStore(*m_workspace).find(QStringLiteral("CRM phones")));
    QVERIFY(!segments.createRule(QStringLiteral("Elsewhere"), QStringLiteral("score >= 90"), QStringLiteral("nope"), &wrong, &error));
    QVERIFY2(error.contains(QLatin1StringView("No profile source named 'nope'")), qPrintable(error));

    // Counted inside PostgreSQL, equal to the same rules evaluated by the source directly.
    SqlProfileSource source(crm, m_secrets);
    QVERIFY(source.open(&error));
    const auto direct = [&](const QString &text) {
        return source.count(*Segments::parseRule(text, &error), &error);
    };
    const qint64 germanyCount = direct(QStringLiteral("country = 'DE' and ltv >= 100"));
    const qint64 highCount = direct(QStringLiteral("score >= 90"));
    const qint64 eitherCount = direct(QStringLiteral("country = 'DE' and ltv >= 100 or score >= 90"));
    QVERIFY(germanyCount > 0 && highCount > 0);
    QVERIFY(eitherCount < germanyCount + highCount); // some profiles are in both
    QCOMPARE(segments.memberCount(germany, &error), germanyCount);
    QCOMPARE(segments.unionCount({germany, high}, &error), eitherCount);
    QCOMPARE(source.rowCount(&error), qint64(kProfiles));
    QCOMPARE(segments.fields(crm.name, &error).size(), 6);

    // One export reads one place.
    const std::optional<Workspace::Segment> local = Workspace::SegmentStore(*m_workspace).find(QStringLiteral("s1"));
    QVERIFY(local);
    QVERIFY(!commonSource({germany, *local}, &error));
    QVERIFY2(error.contains(QLatin1StringView("profile source 'crm-segments'"))
                 && error.contains(QLatin1StringView("the workspace's profiles")),
             qPrintable(error));
    QCOMPARE(*commonSource({germany, high}, &error), crm.name);

    // The source stays while a segment uses it.
    QVERIFY(!ProfileSourceStore(*m_workspace).remove(crm.name, &error));
    QVERIFY2(error.contains(QLatin1StringView("used by segment 'CRM Germany'")), qPrintable(error));

    // A viewer may not define segments over it, nor add sources.
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("vera"), Workspace::Role::Viewer, &error));
    auto vera = Workspace::Workspace::open(m_workspace->path(), {QStringLiteral("vera"), 5000}, &error);
    QVERIFY2(vera, qPrintable(error));
    SourceSegments asViewer(*vera, m_secrets);
    QVERIFY(!asViewer.createRule(QStringLiteral("Vera's"), QStringLiteral("score >= 90"), crm.name, &wrong, &error));
    QVERIFY2(error.contains(QLatin1StringView("Viewer")), qPrintable(error));
    SqlSourceSettings other = crm;
    other.name = QStringLiteral("vera-source");
    QVERIFY(!ProfileSourceStore(*vera).save(other, &error));
    QVERIFY(!ProfileSourceStore(*vera).remove(crm.name, &error));
}

void TestSqlProfileSource::errorsNameTheWrongSetting()
{
    QString error;
    {
        MemorySecretProvider wrong;
        wrong.setSecret(settings().secretKey(), QStringLiteral("not the password"));
        SqlProfileSource source(settings(), wrong);
        QVERIFY(!source.open(&error));
        QVERIFY2(error.contains(QLatin1StringView("authentication failed for user 'abtest'")), qPrintable(error));
    }
    {
        SqlSourceSettings s = settings();
        s.tableName = QStringLiteral("public.no_such_table");
        SqlProfileSource source(s, m_secrets);
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.rowCount(&error), -1);
        QVERIFY2(error.contains(QLatin1StringView("no table or view named 'public.no_such_table'")), qPrintable(error));
    }
    {
        SqlSourceSettings s = settings();
        s.idColumn = QStringLiteral("client_number");
        SqlProfileSource source(s, m_secrets);
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.rowCount(&error), -1);
        QVERIFY2(error.contains(QLatin1StringView("the ID column 'client_number' is not in 'public.customers'")), qPrintable(error));
    }
    {
        SqlSourceSettings s = settings();
        s.databaseName = QStringLiteral("no_such_database");
        SqlProfileSource source(s, m_secrets);
        QVERIFY(!source.open(&error));
        QVERIFY2(error.contains(QLatin1StringView("the database 'no_such_database' does not exist")), qPrintable(error));
    }
    {
        SqlSourceSettings s = settings();
        s.port = 1; // nothing listens there
        SqlProfileSource source(s, m_secrets);
        QVERIFY(!source.open(&error));
        QVERIFY2(error.contains(QLatin1StringView("port 1 is unreachable")), qPrintable(error));
    }
}

void TestSqlProfileSource::memberSourceReadsTheUnionOnce()
{
    QString error;
    SqlSourceSettings crm = settings();
    crm.name = QStringLiteral("crm-export");
    QVERIFY2(ProfileSourceStore(*m_workspace).save(crm, &error), qPrintable(error));
    m_secrets.setSecret(crm.secretKey(), m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    SourceSegments segments(*m_workspace, m_secrets);
    Workspace::Segment germany, scores;
    QVERIFY2(segments.createRule(QStringLiteral("Export DE"), QStringLiteral("country = 'DE'"), crm.name, &germany, &error),
             qPrintable(error));
    QVERIFY2(segments.createRule(QStringLiteral("Export scores"), QStringLiteral("score < 30"), crm.name, &scores, &error),
             qPrintable(error));

    // Planned on this thread as the launcher does: one source, its settings, the password.
    Exporting::MemberSourcePlan plan;
    QVERIFY2(Exporting::planMemberSource(*m_workspace, {germany, scores}, &plan, &error), qPrintable(error));
    QVERIFY(plan.source);
    QCOMPARE(plan.source->tableName, crm.tableName);
    plan.password = m_env.value(QStringLiteral("PGFIXTURE_PASSWORD"));
    const std::unique_ptr<Exporting::MemberSource> members =
        Exporting::createMemberSource(plan, {}, {germany, scores}, {QStringLiteral("email"), QString(), QStringLiteral("name")});

    QStringList expected;
    QHash<QString, QByteArray> emails;
    for (int i = 0; i < kProfiles; ++i) {
        const Profile p = profileAt(i);
        if (p.country == QLatin1StringView("DE") || p.score < 30) {
            expected.append(p.id);
            emails.insert(p.id, p.email.toUtf8());
        }
    }
    QCOMPARE(members->count(), qint64(expected.size()));
    std::vector<Exporting::ProfileIdentifiers> rows;
    qint64 read = 0;
    int checked = 0;
    for (;;) {
        QVERIFY2(members->read(rows, 777), qPrintable(members->error()));
        if (rows.empty())
            break;
        QVERIFY(rows.size() <= 777);
        for (const Exporting::ProfileIdentifiers &row : rows) {
            // In ID order: the n-th row is the n-th expected ID's profile.
            QCOMPARE(row.values[0], emails.value(expected.at(read)));
            QVERIFY(row.values[1].isEmpty());
            ++read;
            ++checked;
        }
    }
    QCOMPARE(read, qint64(expected.size())); // each profile once, though some are in both segments
    QVERIFY(checked > 1000);

    // A wrong password stops the run with the source's authentication error.
    plan.password = QStringLiteral("wrong");
    const std::unique_ptr<Exporting::MemberSource> refused =
        Exporting::createMemberSource(plan, {}, {germany}, {QStringLiteral("email"), QString(), QString()});
    QCOMPARE(refused->count(), -1);
    QVERIFY(!refused->read(rows, 10));
    QVERIFY2(refused->error().contains(QLatin1StringView("authentication failed")), qPrintable(refused->error()));
}

void TestSqlProfileSource::brokenConnectionStopsTheRead()
{
    // The database connection dropped halfway through an export's read must fail the read, not
    // end it as if every member had been read (a mirror run would then remove the rest). The
    // table is large enough (2M rows, about 90 MB of answer) that most of it is still on the
    // server, not in the sockets' buffers, when the session ends.
    constexpr int kRows = 2000000;
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    admin.setHostName(settings().host);
    admin.setPort(settings().port);
    admin.setDatabaseName(settings().databaseName);
    admin.setUserName(settings().userName);
    admin.setPassword(m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    QSqlQuery sql(admin);
    QVERIFY2(sql.exec(QStringLiteral("CREATE TABLE big_customers AS SELECT 'C' || lpad(g::text, 8, '0') AS customer_id,"
                                     " md5(g::text) || '@example.com' AS email FROM generate_series(1, %1) g").arg(kRows)),
             qPrintable(sql.lastError().text()));

    QString error;
    SqlSourceSettings big = settings();
    big.name = QStringLiteral("crm-big");
    big.tableName = QStringLiteral("big_customers");
    QVERIFY2(ProfileSourceStore(*m_workspace).save(big, &error), qPrintable(error));
    m_secrets.setSecret(big.secretKey(), m_env.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    Workspace::Segment everyone;
    QVERIFY2(SourceSegments(*m_workspace, m_secrets)
                 .createRule(QStringLiteral("Everyone in the big table"), QStringLiteral("customer_id is not empty"), big.name,
                             &everyone, &error),
             qPrintable(error));
    Exporting::MemberSourcePlan plan;
    QVERIFY2(Exporting::planMemberSource(*m_workspace, {everyone}, &plan, &error), qPrintable(error));
    plan.password = m_env.value(QStringLiteral("PGFIXTURE_PASSWORD"));
    const std::unique_ptr<Exporting::MemberSource> members =
        Exporting::createMemberSource(plan, {}, {everyone}, {QStringLiteral("email"), QString(), QString()});
    std::vector<Exporting::ProfileIdentifiers> rows;
    QVERIFY2(members->read(rows, 100), qPrintable(members->error()));
    QCOMPARE(rows.size(), size_t(100));

    // An administrator (or a failover) ends the export's session on the server: the one client
    // session busy with a query, as the export's streaming query keeps it.
    QVERIFY2(sql.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                     " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'"
                                     " AND state = 'active'"))
                 && sql.next(),
             qPrintable(sql.lastError().text()));
    QCOMPARE(sql.value(0).toInt(), 1);

    qint64 read = qint64(rows.size());
    bool failed = false;
    for (;;) {
        if (!members->read(rows, 10000)) {
            failed = true;
            break;
        }
        if (rows.empty())
            break;
        read += qint64(rows.size());
    }
    QVERIFY(sql.exec(QStringLiteral("DROP TABLE big_customers")));
    sql = QSqlQuery();
    admin.close();
    admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));

    QVERIFY2(failed, qPrintable(QStringLiteral("the read ended normally after %1 of %2 profiles").arg(read).arg(kRows)));
    QVERIFY(read < kRows);
    QVERIFY2(members->error().contains(QLatin1StringView("crm-big")), qPrintable(members->error()));
    qDebug().noquote() << "after" << read << "profiles:" << members->error();
}

QTEST_GUILESS_MAIN(TestSqlProfileSource)
#include "tst_sqlprofilesource.moc"
