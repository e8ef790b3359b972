// End-to-end runs of the real `audiencebridge` executable against a sandbox subprocess: the
// sandbox's audience (read from its --state file) must end exactly equal to the hashes computed
// here, independently, from the CSV the profiles were imported from. Needs a Secret Service
// (refresh tokens rotate): registered to run under tests/snapchat/with-keyring.sh.

#include <identity/identifierhasher.h>
#include <identity/identifiertype.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
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

#include <algorithm>
#include <csignal>
#include <functional>
#include <map>
#include <memory>

using Identity::IdentifierType;

namespace {

constexpr int kProfiles = 20000;
constexpr int kRunTimeoutMs = 60000;
// Sanitized builds (scripts/test-sanitizers.sh) run the CLI several times slower: the waits for
// it scale with them.
int slowdown()
{
    return std::max(1, qEnvironmentVariableIntValue("AB_TEST_TIMEOUT_FACTOR"));
}
constexpr auto kRegion = "DE";

// schema name (EMAIL_SHA256, ...) -> lowercase hex digests
using HashSets = std::map<QString, QSet<QByteArray>>;

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString describe(const HashSets &expected, const HashSets &actual)
{
    QStringList lines;
    for (const auto &[schema, hashes] : expected) {
        const auto found = actual.find(schema);
        const QSet<QByteArray> have = found == actual.end() ? QSet<QByteArray>{} : found->second;
        lines.append(QStringLiteral("%1: expected %2, sandbox has %3, missing %4, extra %5")
                         .arg(schema)
                         .arg(hashes.size())
                         .arg(have.size())
                         .arg((hashes - have).size())
                         .arg((have - hashes).size()));
    }
    for (const auto &[schema, hashes] : actual) {
        if (!expected.count(schema))
            lines.append(QStringLiteral("%1: not expected, sandbox has %2").arg(schema).arg(hashes.size()));
    }
    return lines.join(QStringLiteral("; "));
}

// One profile row of the generated CSV: only the fields the exports match on.
struct Row {
    QByteArray email;
    QByteArray phone;
    QByteArray country;
    QByteArray maid;
};

// The sandbox: a subprocess on a free loopback port saving its audiences to a state file.
class Sandbox
{
public:
    Sandbox(const QString &stateFile, const QStringList &extraArguments, const QProcessEnvironment &environment)
        : m_stateFile(stateFile)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(QStringLiteral(AB_EXECUTABLE),
                        QStringList{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--state"), stateFile}
                            + extraArguments);
        const QDeadlineTimer deadline(10000);
        while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("listening "))
            m_url = QString::fromLatin1(line.mid(10));
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    Q_DISABLE_COPY_MOVE(Sandbox)

    QString url() const { return m_url; }

    // The audience's hashes as the sandbox last saved them.
    HashSets audience(const QString &audienceId) const
    {
        HashSets sets;
        QFile file(m_stateFile);
        if (!file.open(QIODevice::ReadOnly))
            return sets;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
            if (fields.size() == 4 && fields[0] == "hash" && fields[1] == audienceId.toLatin1())
                sets[QString::fromLatin1(fields[2])].insert(fields[3].toLower());
        }
        return sets;
    }

private:
    QString m_stateFile;
    QProcess m_process;
    QString m_url;
};

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addRunUploadsExactlyTheExpectedHashes();
    void secondRunSendsNothingNew();
    void killedRunIsResumedToTheExactSet();
    void interruptCancelsAndTheNextRunResumes();
    void mirrorRunFollowsTheChangedSegment();

private:
    CliResult cli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = kRunTimeoutMs);
    QProcess *startCli(const QStringList &arguments);
    void connectTo(const QString &name, const Sandbox &sandbox);
    QString createExport(const QString &name, const QString &connection, const QString &segment,
                         const QString &mode = QStringLiteral("add"));
    void loadRows(const QString &csv);
    HashSets expectedHashes(const std::function<bool(const Row &)> &inSegment) const;
    qint64 lastRunId(const QString &exportName);
    int confirmedBatches(qint64 runId);
    // The sum of identifiers in the confirmed add batches of a run, per schema.
    std::map<QString, qint64> confirmedIdentifiers(qint64 runId);
    // Waits until the run's progress (on its stderr) reports identifiers sent: at least one batch
    // was confirmed and checkpointed. False when the run ended first.
    static bool waitUntilSent(QProcess &process);
    bool waitForAudience(const Sandbox &sandbox, const QString &audienceId, const HashSets &expected);
    static void checkCountsAddUp(const QJsonObject &summary, qint64 expectedProfiles = kProfiles);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    std::vector<Row> m_rows;
    HashSets m_everyone;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Sandbox> m_slowSandbox;
    QString m_addAudience;
};

