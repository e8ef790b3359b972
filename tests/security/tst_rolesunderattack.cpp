// Every forbidden action per role, tried through the real command line on a workspace with an
// administrator (alice), a contributor (carol), a viewer (victor) and someone who is not a user
// (mallory): each is refused with exit code 1 and a message naming the user, the role and the
// action, changes nothing, and is written to the workspace's audit log ("denied:<action>").
// The acting user is $AUDIENCEBRIDGE_USER (else the OS login name).
// Needs a Secret Service (connections keep their secrets in the keychain): registered to run
// under tests/snapchat/with-keyring.sh.

#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SecurityTest;

namespace {

struct AuditRow
{
    qint64 id = 0;
    QString who;
    QString action;
    QString target;
    QString details;
};

} // namespace

class TestRolesUnderAttack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void forbiddenActionIsRefusedAndAudited_data();
    void forbiddenActionIsRefusedAndAudited();
    void refusalsChangedNothing();
    void allowedActionsStillWork();

private:
    CliResult as(const QString &user, const QStringList &arguments, const QByteArray &input = {});
    QList<AuditRow> auditAfter(qint64 id);
    qint64 lastAuditId();
    QString workspacePath() const { return m_dir.filePath(QStringLiteral("roles.audiencebridge")); }

    QTemporaryDir m_dir;
    CliRunner m_cli;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

CliResult TestRolesUnderAttack::as(const QString &user, const QStringList &arguments,
                                   const QByteArray &input)
{
    QProcessEnvironment environment = m_cli.environment();
    environment.insert(QStringLiteral("AUDIENCEBRIDGE_USER"), user);
    CliRunner runner;
    runner.setEnvironment(environment);
    return user == QLatin1StringView("alice") && arguments.value(1) == QLatin1StringView("login")
        ? runner.login(arguments.value(2))
        : runner.run(arguments, input);
}

