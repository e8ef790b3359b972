// What the program leaves on disk: a whole command-line session against a sandbox subprocess —
// import known profiles, add a connection with a known client secret, sign in, run an export to
// the end with debug logging on, run a second one killed with SIGKILL halfway and resume it — and
// then every file it could have written is searched for the raw emails and phones, the client
// secret and every access and refresh token the sandbox issued. None may be there.
//
// Where it looks: the session's HOME and XDG folders (settings, caches, data, runtime), its
// TMPDIR, its working folder, the workspace folder and the captured stdout and stderr of every
// command. Two exceptions, both deliberate:
//  - the workspace's `profiles` table holds the user's own imported profiles, raw emails and
//    phones included: that is the data the user asked to keep. The workspace's other tables are
//    read row by row (every table but `profiles`) and must not hold a raw identifier; the
//    workspace's files, as bytes, must not hold the secret or a token.
//  - GNOME Keyring's files (`keyrings/`) are where the secret and the refresh token belong. The
//    keyring daemon runs outside this session's folders; any `keyrings` folder met is skipped.
// Needs a Secret Service: registered to run under tests/snapchat/with-keyring.sh.

#include "clirunner.h"

#include <identity/identifierhasher.h>

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace SecurityTest;

namespace {

constexpr int kProfiles = 3000;
constexpr auto kClientSecret = "Kx9-client-secret-7f3Qa2Lm8Zt4Wv1";
constexpr auto kEmailDomain = "secret-mail.example";

// What a search found: "path: what".
using Findings = QStringList;

// Searches bytes (lowercased first) for the raw identifiers and secrets of this test.
class LeakScanner
{
public:
    void addEmail(const QByteArray &email) { m_emails.insert(email.toLower()); }
    // The phone's national significant number (E.164 without the country code): found in every
    // way of writing it, "+49 1512 …", "01512 …", "+491512…" and "491512…".
    void addPhone(const QByteArray &nationalNumber) { m_phones.insert(nationalNumber); }
    void addSecret(const QByteArray &secret, const QString &what)
    {
        m_secrets.append({ secret.toLower(), what });
    }
    int secretCount() const { return int(m_secrets.size()); }

    Findings scan(QByteArray bytes, bool identifiers = true, bool secrets = true) const
    {
        Findings found;
        bytes = bytes.toLower();
        if (secrets) {
            for (const auto &[secret, what] : m_secrets) {
                if (bytes.contains(secret))
                    found.append(what);
            }
        }
        if (!identifiers)
            return found;
        // Any piece of a raw email: they all share a domain used nowhere else.
        if (bytes.contains(kEmailDomain))
            found.append(QStringLiteral("the raw email domain '%1' (%2)")
                             .arg(QLatin1StringView(kEmailDomain), firstEmailIn(bytes)));
        else if (const QString email = firstEmailIn(bytes); !email.isEmpty())
            found.append(QStringLiteral("raw email %1").arg(email));
        if (const QString phone = firstPhoneIn(bytes); !phone.isEmpty())
            found.append(QStringLiteral("raw phone %1").arg(phone));
        return found;
    }

private:
    static bool isEmailChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%'
            || c == '+' || c == '-';
    }

    QString firstEmailIn(const QByteArray &bytes) const
    {
        for (qsizetype at = bytes.indexOf('@'); at >= 0; at = bytes.indexOf('@', at + 1)) {
            qsizetype begin = at;
            while (begin > 0 && isEmailChar(bytes[begin - 1]))
                --begin;
            qsizetype end = at + 1;
            while (end < bytes.size() && isEmailChar(bytes[end]))
                ++end;
            const QByteArray candidate = bytes.mid(begin, end - begin);
            if (m_emails.contains(candidate))
                return QString::fromLatin1(candidate);
        }
        return {};
    }