CliResult TestExportCli::cli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(AB_EXECUTABLE), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(timeoutMs * slowdown())) {
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

QProcess *TestExportCli::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_environment);
    process->start(QStringLiteral(AB_EXECUTABLE), arguments);
    return process;
}

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    // A private workspace and settings; secrets go to the (private, test) keyring.
    m_environment.insert(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE"), m_dir.filePath(QStringLiteral("ws.audiencebridge")));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        m_environment.insert(QString::fromLatin1(variable), m_dir.filePath(QString::fromLatin1(variable)));
    m_environment.remove(QStringLiteral("AUDIENCEBRIDGE_REFRESH_TOKEN"));
    m_environment.remove(QStringLiteral("AUDIENCEBRIDGE_CLIENT_SECRET"));
    m_environment.remove(QStringLiteral("DISPLAY")); // no browser: the test follows the address itself
    m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));

    const QString csv = m_dir.filePath(QStringLiteral("profiles.csv"));
    CliResult result = cli({QStringLiteral("profiles"), QStringLiteral("generate"), QStringLiteral("--count"),
                            QString::number(kProfiles), csv});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    loadRows(csv);
    QCOMPARE(m_rows.size(), size_t(kProfiles));
    m_everyone = expectedHashes([](const Row &) { return true; });
    // The generated data has the usual bad and repeated values, but mostly good ones.
    QVERIFY(m_everyone[QStringLiteral("EMAIL_SHA256")].size() > kProfiles * 9 / 10);
    QVERIFY(m_everyone[QStringLiteral("PHONE_SHA256")].size() > kProfiles * 8 / 10);
    QVERIFY(m_everyone[QStringLiteral("MOBILE_AD_ID_SHA256")].size() > kProfiles / 4);

    result = cli({QStringLiteral("profiles"), QStringLiteral("import"), csv, QStringLiteral("--id-column"),
                  QStringLiteral("customer_id")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("everyone"),
                  QStringLiteral("--rule"), QStringLiteral("id is not empty")});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    m_sandbox = std::make_unique<Sandbox>(m_dir.filePath(QStringLiteral("sandbox.tsv")), QStringList{}, m_environment);
    QVERIFY2(!m_sandbox->url().isEmpty(), "the sandbox did not start");
    // Slow answers, so that a run of small batches lasts long enough to be stopped halfway.
    m_slowSandbox = std::make_unique<Sandbox>(m_dir.filePath(QStringLiteral("slow.tsv")),
                                              QStringList{QStringLiteral("--latency-ms"), QStringLiteral("400")},
                                              m_environment);
    QVERIFY2(!m_slowSandbox->url().isEmpty(), "the slow sandbox did not start");
    connectTo(QStringLiteral("Sandbox"), *m_sandbox);
    if (QTest::currentTestFailed())
        return;
    connectTo(QStringLiteral("Slow"), *m_slowSandbox);
}

void TestExportCli::loadRows(const QString &csv)
{
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const auto email = header.indexOf("email");
    const auto phone = header.indexOf("phone");
    const auto country = header.indexOf("country");
    const auto maid = header.indexOf("mobile_ad_id");
    QVERIFY(email >= 0 && phone >= 0 && country >= 0 && maid >= 0);
    m_rows.clear();
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        line.chop(line.endsWith('\n') ? 1 : 0);
        // The generator writes no quoted fields.
        const QList<QByteArray> fields = line.split(',');
        QCOMPARE(fields.size(), header.size());
        m_rows.push_back({fields[email], fields[phone], fields[country], fields[maid]});
    }
}

