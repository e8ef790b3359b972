// Runs a real export from the main window against the in-process Snapchat sandbox: the Run
// action launches it through the workspace and the connection's sign-in, the audience ends up
// holding exactly the expected hashes, the run history shows the run, and a canceled run is
// resumed by the next Run to the same exact set; quitting while the keychain still stores the
// refresh token the run rotated keeps it, as the program waits for the keychain on exit.
#include <mainwindow.h>
#include <navigationpage.h>
#include <run/runcontroller.h>
#include <run/runprogresspanel.h>
#include <views/exportsview.h>
#include <views/runhistoryview.h>

#include <exporting/exportprogress.h>
#include <identity/identifierhasher.h>
#include <identity/identifiertype.h>
#include <sandbox/sandboxserver.h>
#include <snapchat/memorysecretstore.h>
#include <snapchat/oauthsession.h>
#include <sources/csvimporter.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <array>

using Identity::IdentifierType;

namespace {

constexpr int kProfiles = 3000;
constexpr IdentifierType kTypes[] = {IdentifierType::Email, IdentifierType::Phone, IdentifierType::MobileAdId};

struct Profile {
    QByteArray email;
    QByteArray phone;
    QByteArray maid;
};

// Mixed-case and padded emails, phones with and without a country code (default region DE), and
// a few values Snapchat must never see: every 40th email is not an address, every 7th profile has
// no phone, every 3rd no mobile ad ID.
Profile profile(int i)
{
    Profile p;
    const QByteArray n = QByteArray::number(i);
    if (i % 40 == 0)
        p.email = "not-an-email-" + n;
    else
        p.email = " Member" + n + "@Example.COM ";
    if (i % 7 != 0) {
        const QByteArray prefix = i % 2 ? "+49 170 " : "0170 ";
        p.phone = prefix + QByteArray::number(1000000 + i);
    }
    if (i % 3 != 0)
        p.maid = "F81D4FAE-7DEC-11D0-A765-" + QByteArray::number(100000000000LL + i);
    return p;
}

QByteArray fieldOf(const Profile &p, IdentifierType type)
{
    switch (type) {
    case IdentifierType::Email:
        return p.email;
    case IdentifierType::Phone:
        return p.phone;
    case IdentifierType::MobileAdId:
        return p.maid;
    }
    return {};
}

size_t index(IdentifierType type)
{
    return static_cast<size_t>(type);
}

QString schemaOf(IdentifierType type)
{
    return Identity::schemaName(type);
}

// A keychain that may take its time to store: writes are done (and answered) after the delay.
class SlowSecretStore : public Snapchat::MemorySecretStore
{
public:
    void setWriteDelay(std::chrono::milliseconds delay) { m_delay = delay; }

protected:
    void writeSecret(const QString &key, const QString &value, QObject *context, Callback callback) override
    {
        QTimer::singleShot(m_delay, this, [this, key, value, context, callback] {
            MemorySecretStore::writeSecret(key, value, context, callback);
        });
    }

private:
    std::chrono::milliseconds m_delay{0};
};

} // namespace

class TestMainWindowRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsToCompletionAgainstTheSandbox();
    void cancelThenRunAgainResumesToTheExactSet();
    void quitWhileTheRotatedTokenIsStoredKeepsIt();
    void readsOnlyOnceTheRotatedTokenIsStored();

private:
    // Opens the workspace in the window and presses Ctrl+R on the export.
    void runFromWindow(MainWindow &window);
    QSet<QByteArray> audience(IdentifierType type) const;
    QTreeWidgetItem *lastRun(MainWindow &window);
    // Whether the sandbox signs in with refreshToken (it takes each one once).
    bool sandboxAccepts(const QString &refreshToken);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<SlowSecretStore> m_secrets;
    QString m_connectionId;
    QString m_workspacePath;
    qint64 m_exportId = 0;
    std::array<QSet<QByteArray>, 3> m_expected;
};