    QString firstPhoneIn(const QByteArray &bytes) const
    {
        // Runs of digits, spaces, '+' and '-', with the separators dropped; every 11-digit window.
        QByteArray digits;
        const auto check = [this, &digits]() -> QString {
            for (qsizetype i = 0; i + 11 <= digits.size(); ++i) {
                if (m_phones.contains(digits.mid(i, 11)))
                    return QString::fromLatin1(digits.mid(i, 11));
            }
            return {};
        };
        for (const char c : bytes) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '+' && c != '-') {
                if (digits.size() >= 11) {
                    if (const QString found = check(); !found.isEmpty())
                        return found;
                }
                digits.clear();
            }
        }
        return digits.size() >= 11 ? check() : QString();
    }

    QSet<QByteArray> m_emails;
    QSet<QByteArray> m_phones;
    QList<std::pair<QByteArray, QString>> m_secrets;
};

bool isWorkspaceFile(const QString &path, const QString &workspace)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        if (path == workspace + QLatin1StringView(suffix))
            return true;
    }
    return false;
}

} // namespace

class TestSecretsOnDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchFindsWhatItLooksFor();
    void noFileHoldsASecretOrRawIdentifier();
    void workspaceTablesHoldNoRawIdentifier();
    void workspaceFilesHoldNoSecretOrToken();

private:
    void writeProfiles(const QString &csv);
    void runSession();
    void readIssuedTokens();
    QString workspacePath() const
    {
        return m_run.filePath(QStringLiteral("workspace/customers.audiencebridge"));
    }

    QTemporaryDir m_root;
    QDir m_run; // everything the session could write to
    QDir m_outside; // the input CSV and the sandbox's own files: not the program's output
    CliRunner m_cli;
    LeakScanner m_scanner;
    int m_validEmails = 0;
    int m_validPhones = 0;
    QStringList m_accessTokens;
    QStringList m_refreshTokens;
};