HashSets TestExportCli::expectedHashes(const std::function<bool(const Row &)> &inSegment) const
{
    Identity::IdentifierHasher email(IdentifierType::Email);
    Identity::IdentifierHasher phone(IdentifierType::Phone, QString::fromLatin1(kRegion));
    Identity::IdentifierHasher maid(IdentifierType::MobileAdId);
    HashSets sets;
    const auto add = [&sets](Identity::IdentifierHasher &hasher, const QByteArray &value) {
        const QByteArray hex = hasher.hashToHex(value);
        if (!hex.isEmpty())
            sets[Identity::schemaName(hasher.type())].insert(hex);
    };
    for (const Row &row : m_rows) {
        if (!inSegment(row))
            continue;
        add(email, row.email);
        add(phone, row.phone);
        add(maid, row.maid);
    }
    return sets;
}

void TestExportCli::connectTo(const QString &name, const Sandbox &sandbox)
{
    CliResult result = cli({QStringLiteral("connections"), QStringLiteral("create"), name, QStringLiteral("--client-id"),
                            QStringLiteral("sandbox-client-id"), QStringLiteral("--client-secret-stdin"),
                            QStringLiteral("--api-url"), sandbox.url(), QStringLiteral("--accounts-url"), sandbox.url()},
                           "sandbox-client-secret\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // Sign in: follow the printed address as a browser would; the sandbox approves at once and
    // redirects to the command's loopback listener.
    std::unique_ptr<QProcess> login(startCli({QStringLiteral("connections"), QStringLiteral("login"), name}));
    QByteArray err;
    QString address;
    const QDeadlineTimer deadline(15000);
    while (address.isEmpty() && !deadline.hasExpired() && login->state() != QProcess::NotRunning) {
        login->waitForReadyRead(100);
        err += login->readAllStandardError();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^(http\\S+)$"), QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(err));
        if (match.hasMatch())
            address = match.captured(1);
    }
    QVERIFY2(!address.isEmpty(), err.constData());
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(address))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    // waitForFinished() is false for a process that has finished already.
    QVERIFY2(login->state() == QProcess::NotRunning || login->waitForFinished(15000), "connections login did not finish");
    err += login->readAllStandardError();
    QVERIFY2(login->exitCode() == 0, err.constData());
}

QString TestExportCli::createExport(const QString &name, const QString &connection, const QString &segment,
                                    const QString &mode)
{
    const CliResult result =
        cli({QStringLiteral("exports"), QStringLiteral("create"), name, QStringLiteral("--connection"), connection,
             QStringLiteral("--new-audience"), name + QStringLiteral(" list"), QStringLiteral("--email-field"),
             QStringLiteral("email"), QStringLiteral("--phone-field"), QStringLiteral("phone"),
             QStringLiteral("--default-region"), QString::fromLatin1(kRegion), QStringLiteral("--maid-field"),
             QStringLiteral("mobile_ad_id"), QStringLiteral("--segment"), segment, QStringLiteral("--mode"), mode});
    if (result.exitCode != 0) {
        qWarning("exports create: %s", result.err.constData());
        return {};
    }
    // "Created Snapchat audience 'NAME list' (ID)."
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("\\(([^()]+)\\)\\.\\n")).match(QString::fromUtf8(result.out));
    return match.hasMatch() ? match.captured(1) : QString();
}

qint64 TestExportCli::lastRunId(const QString &exportName)
{
    const CliResult result = cli({QStringLiteral("runs"), QStringLiteral("list"), exportName});
    const QList<QByteArray> lines = result.out.split('\n');
    return lines.size() > 1 ? lines[1].split('\t').constFirst().toLongLong() : 0;
}

int TestExportCli::confirmedBatches(qint64 runId)
{
    const CliResult result = cli({QStringLiteral("runs"), QStringLiteral("show"), QString::number(runId)});
    return static_cast<int>(result.out.count("\tconfirmed\t"));
}

std::map<QString, qint64> TestExportCli::confirmedIdentifiers(qint64 runId)
{
    std::map<QString, qint64> sums;
    const CliResult result = cli({QStringLiteral("runs"), QStringLiteral("show"), QString::number(runId)});
    QSet<QByteArray> sequences;
    for (const QByteArray &line : result.out.split('\n')) {
        // BATCH SCHEMA ACTION IDENTIFIERS STATUS REQUEST-ID ERROR
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 6 || fields[4] != "confirmed" || fields[2] != "add")
            continue;
        if (sequences.contains(fields[0]))
            qWarning("batch %s is in the log twice", fields[0].constData());
        sequences.insert(fields[0]);
        sums[QString::fromLatin1(fields[1])] += fields[3].toLongLong();
    }
    return sums;
}

