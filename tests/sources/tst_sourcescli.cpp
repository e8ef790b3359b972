// A profile source end to end through the real `audiencebridge` executable: 20,000 generated
// profiles in a real PostgreSQL server (the postgres fixture), `sources add` with the password on
// standard input (kept in a real, private keyring), `sources check`, segments defined over the
// source and counted there (compared with COUNT(*) run by psql), and an export of two of them to
// a sandbox subprocess: its audience must hold exactly the hashes that `audiencebridge hash`
// computes from the matching profiles' values, and a second run sends nothing.
// Registered to run under tests/snapchat/with-keyring.sh.

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace {

constexpr int kProfiles = 20000;
constexpr int kTimeoutMs = 120000;
const QString kTable = QStringLiteral("cli_customers"); // beside tst_sqlprofilesource's table

// schema name (EMAIL_SHA256, ...) -> lowercase hex digests
using HashSets = std::map<QString, QSet<QByteArray>>;

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSourcesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addAndCheckSource();
    void checkNamesTheWrongSetting();
    void segmentsAreCountedInPostgres();
    void exportSendsExactlyTheMatchingProfiles();
    void secondRunSendsNothing();
    void sourceInUseIsNotRemoved();
    void editChecksTheSourceColumns();
    void viewersOnlyLook();

private:
    CliResult run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = {});
    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(QStringLiteral(AB_EXECUTABLE), arguments, input);
    }
    CliResult psql(const QString &sql);
    QStringList addSource(const QString &name, const QString &table, const QString &idColumn,
                          const QString &password);
    void startSandboxAndSignIn();
    HashSets hashed(const QString &countriesPattern) const;
    HashSets audience(const QString &audienceId) const;

    QHash<QString, QString> m_pg;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QList<QList<QByteArray>> m_rows; // the CSV rows
    QList<QByteArray> m_header;
    QProcess m_sandbox;
    QString m_sandboxUrl;
    QString m_audience;
    qint64 m_unionCount = 0;
};

CliResult TestSourcesCli::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                              const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? m_environment : environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out: " + arguments.join(QLatin1Char(' ')).toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult TestSourcesCli::psql(const QString &sql)
{
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("PGPASSWORD"), m_pg.value(QStringLiteral("PGFIXTURE_PASSWORD")));
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                m_pg.value(QStringLiteral("PGFIXTURE_HOST")), QStringLiteral("-p"), m_pg.value(QStringLiteral("PGFIXTURE_PORT")),
                QStringLiteral("-U"), m_pg.value(QStringLiteral("PGFIXTURE_USER")), QStringLiteral("-d"),
                m_pg.value(QStringLiteral("PGFIXTURE_DATABASE")), QStringLiteral("-c"), sql},
               {}, environment);
}

void TestSourcesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile env(QStringLiteral(AB_PG_FIXTURE_ENV));
    QVERIFY2(env.open(QIODevice::ReadOnly), "the postgres fixture did not start (tst_postgres_start)");
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            m_pg.insert(line.left(eq), line.mid(eq + 1));
    }
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE"), m_dir.filePath(QStringLiteral("ws.audiencebridge")));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        m_environment.insert(QString::fromLatin1(variable), m_dir.filePath(QString::fromLatin1(variable)));
    for (const char *variable : {"AUDIENCEBRIDGE_REFRESH_TOKEN", "AUDIENCEBRIDGE_CLIENT_SECRET",
                                 "AUDIENCEBRIDGE_SOURCE_PASSWORD", "PGPASSWORD", "PGPASSFILE", "DISPLAY", "WAYLAND_DISPLAY"})
        m_environment.remove(QString::fromLatin1(variable));
    m_environment.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));

    // 20,000 generated profiles, loaded into PostgreSQL with COPY (through psql).
    const QString csv = m_dir.filePath(QStringLiteral("profiles.csv"));
    CliResult result = cli({QStringLiteral("profiles"), QStringLiteral("generate"), QStringLiteral("--count"),
                            QString::number(kProfiles), csv});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_header = file.readLine().trimmed().split(',');
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        line.chop(line.endsWith('\n') ? 1 : 0);
        m_rows.append(line.split(',')); // the generator writes no quoted fields
        QCOMPARE(m_rows.constLast().size(), m_header.size());
    }
    QCOMPARE(m_rows.size(), kProfiles);
    QStringList columns;
    for (const QByteArray &name : std::as_const(m_header))
        columns.append(QString::fromLatin1(name) + QStringLiteral(" text"));
    columns.first() += QStringLiteral(" PRIMARY KEY");
    result = psql(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1(%2)").arg(kTable, columns.join(QStringLiteral(", "))));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = psql(QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv, HEADER true)").arg(kTable, csv));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = psql(QStringLiteral("SELECT count(*) FROM %1").arg(kTable));
    QCOMPARE(result.out.trimmed(), QByteArray::number(kProfiles));
}