QList<AuditRow> TestRolesUnderAttack::auditAfter(qint64 id)
{
    QList<AuditRow> rows;
    const QString name = QStringLiteral("audit-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspacePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT id, who, action, target, details FROM audit_log WHERE id > ? ORDER BY id"));
            query.addBindValue(id);
            if (query.exec()) {
                while (query.next()) {
                    rows.append({ query.value(0).toLongLong(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString() });
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

qint64 TestRolesUnderAttack::lastAuditId()
{
    const QList<AuditRow> rows = auditAfter(0);
    return rows.isEmpty() ? 0 : rows.constLast().id;
}

void TestRolesUnderAttack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE"), workspacePath());
    for (const char *variable : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        environment.insert(QString::fromLatin1(variable),
                           m_dir.filePath(QString::fromLatin1(variable)));
    for (const char *variable : { "AUDIENCEBRIDGE_REFRESH_TOKEN", "AUDIENCEBRIDGE_CLIENT_SECRET",
                                  "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    m_cli.setEnvironment(environment);

    m_sandbox = std::make_unique<SandboxProcess>(QStringList {}, environment);
    QVERIFY2(!m_sandbox->url().isEmpty(), "the sandbox did not start");

    // alice creates the workspace, so she is its first administrator.
    CliResult r = as(QStringLiteral("alice"),
                     { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carol"),
                       QStringLiteral("--role"), QStringLiteral("contributor") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(QStringLiteral("alice"),
           { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("victor"),
             QStringLiteral("--role"), QStringLiteral("viewer") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(QStringLiteral("alice"), { QStringLiteral("users"), QStringLiteral("list") });
    QCOMPARE(r.out, QByteArray("alice\tadministrator\ncarol\tcontributor\nvictor\tviewer\n"));

    QFile csv(m_dir.filePath(QStringLiteral("profiles.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("customer_id,email\n");
    for (int i = 0; i < 20; ++i)
        csv.write("C" + QByteArray::number(i) + ",person" + QByteArray::number(i)
                  + "@example.com\n");
    csv.close();
    r = as(QStringLiteral("alice"),
           { QStringLiteral("profiles"), QStringLiteral("import"), csv.fileName(),
             QStringLiteral("--id-column"), QStringLiteral("customer_id") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(QStringLiteral("alice"),
           { QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("everyone"),
             QStringLiteral("--rule"), QStringLiteral("id is not empty") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // AdminOnly: administrators only (the default). Shared: contributors may use it.
    for (const QString &name : { QStringLiteral("AdminOnly"), QStringLiteral("Shared") }) {
        QStringList create { QStringLiteral("connections"),
                             QStringLiteral("create"),
                             name,
                             QStringLiteral("--client-id"),
                             QStringLiteral("sandbox-client-id"),
                             QStringLiteral("--client-secret-stdin"),
                             QStringLiteral("--api-url"),
                             m_sandbox->url(),
                             QStringLiteral("--accounts-url"),
                             m_sandbox->url() };
        if (name == QLatin1StringView("Shared"))
            create.append(QStringLiteral("--contributors"));
        r = as(QStringLiteral("alice"), create, "sandbox-client-secret\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = as(QStringLiteral("alice"),
               { QStringLiteral("connections"), QStringLiteral("login"), name });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = as(QStringLiteral("alice"),
               { QStringLiteral("exports"), QStringLiteral("create"),
                 name + QStringLiteral("Export"), QStringLiteral("--connection"), name,
                 QStringLiteral("--new-audience"), name + QStringLiteral(" list"),
                 QStringLiteral("--email-field"), QStringLiteral("email"),
                 QStringLiteral("--segment"), QStringLiteral("everyone") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestRolesUnderAttack::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestRolesUnderAttack::forbiddenActionIsRefusedAndAudited_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role"); // as the message names it
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("action"); // the audit log's name for it

    const QStringList createConnection { QStringLiteral("connections"),
                                         QStringLiteral("create"),
                                         QStringLiteral("Rogue"),
                                         QStringLiteral("--client-id"),
                                         QStringLiteral("x"),
                                         QStringLiteral("--client-secret-stdin"),
                                         QStringLiteral("--api-url"),
                                         QStringLiteral("http://127.0.0.1:9"),
                                         QStringLiteral("--accounts-url"),
                                         QStringLiteral("http://127.0.0.1:9") };
    const auto createExport = [](const QString &connection) {
        return QStringList { QStringLiteral("exports"),
                             QStringLiteral("create"),
                             QStringLiteral("Sneaky"),
                             QStringLiteral("--connection"),
                             connection,
                             QStringLiteral("--audience-id"),
                             QStringLiteral("123"),
                             QStringLiteral("--email-field"),
                             QStringLiteral("email"),
                             QStringLiteral("--segment"),
                             QStringLiteral("everyone") };
    };
    const auto run = [](const QString &name) {
        return QStringList { QStringLiteral("exports"), QStringLiteral("run"), name };
    };
    const QStringList login { QStringLiteral("connections"), QStringLiteral("login") };
    const QStringList users { QStringLiteral("users") };
    const QString contributor = QStringLiteral("contributor");
    const QString viewer = QStringLiteral("viewer");

    // A contributor: the connections' settings, the admin-only connection, the roles.
    QTest::newRow("contributor adds a connection")
        << "carol" << contributor << createConnection << "add_connection";
    QTest::newRow("contributor signs in an admin-only connection")
        << "carol" << contributor << login + QStringList { QStringLiteral("AdminOnly") }
        << "edit_connection";
    QTest::newRow("contributor signs in a shared connection")
        << "carol" << contributor << login + QStringList { QStringLiteral("Shared") }
        << "edit_connection";
    QTest::newRow("contributor creates an export on an admin-only connection")
        << "carol" << contributor << createExport(QStringLiteral("AdminOnly")) << "create_export";
    QTest::newRow("contributor runs an export of an admin-only connection")
        << "carol" << contributor << run(QStringLiteral("AdminOnlyExport")) << "run_export";
    QTest::newRow("contributor adds an administrator") << "carol" << contributor
                                                       << users
            + QStringList { QStringLiteral("add"), QStringLiteral("mallory"),
                            QStringLiteral("--role"), QStringLiteral("administrator") }
                                                       << "manage_users";
    QTest::newRow("contributor promotes themself") << "carol" << contributor
                                                   << users
            + QStringList { QStringLiteral("set-role"), QStringLiteral("carol"),
                            QStringLiteral("administrator") }
                                                   << "manage_users";
    QTest::newRow("contributor removes the administrator")
        << "carol" << contributor
        << users + QStringList { QStringLiteral("remove"), QStringLiteral("alice") }
        << "manage_users";

    // A viewer: only looks.
    QTest::newRow("viewer runs an export")
        << "victor" << viewer << run(QStringLiteral("SharedExport")) << "run_export";
    QTest::newRow("viewer runs an admin-only export")
        << "victor" << viewer << run(QStringLiteral("AdminOnlyExport")) << "run_export";
    QTest::newRow("viewer creates an export")
        << "victor" << viewer << createExport(QStringLiteral("Shared")) << "create_export";
    QTest::newRow("viewer adds a connection")
        << "victor" << viewer << createConnection << "add_connection";
    QTest::newRow("viewer signs in a connection")
        << "victor" << viewer << login + QStringList { QStringLiteral("Shared") }
        << "edit_connection";
    QTest::newRow("viewer lists connections")
        << "victor" << viewer
        << QStringList { QStringLiteral("connections"), QStringLiteral("list") }
        << "list_connections";
    QTest::newRow("viewer promotes themself") << "victor" << viewer
                                              << users
            + QStringList { QStringLiteral("set-role"), QStringLiteral("victor"),
                            QStringLiteral("administrator") }
                                              << "manage_users";
    QTest::newRow("viewer adds a user") << "victor" << viewer
                                        << users
            + QStringList { QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--role"),
                            QStringLiteral("contributor") }
                                        << "manage_users";
    QTest::newRow("viewer creates a segment")
        << "victor" << viewer
        << QStringList { QStringLiteral("segments"), QStringLiteral("create"),
                         QStringLiteral("mine"), QStringLiteral("--rule"),
                         QStringLiteral("id is not empty") }
        << "manage_segments";

    // Not a user of the workspace at all.
    // Not even allowed to look at the exports.
    QTest::newRow("outsider runs an export")
        << "mallory"
        << "not a user" << run(QStringLiteral("SharedExport")) << "view_exports";
    QTest::newRow("outsider makes themself administrator") << "mallory"
                                                           << "not a user"
                                                           << users
            + QStringList { QStringLiteral("add"), QStringLiteral("mallory"),
                            QStringLiteral("--role"), QStringLiteral("administrator") }
                                                           << "manage_users";
}

void TestRolesUnderAttack::forbiddenActionIsRefusedAndAudited()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QStringList, arguments);
    QFETCH(QString, action);

    const qint64 before = lastAuditId();
    const CliResult result = as(user, arguments, "stolen-secret\n");
    const QString message = QString::fromUtf8(result.err).trimmed();
    // The documented exit code of a command that ran and was refused.
    QVERIFY2(result.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(message)));
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    // One line that says who, in which role, may not do what.
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY2(message.contains(QLatin1Char('\'') + user + QLatin1Char('\'')), qPrintable(message));
    QVERIFY2(message.contains(role, Qt::CaseInsensitive), qPrintable(message));
    if (role != QLatin1StringView("not a user")) {
        // It names what was refused: "run_export" -> "... may not run exports".
        QString thing = action.section(QLatin1Char('_'), -1);
        if (thing.endsWith(QLatin1Char('s')))
            thing.chop(1);
        QVERIFY2(message.contains(thing), qPrintable(message));
    }

    const QList<AuditRow> rows = auditAfter(before);
    QVERIFY2(rows.size() == 1, qPrintable(QStringLiteral("%1 new audit rows").arg(rows.size())));
    QCOMPARE(rows[0].who, user);
    QCOMPARE(rows[0].action, QStringLiteral("denied:") + action);
    QCOMPARE(rows[0].details, message);
    QVERIFY(!rows[0].target.isEmpty());
}

void TestRolesUnderAttack::refusalsChangedNothing()
{
    CliResult r = as(QStringLiteral("alice"), { QStringLiteral("users"), QStringLiteral("list") });
    QCOMPARE(r.out, QByteArray("alice\tadministrator\ncarol\tcontributor\nvictor\tviewer\n"));
    r = as(QStringLiteral("alice"), { QStringLiteral("connections"), QStringLiteral("list") });
    QCOMPARE(r.out.count('\n'), 3); // header, AdminOnly, Shared
    QVERIFY2(r.out.contains("AdminOnly\tsnapchat\tadministrators\talice\t"), r.out.constData());
    r = as(QStringLiteral("alice"), { QStringLiteral("exports"), QStringLiteral("list") });
    QCOMPARE(r.out.count('\n'), 3);
    QVERIFY(!r.out.contains("Sneaky"));
    r = as(QStringLiteral("alice"), { QStringLiteral("runs"), QStringLiteral("list") });
    QVERIFY2(r.out.count('\n') <= 1, r.out.constData()); // no run was started
    r = as(QStringLiteral("alice"), { QStringLiteral("segments"), QStringLiteral("list") });
    QVERIFY(!r.out.contains("mine"));
    // Every refusal is in the log, with who and why.
    const QList<AuditRow> rows = auditAfter(0);
    int denied = 0;
    for (const AuditRow &row : rows)
        denied += row.action.startsWith(QLatin1StringView("denied:")) ? 1 : 0;
    QCOMPARE(denied, 19);
}

void TestRolesUnderAttack::allowedActionsStillWork()
{
    // The refusals come from the roles, not from a broken setup: what each role may do, it does.
    CliResult r
        = as(QStringLiteral("carol"),
             { QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("SharedExport") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(QStringLiteral("carol"), { QStringLiteral("connections"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0 && r.out.contains("Shared") && !r.out.contains("AdminOnly"),
             r.out.constData());
    r = as(QStringLiteral("alice"),
           { QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("AdminOnlyExport") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(QStringLiteral("victor"), { QStringLiteral("runs"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0 && r.out.count('\n') == 3, r.out.constData());
}

QTEST_GUILESS_MAIN(TestRolesUnderAttack)
#include "tst_rolesunderattack.moc"