void TestMainWindowRun::init()
{
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_secrets = std::make_unique<SlowSecretStore>();
    m_workspacePath = m_dir->filePath(QStringLiteral("run.audiencebridge"));
    QString error;
    auto workspace = Workspace::Workspace::open(m_workspacePath, &error);
    QVERIFY2(workspace, qPrintable(error));

    // The profiles, and the hashes the audience must hold afterwards, computed independently of
    // the exporter by the identity rules.
    m_expected = {};
    QFile csv(m_dir->filePath(QStringLiteral("profiles.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("customer_id,email,phone,mobile_ad_id\n");
    for (int i = 0; i < kProfiles; ++i) {
        const Profile p = profile(i);
        csv.write("C" + QByteArray::number(i) + ",\"" + p.email + "\"," + p.phone + ',' + p.maid + '\n');
        for (const IdentifierType type : kTypes) {
            Identity::IdentifierHasher hasher(type, QStringLiteral("DE"));
            const QByteArray hex = hasher.hashToHex(fieldOf(p, type));
            if (!hex.isEmpty())
                m_expected[index(type)].insert(hex);
        }
    }
    csv.close();
    QVERIFY(m_expected[index(IdentifierType::Email)].size() < kProfiles); // some are rejected
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("customer_id");
    const Sources::CsvImportSummary imported = Sources::CsvImporter(*workspace).import(csv.fileName(), options);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    Workspace::Segment segment;
    QVERIFY2(Workspace::SegmentStore(*workspace).createRule(QStringLiteral("Everyone"),
                                                            QStringLiteral("customer_id is not empty"), &segment, &error),
             qPrintable(error));

    // A signed-in connection to the sandbox, as the Add connection wizard leaves it.
    Workspace::Connection connection;
    connection.name = QStringLiteral("Snapchat sandbox");
    connection.clientId = m_server->options().clientId;
    connection.apiBaseUrl = connection.accountsBaseUrl = m_server->baseUrl().toString();
    QVERIFY2(Workspace::ConnectionStore(*workspace).add(connection, &error), qPrintable(error));
    m_connectionId = connection.id;
    const auto tokens = m_server->issueTokens();
    m_secrets->write(Snapchat::SecretStore::clientSecretKey(connection.id), m_server->options().clientSecret,
                     m_secrets.get(), [](const Snapchat::SecretStore::Outcome &) {});
    m_secrets->write(Snapchat::SecretStore::refreshTokenKey(connection.id), tokens.second, m_secrets.get(),
                     [](const Snapchat::SecretStore::Outcome &) {});
    QTest::qWait(0);

    Workspace::Export exportRecord;
    exportRecord.name = QStringLiteral("Newsletter subscribers");
    exportRecord.connectionId = connection.id;
    exportRecord.adAccountId = m_server->adAccountId();
    exportRecord.audienceId = m_server->firstPartySegmentId();
    exportRecord.emailField = QStringLiteral("email");
    exportRecord.phoneField = QStringLiteral("phone");
    exportRecord.defaultRegion = QStringLiteral("DE");
    exportRecord.maidField = QStringLiteral("mobile_ad_id");
    exportRecord.segmentIds = {segment.id};
    QVERIFY2(Workspace::ExportStore(*workspace).create(exportRecord, &error), qPrintable(error));
    m_exportId = exportRecord.id;
    for (const IdentifierType type : kTypes)
        QVERIFY2(audience(type).isEmpty(), "the sandbox audience starts empty");
}

void TestMainWindowRun::cleanup()
{
    m_secrets.reset();
    m_server.reset();
    m_dir.reset();
    qunsetenv("AUDIENCEBRIDGE_USER");
}

QSet<QByteArray> TestMainWindowRun::audience(IdentifierType type) const
{
    return m_server->hashes(m_server->firstPartySegmentId(), schemaOf(type));
}

void TestMainWindowRun::runFromWindow(MainWindow &window)
{
    window.showPage(NavigationPage::Exports);
    auto *exports = static_cast<ExportsView *>(window.view(NavigationPage::Exports));
    exports->selectExport(m_exportId);
    QVERIFY(exports->runAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
}

QTreeWidgetItem *TestMainWindowRun::lastRun(MainWindow &window)
{
    window.showPage(NavigationPage::RunHistory);
    auto *history = static_cast<RunHistoryView *>(window.view(NavigationPage::RunHistory));
    history->refresh();
    QTreeWidget *runs = history->runList();
    return runs->topLevelItemCount() > 0 ? runs->topLevelItem(0) : nullptr;
}

void TestMainWindowRun::runsToCompletionAgainstTheSandbox()
{
    MainWindow window;
    window.runController()->setSecretStore(m_secrets.get());
    QSignalSpy finished(window.runController(), &RunController::outcomeReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_workspacePath));
    runFromWindow(window);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    const auto outcome = finished.constFirst().constFirst().value<Exporting::ExportOutcome>();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(outcome.counts.profiles, qint64(kProfiles));
    QVERIFY(outcome.counts.addsUp());
    qint64 expectedTotal = 0;
    for (const IdentifierType type : kTypes) {
        QCOMPARE(audience(type), m_expected[index(type)]);
        expectedTotal += m_expected[index(type)].size();
    }
    QCOMPARE(outcome.counts.uploaded(), expectedTotal);
    QVERIFY(window.runController()->panel()->resultText().contains(QStringLiteral("Successful")));

    const QLocale locale;
    QTreeWidgetItem *run = lastRun(window);
    QVERIFY(run);
    QCOMPARE(run->text(0), QStringLiteral("Newsletter subscribers"));
    QCOMPARE(run->text(1), QStringLiteral("Successful"));
    QCOMPARE(run->text(4), QStringLiteral("alice"));
    QCOMPARE(run->text(5), locale.toString(kProfiles));
    QCOMPARE(run->text(6), locale.toString(expectedTotal));
}

void TestMainWindowRun::cancelThenRunAgainResumesToTheExactSet()
{
    MainWindow window;
    window.runController()->setSecretStore(m_secrets.get());
    QSignalSpy finished(window.runController(), &RunController::outcomeReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_workspacePath));

    // One request a second, and a 429 with "Retry-After: 2" beyond: the three schemas' uploads
    // go through one at a time, so Cancel comes after the first is confirmed and before the last.
    m_server->options().rateLimitPerSecond = 1;
    m_server->options().retryAfterSeconds = 2;
    runFromWindow(window);
    QTRY_VERIFY_WITH_TIMEOUT(window.runController()->isRunning(), 10000);
    const auto anyInAudience = [this] {
        return std::any_of(std::begin(kTypes), std::end(kTypes), [this](IdentifierType type) { return !audience(type).isEmpty(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(anyInAudience(), 30000);
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(window.runController()->panel()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    qInfo("canceled within %lld ms", timer.elapsed());
    const auto canceled = finished.constFirst().constFirst().value<Exporting::ExportOutcome>();
    QCOMPARE(canceled.status, Workspace::RunStatus::Cancelled);
    QVERIFY(canceled.counts.addsUp());
    qint64 expectedTotal = 0;
    for (const IdentifierType type : kTypes)
        expectedTotal += m_expected[index(type)].size();
    QVERIFY(canceled.counts.uploaded() > 0);
    QVERIFY(canceled.counts.uploaded() < expectedTotal);
    QVERIFY(window.runController()->panel()->resultText().contains(QStringLiteral("Canceled")));
    QTreeWidgetItem *run = lastRun(window);
    QVERIFY(run);
    QCOMPARE(run->text(1), QStringLiteral("Canceled"));
    qsizetype inAudience = 0;
    for (const IdentifierType type : kTypes) {
        QVERIFY(m_expected[index(type)].contains(audience(type))); // nothing foreign was sent
        inAudience += audience(type).size();
    }
    qInfo("at cancel: %lld of %lld identifiers confirmed, %lld in the audience", canceled.counts.uploaded(),
          expectedTotal, qint64(inAudience));

    // Run again at full speed: it continues the canceled run and completes the audience.
    m_server->options().rateLimitPerSecond = 10;
    m_server->options().retryAfterSeconds = 0;
    runFromWindow(window);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    const auto resumed = finished.at(1).constFirst().value<Exporting::ExportOutcome>();
    QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
    QCOMPARE(resumed.status, Workspace::RunStatus::Succeeded);
    QVERIFY(resumed.counts.addsUp());
    for (const IdentifierType type : kTypes)
        QCOMPARE(audience(type), m_expected[index(type)]);
    run = lastRun(window);
    QVERIFY(run);
    QCOMPARE(run->text(1), QStringLiteral("Successful"));
    QCOMPARE(run->text(5), QLocale().toString(kProfiles));
    // The second Run continued the canceled run instead of starting another.
    QCOMPARE(run->treeWidget()->topLevelItemCount(), 1);
}

bool TestMainWindowRun::sandboxAccepts(const QString &refreshToken)
{
    Snapchat::ConnectionSettings settings;
    settings.clientId = m_server->options().clientId;
    settings.apiBaseUrl = settings.accountsBaseUrl = m_server->baseUrl();
    QNetworkAccessManager network;
    Snapchat::OAuthSession probe(settings, &network);
    probe.setClientSecret(m_server->options().clientSecret);
    QSignalSpy connected(&probe, &Snapchat::OAuthSession::connected);
    QSignalSpy failed(&probe, &Snapchat::OAuthSession::failed);
    probe.restore(refreshToken);
    return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 10000) && !connected.isEmpty();
}

void TestMainWindowRun::quitWhileTheRotatedTokenIsStoredKeepsIt()
{
    const QString key = Snapchat::SecretStore::refreshTokenKey(m_connectionId);
    const QString original = m_secrets->contents().value(key);
    QVERIFY(!original.isEmpty());
    // The keychain stores the token the run's sign-in rotates a few seconds after it gets it
    // (longer in sanitized builds, which run slower).
    const int slowdown = std::max(1, qEnvironmentVariableIntValue("AB_TEST_TIMEOUT_FACTOR"));
    m_secrets->setWriteDelay(std::chrono::seconds(3 * slowdown));
    auto window = std::make_unique<MainWindow>();
    window->runController()->setSecretStore(m_secrets.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(window->openWorkspace(m_workspacePath));
    runFromWindow(*window);
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->pendingWrites() > 0, 20000);

    // Quit now: the window goes (and the run with it), then the program waits for the keychain
    // as app/main.cpp does.
    window.reset();
    QCOMPARE(m_secrets->contents().value(key), original); // not stored yet
    QVERIFY(m_secrets->pendingWrites() > 0);
    QVERIFY(m_secrets->waitForWrites(std::chrono::seconds(10 * slowdown)));
    const QString kept = m_secrets->contents().value(key);
    QVERIFY(kept != original);
    QVERIFY(!sandboxAccepts(original));
    QVERIFY(sandboxAccepts(kept));
}

void TestMainWindowRun::readsOnlyOnceTheRotatedTokenIsStored()
{
    // A kill while the run reads (minutes for a large export) must not lose the refresh token its
    // sign-in just rotated: the run reads nothing until the keychain has stored the new one.
    const QString key = Snapchat::SecretStore::refreshTokenKey(m_connectionId);
    const QString original = m_secrets->contents().value(key);
    const int slowdown = std::max(1, qEnvironmentVariableIntValue("AB_TEST_TIMEOUT_FACTOR"));
    m_secrets->setWriteDelay(std::chrono::seconds(2));
    MainWindow window;
    window.runController()->setSecretStore(m_secrets.get());
    QSignalSpy finished(window.runController(), &RunController::outcomeReady);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_workspacePath));
    int progressWhenStored = -1;
    qsizetype outcomesWhenStored = -1;
    connect(m_secrets.get(), &Snapchat::SecretStore::writesFinished, this, [&] {
        progressWhenStored = window.runController()->panel()->progressBar()->value();
        outcomesWhenStored = finished.count();
    });
    runFromWindow(window);
    QTRY_VERIFY_WITH_TIMEOUT(progressWhenStored >= 0, 20000 * slowdown);
    QVERIFY(m_secrets->contents().value(key) != original);
    QCOMPARE(progressWhenStored, 0);
    QCOMPARE(outcomesWhenStored, 0);
    // Then it runs to the end as usual.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * slowdown);
    const auto outcome = finished.constFirst().constFirst().value<Exporting::ExportOutcome>();
    QCOMPARE(outcome.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(outcome.counts.profiles, qint64(kProfiles));
}

QTEST_MAIN(TestMainWindowRun)
#include "tst_mainwindowrun.moc"