void TestSourcesCli::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }
    psql(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTable));
}

QStringList TestSourcesCli::addSource(const QString &name, const QString &table, const QString &idColumn,
                                      const QString &password)
{
    return {QStringLiteral("sources"), QStringLiteral("add"), name, QStringLiteral("--host"),
            m_pg.value(QStringLiteral("PGFIXTURE_HOST")), QStringLiteral("--port"), m_pg.value(QStringLiteral("PGFIXTURE_PORT")),
            QStringLiteral("--user"), m_pg.value(QStringLiteral("PGFIXTURE_USER")), QStringLiteral("--database"),
            m_pg.value(QStringLiteral("PGFIXTURE_DATABASE")), QStringLiteral("--table"), table,
            QStringLiteral("--id-column"), idColumn, password.isEmpty() ? QStringLiteral("--driver=QPSQL") : QStringLiteral("--password-stdin")};
}

void TestSourcesCli::addAndCheckSource()
{
    const QString password = m_pg.value(QStringLiteral("PGFIXTURE_PASSWORD"));
    CliResult result = cli(addSource(QStringLiteral("crm"), kTable, QStringLiteral("customer_id"), password),
                           password.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Added profile source 'crm'"), result.out.constData());

    result = cli({QStringLiteral("sources"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QByteArray server = (m_pg.value(QStringLiteral("PGFIXTURE_HOST")) + QLatin1Char(':')
                               + m_pg.value(QStringLiteral("PGFIXTURE_PORT")) + QLatin1Char('/')
                               + m_pg.value(QStringLiteral("PGFIXTURE_DATABASE"))).toUtf8();
    QCOMPARE(result.out, QByteArray("NAME\tDRIVER\tSERVER\tTABLE\tID COLUMN\ncrm\tQPSQL\t" + server + '\t' + kTable.toUtf8()
                                    + "\tcustomer_id\n"));
    // The password is in the keychain only: not in the workspace file, not in any output.
    QFile workspace(m_environment.value(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE")));
    QVERIFY(workspace.open(QIODevice::ReadOnly));
    QVERIFY(!workspace.readAll().contains(password.toUtf8()));
    QVERIFY(!result.out.contains(password.toUtf8()));

    // Check reads the password back from the keychain and the table from PostgreSQL.
    result = cli({QStringLiteral("sources"), QStringLiteral("check"), QStringLiteral("crm")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Rows: 20000\n"), result.out.constData());
    QVERIFY2(result.out.contains(QByteArray("Columns: " + m_header.join(", ") + '\n')), result.out.constData());
    QVERIFY2(result.out.contains("ID column: customer_id\n"), result.out.constData());

    for (const char *sub : {"add", "list", "check", "remove"}) {
        result = cli({QStringLiteral("sources"), QString::fromLatin1(sub), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QByteArray("Usage: audiencebridge sources " + QByteArray(sub))));
    }
    result = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--table"), QStringLiteral("t")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--database is required"), result.err.constData());
}

void TestSourcesCli::checkNamesTheWrongSetting()
{
    const QString password = m_pg.value(QStringLiteral("PGFIXTURE_PASSWORD"));
    struct Case {
        QString name, table, idColumn, password;
        QByteArray expected;
    };
    const QList<Case> cases{
        {QStringLiteral("wrong-password"), kTable, QStringLiteral("customer_id"), QStringLiteral("not-the-password"),
         "authentication failed for user 'abtest'"},
        {QStringLiteral("no-password"), kTable, QStringLiteral("customer_id"), QString(),
         "authentication failed for user 'abtest'"},
        {QStringLiteral("missing-table"), QStringLiteral("no_such_table"), QStringLiteral("customer_id"), password,
         "no table or view named 'no_such_table'"},
        {QStringLiteral("missing-id"), kTable, QStringLiteral("client_number"), password,
         "the ID column 'client_number' is not in '" + kTable.toUtf8() + "'"},
    };
    for (const Case &c : cases) {
        CliResult result = cli(addSource(c.name, c.table, c.idColumn, c.password), c.password.toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = cli({QStringLiteral("sources"), QStringLiteral("check"), c.name});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(c.expected), result.err.constData());
        QVERIFY(!result.err.contains(password.toUtf8()));
        result = cli({QStringLiteral("sources"), QStringLiteral("remove"), c.name});
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
    // An unreachable server names host and port.
    QStringList unreachable = addSource(QStringLiteral("unreachable"), kTable, QStringLiteral("customer_id"), password);
    unreachable[unreachable.indexOf(QStringLiteral("--port")) + 1] = QStringLiteral("1");
    QCOMPARE(cli(unreachable, password.toUtf8() + '\n').exitCode, 0);
    CliResult result = cli({QStringLiteral("sources"), QStringLiteral("check"), QStringLiteral("unreachable")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("port 1 is unreachable"), result.err.constData());
    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("unreachable")}).exitCode, 0);
    result = cli({QStringLiteral("sources"), QStringLiteral("check"), QStringLiteral("unreachable")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("No profile source named 'unreachable'"), result.err.constData());
}

void TestSourcesCli::segmentsAreCountedInPostgres()
{
    CliResult result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("CRM Germany"),
                            QStringLiteral("--rule"), QStringLiteral("country = 'DE'"), QStringLiteral("--source"), QStringLiteral("crm")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("CRM DACH-FR"), QStringLiteral("--rule"),
                  QStringLiteral("country in ('DE', 'FR') and email is not empty"), QStringLiteral("--source"), QStringLiteral("crm")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // Fields are the source's columns.
    result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Bad"), QStringLiteral("--rule"),
                  QStringLiteral("loyalty >= 3"), QStringLiteral("--source"), QStringLiteral("crm")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Unknown field 'loyalty'"), result.err.constData());
    result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Bad"), QStringLiteral("--list"),
                  QStringLiteral("ids.csv"), QStringLiteral("--source"), QStringLiteral("crm")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--source goes with --rule only"), result.err.constData());
    // A segment of the workspace's own (empty) profiles, beside them.
    result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Local"), QStringLiteral("--rule"),
                  QStringLiteral("id is not empty")});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    const QByteArray germany = psql(QStringLiteral("SELECT count(*) FROM %1 WHERE country = 'DE'").arg(kTable)).out.trimmed();
    const QByteArray dachFr = psql(QStringLiteral("SELECT count(*) FROM %1 WHERE country IN ('DE', 'FR')"
                                                  " AND trim(coalesce(email, '')) <> ''").arg(kTable)).out.trimmed();
    const QByteArray either = psql(QStringLiteral("SELECT count(*) FROM %1 WHERE country = 'DE' OR (country IN ('DE', 'FR')"
                                                  " AND trim(coalesce(email, '')) <> '')").arg(kTable)).out.trimmed();
    QVERIFY(germany.toInt() > 1000 && dachFr.toInt() > germany.toInt() / 2);
    m_unionCount = either.toLongLong();
    QVERIFY(m_unionCount < germany.toLongLong() + dachFr.toLongLong()); // they overlap
    result = cli({QStringLiteral("segments"), QStringLiteral("list")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray("NAME\tSOURCE\tMEMBERS\tDEFINITION\n"
                                    "CRM DACH-FR\tcrm\t" + dachFr + "\tcountry in ('DE', 'FR') and email is not empty\n"
                                    "CRM Germany\tcrm\t" + germany + "\tcountry = 'DE'\n"
                                    "Local\t-\t0\tid is not empty\n"));
}

void TestSourcesCli::startSandboxAndSignIn()
{
    m_sandbox.setProcessEnvironment(m_environment);
    m_sandbox.start(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                                                    QStringLiteral("--state"), m_dir.filePath(QStringLiteral("sandbox.tsv"))});
    const QDeadlineTimer started(10000);
    while (!m_sandbox.canReadLine() && !started.hasExpired() && m_sandbox.state() != QProcess::NotRunning)
        m_sandbox.waitForReadyRead(100);
    const QByteArray line = m_sandbox.readLine().trimmed();
    QVERIFY2(line.startsWith("listening "), line.constData());
    m_sandboxUrl = QString::fromLatin1(line.mid(10));

    CliResult result = cli({QStringLiteral("connections"), QStringLiteral("create"), QStringLiteral("Sandbox"),
                            QStringLiteral("--client-id"), QStringLiteral("sandbox-client-id"), QStringLiteral("--client-secret-stdin"),
                            QStringLiteral("--api-url"), m_sandboxUrl, QStringLiteral("--accounts-url"), m_sandboxUrl},
                           "sandbox-client-secret\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // Sign in: follow the printed address as a browser would (the sandbox approves at once).
    QProcess login;
    login.setProcessEnvironment(m_environment);
    login.start(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("connections"), QStringLiteral("login"), QStringLiteral("Sandbox")});
    QByteArray err;
    QString address;
    const QDeadlineTimer deadline(15000);
    while (address.isEmpty() && !deadline.hasExpired() && login.state() != QProcess::NotRunning) {
        login.waitForReadyRead(100);
        err += login.readAllStandardError();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^(http\\S+)$"), QRegularExpression::MultilineOption).match(QString::fromUtf8(err));
        if (match.hasMatch())
            address = match.captured(1);
    }
    QVERIFY2(!address.isEmpty(), err.constData());
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(address))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QVERIFY2(login.state() == QProcess::NotRunning || login.waitForFinished(15000), "connections login did not finish");
    err += login.readAllStandardError();
    QVERIFY2(login.exitCode() == 0, err.constData());
}

// The hashes `audiencebridge hash` computes from the profiles of the given countries that have an
// email (the export's segments), independently of the export.
HashSets TestSourcesCli::hashed(const QString &countriesPattern) const
{
    const QRegularExpression countries(countriesPattern);
    const auto column = [this](const char *name) { return m_header.indexOf(QByteArray(name)); };
    const qsizetype country = column("country"), email = column("email");
    const std::map<QString, std::pair<qsizetype, QStringList>> schemas{
        {QStringLiteral("EMAIL_SHA256"), {email, {QStringLiteral("--type"), QStringLiteral("email")}}},
        {QStringLiteral("PHONE_SHA256"), {column("phone"), {QStringLiteral("--type"), QStringLiteral("phone"),
                                                            QStringLiteral("--default-region"), QStringLiteral("DE")}}},
        {QStringLiteral("MOBILE_AD_ID_SHA256"), {column("mobile_ad_id"), {QStringLiteral("--type"), QStringLiteral("maid")}}},
    };
    HashSets sets;
    for (const auto &[schema, how] : schemas) {
        QByteArray input;
        for (const QList<QByteArray> &row : m_rows) {
            const bool inDe = row[country] == "DE";
            const bool inDachFr = countries.match(QString::fromUtf8(row[country])).hasMatch() && !row[email].trimmed().isEmpty();
            if ((inDe || inDachFr) && !row[how.first].isEmpty())
                input += row[how.first] + '\n';
        }
        QProcess process;
        process.start(QStringLiteral(AB_EXECUTABLE), QStringList{QStringLiteral("hash")} + how.second);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(kTimeoutMs))
            return {};
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 2 && !line.startsWith('!'))
                sets[schema].insert(fields[1].toLower());
        }
    }
    return sets;
}