bool TestExportCli::waitUntilSent(QProcess &process)
{
    static const QRegularExpression sent(QStringLiteral("Sending to Snapchat: ([1-9][0-9]*) of"));
    QByteArray progress;
    const QDeadlineTimer deadline(30000 * slowdown());
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        progress += process.readAllStandardError();
        if (sent.match(QString::fromUtf8(progress)).hasMatch())
            return true;
    }
    qWarning("no identifiers sent before the run ended: %s", progress.right(300).constData());
    return false;
}

bool TestExportCli::waitForAudience(const Sandbox &sandbox, const QString &audienceId, const HashSets &expected)
{
    // The sandbox saves its state shortly after each change.
    HashSets actual;
    const QDeadlineTimer deadline(10000 * slowdown());
    do {
        actual = sandbox.audience(audienceId);
        if (actual == expected)
            return true;
        QTest::qWait(100);
    } while (!deadline.hasExpired());
    qWarning("audience %s: %s", qPrintable(audienceId), qPrintable(describe(expected, actual)));
    return false;
}

void TestExportCli::checkCountsAddUp(const QJsonObject &summary, qint64 expectedProfiles)
{
    const qint64 profiles = summary.value(QLatin1StringView("profiles")).toInteger();
    QCOMPARE(profiles, expectedProfiles);
    const QJsonObject schemas = summary.value(QLatin1StringView("schemas")).toObject();
    QCOMPARE(schemas.keys(), (QStringList{QStringLiteral("EMAIL_SHA256"), QStringLiteral("MOBILE_AD_ID_SHA256"),
                                          QStringLiteral("PHONE_SHA256")}));
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const QJsonObject counts = it.value().toObject();
        qint64 rejected = 0;
        const QJsonObject reasons = counts.value(QLatin1StringView("rejected")).toObject();
        for (auto reason = reasons.begin(); reason != reasons.end(); ++reason)
            rejected += reason.value().toInteger();
        qint64 sum = rejected;
        for (const char *bucket : {"uploaded", "already_in_audience", "duplicates", "failed", "not_sent"})
            sum += counts.value(QLatin1StringView(bucket)).toInteger();
        QVERIFY2(counts.value(QLatin1StringView("profiles")).toInteger() == profiles && sum == profiles,
                 qPrintable(it.key() + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(counts).toJson())));
    }
}

void TestExportCli::addRunUploadsExactlyTheExpectedHashes()
{
    m_addAudience = createExport(QStringLiteral("Newsletter"), QStringLiteral("Sandbox"), QStringLiteral("everyone"));
    QVERIFY(!m_addAudience.isEmpty());
    const CliResult result = cli({QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Newsletter"),
                                  QStringLiteral("--json"), QStringLiteral("--batch-size"), QStringLiteral("5000")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    checkCountsAddUp(summary);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject schemas = summary.value(QLatin1StringView("schemas")).toObject();
    for (const auto &[schema, hashes] : m_everyone) {
        const QJsonObject counts = schemas.value(schema).toObject();
        QCOMPARE(counts.value(QLatin1StringView("uploaded")).toInteger(), qint64(hashes.size()));
        QCOMPARE(counts.value(QLatin1StringView("already_in_audience")).toInteger(), 0);
        QCOMPARE(counts.value(QLatin1StringView("failed")).toInteger(), 0);
    }
    QVERIFY(waitForAudience(*m_sandbox, m_addAudience, m_everyone));

    // The batch log: every batch confirmed, with Snapchat's request ID.
    const qint64 runId = lastRunId(QStringLiteral("Newsletter"));
    QVERIFY(runId > 0);
    const CliResult show = cli({QStringLiteral("runs"), QStringLiteral("show"), QString::number(runId)});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(": Successful"), show.out.constData());
    int batches = 0;
    for (const QByteArray &line : show.out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 6 || fields[0] == "BATCH")
            continue;
        ++batches;
        QCOMPARE(fields[4], QByteArray("confirmed"));
        QVERIFY2(!fields[5].trimmed().isEmpty(), line.constData()); // request ID
    }
    // 5,000 identifiers a batch: 4 email, 4 phone and 2 mobile ad ID batches at least.
    QVERIFY2(batches >= 10, show.out.mid(show.out.indexOf("BATCH")).constData());
    const std::map<QString, qint64> sums = confirmedIdentifiers(runId);
    for (const auto &[schema, hashes] : m_everyone)
        QCOMPARE(sums.at(schema), qint64(hashes.size()));
}