void TestSecretsOnDisk::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_run = QDir(m_root.filePath(QStringLiteral("session")));
    m_outside = QDir(m_root.filePath(QStringLiteral("outside")));
    const QStringList folders { QStringLiteral("home"),      QStringLiteral("config"),
                                QStringLiteral("data"),      QStringLiteral("cache"),
                                QStringLiteral("state"),     QStringLiteral("runtime"),
                                QStringLiteral("tmp"),       QStringLiteral("cwd"),
                                QStringLiteral("workspace"), QStringLiteral("logs") };
    for (const QString &folder : folders)
        QVERIFY(m_run.mkpath(folder));
    QVERIFY(QFile::setPermissions(m_run.filePath(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(m_outside.mkpath(QStringLiteral(".")));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_run.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_run.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_run.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_run.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), m_run.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_run.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("TMPDIR"), m_run.filePath(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE"), workspacePath());
    // Every debug message of the program, on stderr, captured into the logs.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("audiencebridge.*=true"));
    environment.remove(QStringLiteral("AUDIENCEBRIDGE_REFRESH_TOKEN"));
    environment.remove(QStringLiteral("AUDIENCEBRIDGE_CLIENT_SECRET"));
    environment.remove(QStringLiteral("AUDIENCEBRIDGE_USER"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_cli.setEnvironment(environment);
    m_cli.setWorkingDirectory(m_run.filePath(QStringLiteral("cwd")));
    m_cli.setLogFolder(m_run.filePath(QStringLiteral("logs")));

    writeProfiles(m_outside.filePath(QStringLiteral("profiles.csv")));
    if (QTest::currentTestFailed())
        return;
    runSession();
    if (QTest::currentTestFailed())
        return;
    readIssuedTokens();
}

void TestSecretsOnDisk::writeProfiles(const QString &csv)
{
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_id,email,phone,country\n");
    Identity::IdentifierHasher email(Identity::IdentifierType::Email);
    Identity::IdentifierHasher phone(Identity::IdentifierType::Phone, QStringLiteral("DE"));
    for (int i = 0; i < kProfiles; ++i) {
        // Mixed case (found case-insensitively); every 100th address is invalid (rejected, and
        // must not leak either); phones written internationally with spaces or nationally.
        const QByteArray address = i % 100 == 7
            ? QByteArray(QByteArray("No-At-Sign.") + QByteArray::number(i) + '.' + kEmailDomain)
            : QByteArray(QByteArray("Leak.Check.") + QByteArray::number(i)
                         + "@Secret-Mail.Example");
        const QByteArray subscriber = QByteArray::number(3000000 + i);
        const QByteArray number
            = (i % 2 ? QByteArray("01512 ") : QByteArray("+49 1512 ")) + subscriber;
        m_scanner.addEmail(address);
        m_scanner.addPhone("1512" + subscriber);
        if (email.normalize(address).ok())
            ++m_validEmails;
        // The test's idea of the E.164 form agrees with the program's.
        QVERIFY(phone.normalize(number).ok());
        QCOMPARE(phone.normalized(), "491512" + subscriber);
        ++m_validPhones;
        file.write("C" + QByteArray::number(i) + ',' + address + ',' + number + ",DE\n");
    }
    QCOMPARE(m_validEmails, kProfiles - kProfiles / 100);
}

void TestSecretsOnDisk::runSession()
{
    // The sandbox runs with this test's own environment: its files are not the program's.
    // Short-lived access tokens, so that runs refresh them (more tokens to look for).
    SandboxProcess sandbox(
        { QStringLiteral("--state"), m_outside.filePath(QStringLiteral("sandbox.tsv")),
          QStringLiteral("--client-secret"), QLatin1StringView(kClientSecret),
          QStringLiteral("--issued-tokens"), m_outside.filePath(QStringLiteral("tokens.txt")),
          QStringLiteral("--token-ttl"), QStringLiteral("2"), QStringLiteral("--latency-ms"),
          QStringLiteral("50") },
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(!sandbox.url().isEmpty(), "the sandbox did not start");

    CliResult r = m_cli.run({ QStringLiteral("profiles"), QStringLiteral("import"),
                              m_outside.filePath(QStringLiteral("profiles.csv")),
                              QStringLiteral("--id-column"), QStringLiteral("customer_id") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The debug messages are on: the import's own timings are in its stderr.
    QVERIFY2(r.err.contains("parsed and inserted"), r.err.constData());
    r = m_cli.run({ QStringLiteral("segments"), QStringLiteral("create"),
                    QStringLiteral("everyone"), QStringLiteral("--rule"),
                    QStringLiteral("id is not empty") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = m_cli.run({ QStringLiteral("connections"), QStringLiteral("create"),
                    QStringLiteral("Sandbox"), QStringLiteral("--client-id"),
                    QStringLiteral("sandbox-client-id"), QStringLiteral("--client-secret-stdin"),
                    QStringLiteral("--api-url"), sandbox.url(), QStringLiteral("--accounts-url"),
                    sandbox.url() },
                  QByteArray(kClientSecret) + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = m_cli.login(QStringLiteral("Sandbox"));
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const auto createExport = [&](const QString &name) {
        return m_cli.run({ QStringLiteral("exports"), QStringLiteral("create"), name,
                           QStringLiteral("--connection"), QStringLiteral("Sandbox"),
                           QStringLiteral("--new-audience"), name + QStringLiteral(" list"),
                           QStringLiteral("--email-field"), QStringLiteral("email"),
                           QStringLiteral("--phone-field"), QStringLiteral("phone"),
                           QStringLiteral("--default-region"), QStringLiteral("DE"),
                           QStringLiteral("--segment"), QStringLiteral("everyone") });
    };
    r = createExport(QStringLiteral("Complete"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = m_cli.run({ QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Complete"),
                    QStringLiteral("--json"), QStringLiteral("--batch-size"),
                    QStringLiteral("100") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject schemas
        = QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("schemas")).toObject();
    // Every identifier went through normalizing, hashing and sending: each had its chance to leak.
    QCOMPARE(schemas.value(QLatin1StringView("EMAIL_SHA256"))
                 .toObject()
                 .value(QLatin1StringView("uploaded"))
                 .toInteger(),
             m_validEmails);
    QCOMPARE(schemas.value(QLatin1StringView("PHONE_SHA256"))
                 .toObject()
                 .value(QLatin1StringView("uploaded"))
                 .toInteger(),
             m_validPhones);

    // A run killed with SIGKILL once a batch was confirmed, then resumed to the end.
    r = createExport(QStringLiteral("Killed"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList run { QStringLiteral("exports"),      QStringLiteral("run"),
                            QStringLiteral("Killed"),       QStringLiteral("--json"),
                            QStringLiteral("--batch-size"), QStringLiteral("100") };
    std::unique_ptr<QProcess> killed = m_cli.start(run);
    QVERIFY(killed->waitForStarted());
    QByteArray progress;
    static const QRegularExpression sent(QStringLiteral("Sending to Snapchat: ([1-9][0-9]*) of"));
    const QDeadlineTimer deadline(30000);
    while (!sent.match(QString::fromUtf8(progress)).hasMatch() && !deadline.hasExpired()
           && killed->state() == QProcess::Running) {
        killed->waitForReadyRead(50);
        progress += killed->readAllStandardError();
    }
    QVERIFY2(killed->state() == QProcess::Running, progress.right(500).constData());
    ::kill(pid_t(killed->processId()), SIGKILL);
    QVERIFY(killed->waitForFinished(5000));
    QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
    m_cli.finish(*killed, progress);
    r = m_cli.run(run);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Resuming run"), r.err.constData());

    r = m_cli.run({ QStringLiteral("runs"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QByteArray &line : r.out.split('\n').mid(1)) {
        if (!line.isEmpty())
            QCOMPARE(m_cli
                         .run({ QStringLiteral("runs"), QStringLiteral("show"),
                                QString::fromLatin1(line.split('\t').constFirst()) })
                         .exitCode,
                     0);
    }
    r = m_cli.run({ QStringLiteral("connections"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
}

void TestSecretsOnDisk::readIssuedTokens()
{
    m_scanner.addSecret(kClientSecret, QStringLiteral("the client secret"));
    QFile file(m_outside.filePath(QStringLiteral("tokens.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2 || fields[1].size() < 32)
            continue;
        const bool access = fields[0] == "access";
        (access ? m_accessTokens : m_refreshTokens).append(QString::fromLatin1(fields[1]));
        const QString what
            = access ? QStringLiteral("an access token") : QStringLiteral("a refresh token");
        m_scanner.addSecret(fields[1], what);
        // Its first 16 characters (96 bits) too: a token cut short in a message is still a leak.
        m_scanner.addSecret(fields[1].left(16), what + QStringLiteral(" (its beginning)"));
    }
    // The sign-in, the export creations and each run's start each got a token pair (6); the
    // 2-second lifetime made the runs refresh in the middle too.
    qInfo("the sandbox issued %lld access and %lld refresh tokens", qint64(m_accessTokens.size()),
          qint64(m_refreshTokens.size()));
    QVERIFY(m_accessTokens.size() >= 9);
    QCOMPARE(m_refreshTokens.size(), m_accessTokens.size());
}

void TestSecretsOnDisk::searchFindsWhatItLooksFor()
{
    // The search is not blind: it finds the raw identifiers in the imported CSV, and in the
    // workspace's profiles table (the one place they belong), and a token in a made-up log line.
    QFile csv(m_outside.filePath(QStringLiteral("profiles.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const Findings inCsv = m_scanner.scan(csv.readAll());
    QVERIFY2(inCsv.size() == 2, qPrintable(inCsv.join(QLatin1StringView(", "))));
    QVERIFY(!m_scanner.scan("leak.check.12@SECRET-mail.EXAMPLE").isEmpty());
    QVERIFY(!m_scanner.scan("tel +49 1512 3000042 ok").isEmpty());
    QVERIFY(!m_scanner.scan("e164 4915123000043").isEmpty());
    QVERIFY(!m_scanner.scan("Bearer " + m_accessTokens.constLast().toLatin1()).isEmpty());
    QVERIFY(!m_scanner.scan("token=" + m_refreshTokens.constFirst().left(20).toLatin1() + "...")
                 .isEmpty());
    QVERIFY(!m_scanner.scan(QByteArray("secret: ") + kClientSecret).isEmpty());
    QVERIFY(m_scanner.scan("nothing to see: C42, 5b3f0c0a9e").isEmpty());
}

void TestSecretsOnDisk::noFileHoldsASecretOrRawIdentifier()
{
    Findings findings;
    int files = 0;
    qint64 bytes = 0;
    QStringList skipped;
    QStringList others; // besides the logs
    QDirIterator it(m_run.path(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue;
        if (path.contains(QLatin1StringView("/keyrings/"))) { // where secrets belong
            skipped.append(path);
            continue;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++files;
        bytes += content.size();
        if (!path.startsWith(m_run.filePath(QStringLiteral("logs"))))
            others.append(m_run.relativeFilePath(path));
        // The workspace's files hold the profiles table: identifiers are checked table by table
        // in workspaceTablesHoldNoRawIdentifier().
        const bool workspace = isWorkspaceFile(path, workspacePath());
        for (const QString &what : m_scanner.scan(content, !workspace, true))
            findings.append(m_run.relativeFilePath(path) + QStringLiteral(": ") + what);
    }
    qInfo("searched %d files, %lld bytes: the logs and %s; skipped: %s", files, bytes,
          qPrintable(others.join(QLatin1Char(' '))), qPrintable(skipped.join(QLatin1Char(' '))));
    // The logs of every command (two files each) and the workspace are among them.
    const int logs
        = int(QDir(m_run.filePath(QStringLiteral("logs"))).entryList(QDir::Files).size());
    QVERIFY2(logs >= 2 * 12, qPrintable(QString::number(logs)));
    QVERIFY2(files > logs, qPrintable(QString::number(files)));
    QVERIFY(QFile::exists(workspacePath()));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    // Nothing is left in the temporary folder, and no core file anywhere.
    QCOMPARE(QDir(m_run.filePath(QStringLiteral("tmp")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QCOMPARE(QDir(m_run.filePath(QStringLiteral("cwd")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestSecretsOnDisk::workspaceTablesHoldNoRawIdentifier()
{
    const QString connection = QStringLiteral("leak-check");
    Findings findings;
    int tables = 0;
    qint64 cells = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(workspacePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery list(db);
        QVERIFY(list.exec(QStringLiteral("SELECT name, sql FROM sqlite_master")));
        QStringList names;
        while (list.next()) {
            for (const QString &what : m_scanner.scan(list.value(1).toString().toUtf8()))
                findings.append(
                    QStringLiteral("schema of %1: %2").arg(list.value(0).toString(), what));
            names.append(list.value(0).toString());
        }
        QVERIFY(names.contains(QStringLiteral("profiles")));
        QVERIFY(names.contains(QStringLiteral("run_batches")));
        QVERIFY(names.contains(QStringLiteral("audit_log")));
        QSqlQuery tableNames(db);
        QVERIFY(
            tableNames.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (tableNames.next()) {
            const QString table = tableNames.value(0).toString();
            QSqlQuery rows(db);
            QVERIFY2(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)),
                     qPrintable(table));
            QByteArray content;
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column) {
                    content += rows.value(column).toByteArray();
                    content += '\n';
                    ++cells;
                }
            }
            const Findings found = m_scanner.scan(content);
            if (table == QLatin1StringView("profiles")) {
                // The user's own data, where it belongs: and the search does see it.
                QVERIFY2(found.size() == 2, qPrintable(found.join(QLatin1StringView(", "))));
                continue;
            }
            ++tables;
            for (const QString &what : found)
                findings.append(QStringLiteral("table %1: %2").arg(table, what));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    qInfo("read %d tables besides profiles, %lld cells", tables, cells);
    QVERIFY(tables >= 10);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestSecretsOnDisk::workspaceFilesHoldNoSecretOrToken()
{
    // Bytes, not rows: free pages, the WAL and the journal included.
    Findings findings;
    int files = 0;
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        QFile file(workspacePath() + QLatin1StringView(suffix));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        for (const QString &what : m_scanner.scan(file.readAll(), false, true))
            findings.append(file.fileName() + QStringLiteral(": ") + what);
    }
    QVERIFY(files >= 1);
    QVERIFY(m_scanner.secretCount() >= 13);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSecretsOnDisk)
#include "tst_secretsondisk.moc"