HashSets TestSourcesCli::audience(const QString &audienceId) const
{
    HashSets sets;
    QFile file(m_dir.filePath(QStringLiteral("sandbox.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return sets;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() == 4 && fields[0] == "hash" && fields[1] == audienceId.toLatin1())
            sets[QString::fromLatin1(fields[2])].insert(fields[3].toLower());
    }
    return sets;
}

void TestSourcesCli::exportSendsExactlyTheMatchingProfiles()
{
    QVERIFY(m_unionCount > 0);
    startSandboxAndSignIn();
    if (QTest::currentTestFailed())
        return;
    const auto create = [this](const QString &name, const QStringList &segments, const QString &emailField) {
        QStringList arguments{QStringLiteral("exports"), QStringLiteral("create"), name, QStringLiteral("--connection"),
                              QStringLiteral("Sandbox"), QStringLiteral("--new-audience"), name + QStringLiteral(" list"),
                              QStringLiteral("--email-field"), emailField, QStringLiteral("--phone-field"), QStringLiteral("phone"),
                              QStringLiteral("--default-region"), QStringLiteral("DE"), QStringLiteral("--maid-field"),
                              QStringLiteral("mobile_ad_id")};
        for (const QString &segment : segments)
            arguments << QStringLiteral("--segment") << segment;
        return cli(arguments);
    };
    // One export reads one place, and its fields are the source's columns.
    CliResult result = create(QStringLiteral("Mixed"), {QStringLiteral("CRM Germany"), QStringLiteral("Local")}, QStringLiteral("email"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("must read the same profiles"), result.err.constData());
    result = create(QStringLiteral("Misnamed"), {QStringLiteral("CRM Germany")}, QStringLiteral("e_mail"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("--email-field: profile source 'crm' has no column 'e_mail'"), result.err.constData());

    result = create(QStringLiteral("CRM export"), {QStringLiteral("CRM Germany"), QStringLiteral("CRM DACH-FR")}, QStringLiteral("email"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\(([^()]+)\\)\\.\\n")).match(QString::fromUtf8(result.out));
    QVERIFY2(match.hasMatch(), result.out.constData());
    m_audience = match.captured(1);

    result = cli({QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("CRM export"), QStringLiteral("--json"),
                  QStringLiteral("--batch-size"), QStringLiteral("2000")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    // Each profile once, though most are in both segments.
    QCOMPARE(summary.value(QLatin1StringView("profiles")).toInteger(), m_unionCount);

    const HashSets expected = hashed(QStringLiteral("^(DE|FR)$"));
    QCOMPARE(expected.size(), size_t(3));
    QVERIFY(expected.at(QStringLiteral("EMAIL_SHA256")).size() > m_unionCount * 8 / 10);
    const QJsonObject schemas = summary.value(QLatin1StringView("schemas")).toObject();
    for (const auto &[schema, hashes] : expected)
        QCOMPARE(schemas.value(schema).toObject().value(QLatin1StringView("uploaded")).toInteger(), qint64(hashes.size()));
    // The sandbox saves its state as requests arrive: the audience is exactly the expected set.
    HashSets actual;
    const QDeadlineTimer deadline(10000);
    do {
        actual = audience(m_audience);
        if (actual == expected)
            break;
        QTest::qWait(100);
    } while (!deadline.hasExpired());
    for (const auto &[schema, hashes] : expected)
        QVERIFY2(actual[schema] == hashes, qPrintable(QStringLiteral("%1: expected %2, sandbox has %3")
                                                          .arg(schema).arg(hashes.size()).arg(actual[schema].size())));
    QCOMPARE(actual.size(), expected.size());
}

void TestSourcesCli::secondRunSendsNothing()
{
    QVERIFY(!m_audience.isEmpty());
    const HashSets before = audience(m_audience);
    const CliResult result = cli({QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("CRM export"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(summary.value(QLatin1StringView("profiles")).toInteger(), m_unionCount);
    const QJsonObject schemas = summary.value(QLatin1StringView("schemas")).toObject();
    QCOMPARE(schemas.size(), 3);
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        QCOMPARE(it.value().toObject().value(QLatin1StringView("uploaded")).toInteger(), 0);
        QVERIFY(it.value().toObject().value(QLatin1StringView("already_in_audience")).toInteger() > 0);
    }
    QCOMPARE(audience(m_audience), before);
}

void TestSourcesCli::sourceInUseIsNotRemoved()
{
    CliResult result = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("crm")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Profile source 'crm' is used by segment 'CRM DACH-FR'"), result.err.constData());
    result = cli({QStringLiteral("sources"), QStringLiteral("list")});
    QVERIFY(result.out.contains("\ncrm\tQPSQL\t"));
}

void TestSourcesCli::editChecksTheSourceColumns()
{
    CliResult result = cli({QStringLiteral("segments"), QStringLiteral("edit"), QStringLiteral("CRM Germany"),
                            QStringLiteral("--rule"), QStringLiteral("country = 'GB'")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray britain = psql(QStringLiteral("SELECT count(*) FROM %1 WHERE country = 'GB'").arg(kTable)).out.trimmed();
    QVERIFY(britain.toInt() > 1000);
    QCOMPARE(result.out, QByteArray("Changed segment 'CRM Germany': country = 'GB'\nMembers: " + britain + '\n'));
    result = cli({QStringLiteral("segments"), QStringLiteral("edit"), QStringLiteral("CRM Germany"), QStringLiteral("--rule"),
                  QStringLiteral("loyalty >= 3")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Unknown field 'loyalty'"), result.err.constData());
    result = cli({QStringLiteral("segments"), QStringLiteral("list")});
    QVERIFY2(result.out.contains(QByteArray("\nCRM Germany\tcrm\t" + britain + "\tcountry = 'GB'\n")), result.out.constData());
    // A workspace segment is checked against the workspace's profiles, as before.
    result = cli({QStringLiteral("segments"), QStringLiteral("edit"), QStringLiteral("Local"), QStringLiteral("--rule"),
                  QStringLiteral("country = 'GB'")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Unknown field 'country'"), result.err.constData());
    result = cli({QStringLiteral("segments"), QStringLiteral("edit"), QStringLiteral("Nowhere"), QStringLiteral("--rule"),
                  QStringLiteral("id = '1'")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("No segment named 'Nowhere'"), result.err.constData());
}

void TestSourcesCli::viewersOnlyLook()
{
    QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("vera"), QStringLiteral("--role"),
                  QStringLiteral("viewer")}).exitCode, 0);
    QProcessEnvironment asVera = m_environment;
    asVera.insert(QStringLiteral("AUDIENCEBRIDGE_USER"), QStringLiteral("vera"));
    const QString password = m_pg.value(QStringLiteral("PGFIXTURE_PASSWORD"));
    CliResult result = run(QStringLiteral(AB_EXECUTABLE), addSource(QStringLiteral("veras"), kTable, QStringLiteral("customer_id"), password),
                           password.toUtf8() + '\n', asVera);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Viewers only look: 'vera' may not"), result.err.constData());
    result = run(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("Vera's"),
                                                 QStringLiteral("--rule"), QStringLiteral("country = 'DE'"), QStringLiteral("--source"),
                                                 QStringLiteral("crm")},
                 {}, asVera);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Viewers only look: 'vera' may not"), result.err.constData());
    result = run(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("crm")}, {}, asVera);
    QCOMPARE(result.exitCode, 1);
    // Looking is allowed.
    result = run(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("sources"), QStringLiteral("list")}, {}, asVera);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("\ncrm\tQPSQL\t"));
    QVERIFY(!result.out.contains("veras"));
}

QTEST_GUILESS_MAIN(TestSourcesCli)
#include "tst_sourcescli.moc"
