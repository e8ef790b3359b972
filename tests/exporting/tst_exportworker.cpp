// The worker runs on its own thread: the caller's event loop keeps turning while it works, and
// progress arrives through queued signals.
#include "fakeexportparts.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Exporting;
using Workspace::RunStatus;
using Identity::IdentifierType;

namespace {

std::vector<ProfileIdentifiers> manyMembers(int count)
{
    std::vector<ProfileIdentifiers> rows(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        rows[static_cast<size_t>(i)][IdentifierType::Email] = "someone" + QByteArray::number(i) + "@example.com";
        rows[static_cast<size_t>(i)][IdentifierType::Phone] = "+49 170 " + QByteArray::number(1000000 + i);
    }
    return rows;
}

} // namespace

class TestExportWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressFromOwnThreadWhileCallerStaysResponsive();
    void cancelStopsWithinASecond();
    void runWaitsUntilTheContextIsReady();

private:
    ExportWorker::ContextFactory factory(int members, int latencyMs, QThread **workerThread = nullptr,
                                         std::shared_ptr<std::atomic_bool> readyCalled = {});
    QTemporaryDir m_dir;
};

namespace {

// Ready only a while after it was built, like a context whose sign-in is still being refreshed.
struct LateContext : TestContext {
    std::shared_ptr<std::atomic_bool> readyCalled;
    std::unique_ptr<QObject> timerContext = std::make_unique<QObject>(); // lives on the worker thread

    void whenReady(const std::function<void()> &ready) override
    {
        QTimer::singleShot(300, timerContext.get(), [flag = readyCalled, ready] {
            flag->store(true);
            ready();
        });
    }
};

} // namespace

ExportWorker::ContextFactory TestExportWorker::factory(int members, int latencyMs, QThread **workerThread,
                                                       std::shared_ptr<std::atomic_bool> readyCalled)
{
    const QString path = m_dir.filePath(QStringLiteral("worker.sqlite"));
    return [=] {
        std::unique_ptr<TestContext> context;
        if (readyCalled) {
            auto late = std::make_unique<LateContext>();
            late->readyCalled = readyCalled;
            context = std::move(late);
        } else {
            context = std::make_unique<TestContext>();
        }
        if (workerThread)
            *workerThread = QThread::currentThread();
        context->connectionName = QStringLiteral("worker-%1").arg(quintptr(QThread::currentThreadId()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), context->connectionName);
        db.setDatabaseName(path);
        if (!db.open() || !createSyncStateTable(db)) {
            context->error = QStringLiteral("cannot open the test database");
            return std::unique_ptr<RunContext>(std::move(context));
        }
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM sync_state"));
        context->db = db;
        context->source = std::make_unique<VectorMemberSource>(manyMembers(members));
        auto audience = std::make_unique<MemoryAudience>();
        audience->latencyMs = latencyMs;
        context->uploader = std::move(audience);
        context->journal = std::make_unique<MemoryJournal>();
        return std::unique_ptr<RunContext>(std::move(context));
    };
}

void TestExportWorker::progressFromOwnThreadWhileCallerStaysResponsive()
{
    ExportJob job;
    job.exportId = 1;
    job.activeSchemas = {true, true, false}; // phones are the slow part: real work to do
    job.defaultRegion = QStringLiteral("DE");
    job.batchSize = 20000;
    QThread *workerThread = nullptr;
    ExportWorker worker(job, factory(150000, 5, &workerThread));
    QSignalSpy progress(&worker, &ExportWorker::progressChanged);
    QSignalSpy finished(&worker, &ExportWorker::finished);

    // A 10 ms heartbeat on the caller's thread: its longest gap is the longest stall.
    QElapsedTimer sinceBeat;
    qint64 longestGap = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, sinceBeat.restart());
    });
    heartbeat.start(10);
    sinceBeat.start();
    worker.start();
    QVERIFY(finished.wait(120000));
    heartbeat.stop();

    const auto outcome = finished.at(0).at(0).value<ExportOutcome>();
    QCOMPARE(outcome.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(outcome.counts[IdentifierType::Phone].uploaded, 150000);
    QVERIFY(workerThread && workerThread != QThread::currentThread());
    QVERIFY2(progress.size() >= 3, "progress arrives while the run goes on");
    QVERIFY2(progress.size() < 20 * (outcome.timings.readingMs + outcome.timings.uploadingMs + 1000) / 1000,
             "at most ~10 updates a second");
    // Sanitized builds run every thread several times slower: the bound scales with them.
    const qint64 allowedGap = 100 * std::max(1, qEnvironmentVariableIntValue("AB_TEST_TIMEOUT_FACTOR"));
    QVERIFY2(longestGap < allowedGap, qPrintable(QStringLiteral("the caller's loop stalled %1 ms").arg(longestGap)));
}

void TestExportWorker::cancelStopsWithinASecond()
{
    ExportJob job;
    job.exportId = 1;
    job.activeSchemas = {true, false, false};
    job.batchSize = 1000;
    job.maxInFlight = 2;
    ExportWorker worker(job, factory(50000, 2000)); // every request takes 2 s
    QSignalSpy progress(&worker, &ExportWorker::progressChanged);
    QSignalSpy finished(&worker, &ExportWorker::finished);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty()
                                 && progress.last().at(0).value<ExportProgress>().phase == ExportPhase::Uploading,
                             20000);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    worker.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    const auto outcome = finished.at(0).at(0).value<ExportOutcome>();
    QCOMPARE(outcome.status, Workspace::RunStatus::Cancelled);
    QVERIFY(outcome.counts.addsUp());
    QVERIFY(!worker.isRunning());
}

// The run reads nothing, and reports nothing, before its context says it is ready (the export
// launcher's context waits for the connection's token refresh there).
void TestExportWorker::runWaitsUntilTheContextIsReady()
{
    ExportJob job;
    job.exportId = 1;
    job.activeSchemas = {true, false, false};
    auto readyCalled = std::make_shared<std::atomic_bool>(false);
    ExportWorker worker(job, factory(2000, 0, nullptr, readyCalled));
    bool progressBeforeReady = false;
    connect(&worker, &ExportWorker::progressChanged, this, [&] { progressBeforeReady |= !readyCalled->load(); });
    QSignalSpy finished(&worker, &ExportWorker::finished);
    worker.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(readyCalled->load());
    QVERIFY(!progressBeforeReady);
    const auto outcome = finished.at(0).at(0).value<ExportOutcome>();
    QCOMPARE(outcome.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(outcome.counts.profiles, 2000);
}

QTEST_GUILESS_MAIN(TestExportWorker)
#include "tst_exportworker.moc"