void TestExportCli::secondRunSendsNothingNew()
{
    QVERIFY(!m_addAudience.isEmpty());
    const CliResult result =
        cli({QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Newsletter"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    checkCountsAddUp(summary);
    const QJsonObject schemas = summary.value(QLatin1StringView("schemas")).toObject();
    for (const auto &[schema, hashes] : m_everyone) {
        const QJsonObject counts = schemas.value(schema).toObject();
        QCOMPARE(counts.value(QLatin1StringView("uploaded")).toInteger(), 0);
        QCOMPARE(counts.value(QLatin1StringView("already_in_audience")).toInteger(), qint64(hashes.size()));
    }
    // A new run record, with no batch at all.
    const qint64 runId = lastRunId(QStringLiteral("Newsletter"));
    QCOMPARE(confirmedBatches(runId), 0);
    QVERIFY(waitForAudience(*m_sandbox, m_addAudience, m_everyone));
}

void TestExportCli::killedRunIsResumedToTheExactSet()
{
    const QString audience = createExport(QStringLiteral("Killed"), QStringLiteral("Slow"), QStringLiteral("everyone"));
    QVERIFY(!audience.isEmpty());
    const QStringList run{QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Killed"),
                          QStringLiteral("--json"), QStringLiteral("--batch-size"), QStringLiteral("1000")};
    std::unique_ptr<QProcess> process(startCli(run));
    QVERIFY(process->waitForStarted());
    // Kill it as soon as its progress says identifiers were sent and confirmed.
    QVERIFY2(waitUntilSent(*process), process->readAllStandardError().constData());
    const qint64 runId = lastRunId(QStringLiteral("Killed"));
    QVERIFY(runId > 0);
    ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
    QVERIFY(process->waitForFinished(5000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    // What was confirmed before the kill is checkpointed: the batch log keeps it.
    const int confirmedBeforeKill = confirmedBatches(runId);
    QVERIFY2(confirmedBeforeKill > 0, "no checkpoint survived the kill");

    // The next run finds the cut run interrupted and resumes it.
    const CliResult resumed = cli(run);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains(QStringLiteral("Resuming run %1 (Failed (interrupted))").arg(runId).toUtf8()),
             resumed.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(resumed.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    checkCountsAddUp(summary);
    QCOMPARE(lastRunId(QStringLiteral("Killed")), runId);
    QVERIFY(waitForAudience(*m_slowSandbox, audience, m_everyone));
    // Every hash confirmed exactly once across the cut run and its resumption.
    const std::map<QString, qint64> sums = confirmedIdentifiers(runId);
    for (const auto &[schema, hashes] : m_everyone)
        QCOMPARE(sums.at(schema), qint64(hashes.size()));
    const CliResult list = cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("Killed")});
    QVERIFY2(list.out.contains("\tSuccessful\t"), list.out.constData());
}

void TestExportCli::interruptCancelsAndTheNextRunResumes()
{
    const QString audience =
        createExport(QStringLiteral("Interrupted"), QStringLiteral("Slow"), QStringLiteral("everyone"));
    QVERIFY(!audience.isEmpty());
    const QStringList run{QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Interrupted"),
                          QStringLiteral("--json"), QStringLiteral("--batch-size"), QStringLiteral("1000")};
    std::unique_ptr<QProcess> process(startCli(run));
    QVERIFY(process->waitForStarted());
    QVERIFY2(waitUntilSent(*process), process->readAllStandardError().constData());
    const qint64 runId = lastRunId(QStringLiteral("Interrupted"));
    QVERIFY(runId > 0);
    QElapsedTimer stopping;
    stopping.start();
    ::kill(static_cast<pid_t>(process->processId()), SIGINT);
    QVERIFY(process->waitForFinished(5000));
    // Cancel stops within a second (plus the requests in flight, 400 ms each here).
    QVERIFY2(stopping.elapsed() < 2000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 1);
    const QJsonObject canceled = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
    QCOMPARE(canceled.value(QLatin1StringView("status")).toString(), QStringLiteral("cancelled"));
    checkCountsAddUp(canceled);
    const CliResult list = cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("Interrupted")});
    QVERIFY2(list.out.contains("\tCanceled\t"), list.out.constData());
    QVERIFY(confirmedBatches(runId) > 0);

    const CliResult resumed = cli(run);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains(QStringLiteral("Resuming run %1 (Canceled)").arg(runId).toUtf8()),
             resumed.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(resumed.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    checkCountsAddUp(summary);
    QVERIFY(waitForAudience(*m_slowSandbox, audience, m_everyone));
    // The batches confirmed before the cancel were not sent again.
    const std::map<QString, qint64> sums = confirmedIdentifiers(runId);
    for (const auto &[schema, hashes] : m_everyone)
        QCOMPARE(sums.at(schema), qint64(hashes.size()));
}

void TestExportCli::mirrorRunFollowsTheChangedSegment()
{
    const auto europe = [](const Row &row) { return row.country == "DE" || row.country == "FR"; };
    CliResult result = cli({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("europe"),
                            QStringLiteral("--rule"), QStringLiteral("country in ('DE', 'FR')")});
    if (result.exitCode != 0) {
        QFile workspace(m_environment.value(QStringLiteral("AUDIENCEBRIDGE_WORKSPACE")));
        QVERIFY(workspace.open(QIODevice::ReadOnly));
        qWarning("workspace of %lld bytes starts with %s", workspace.size(), workspace.read(32).toHex().constData());
    }
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString audience =
        createExport(QStringLiteral("Mirror"), QStringLiteral("Sandbox"), QStringLiteral("europe"), QStringLiteral("mirror"));
    QVERIFY(!audience.isEmpty());
    result = cli({QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Mirror"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const HashSets before = expectedHashes(europe);
    QVERIFY(waitForAudience(*m_sandbox, audience, before));

    // The segment changes: a third of the profiles are gone, and every fifth of the rest moved to
    // the US (out of the segment). Re-import with --replace.
    QFile original(m_dir.filePath(QStringLiteral("profiles.csv")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile changed(m_dir.filePath(QStringLiteral("changed.csv")));
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(original.readLine());
    for (int i = 0; !original.atEnd(); ++i) {
        QByteArray line = original.readLine();
        if (i % 3 == 0)
            continue;
        if (i % 5 == 0)
            line.replace(",DE,", ",US,").replace(",FR,", ",US,");
        changed.write(line);
    }
    changed.close();
    result = cli({QStringLiteral("profiles"), QStringLiteral("import"), changed.fileName(), QStringLiteral("--id-column"),
                  QStringLiteral("customer_id"), QStringLiteral("--replace")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    loadRows(changed.fileName());
    const HashSets after = expectedHashes(europe);
    QVERIFY(after.at(QStringLiteral("EMAIL_SHA256")).size() < before.at(QStringLiteral("EMAIL_SHA256")).size() * 3 / 4);

    result = cli({QStringLiteral("exports"), QStringLiteral("run"), QStringLiteral("Mirror"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(QLatin1StringView("status")).toString(), QStringLiteral("succeeded"));
    checkCountsAddUp(summary, std::count_if(m_rows.begin(), m_rows.end(), europe));
    const QJsonObject schemas = summary.value(QLatin1StringView("schemas")).toObject();
    for (const auto &[schema, hashes] : after) {
        const QJsonObject counts = schemas.value(schema).toObject();
        QCOMPARE(counts.value(QLatin1StringView("removed")).toInteger(), qint64((before.at(schema) - hashes).size()));
        QCOMPARE(counts.value(QLatin1StringView("uploaded")).toInteger(), qint64((hashes - before.at(schema)).size()));
    }
    QVERIFY(waitForAudience(*m_sandbox, audience, after));
}

QTEST_GUILESS_MAIN(TestExportCli)

#include "tst_exportcli.moc"
