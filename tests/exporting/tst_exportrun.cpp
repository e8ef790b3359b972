#include "fakeexportparts.h"

#include <identity/identifierhasher.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Exporting;
using Workspace::RunStatus;
using Identity::IdentifierType;
using Identity::RejectReason;

class TestExportRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsEveryValidHashOnceAndAccountsForEveryProfile();
    void unchangedSecondRunSendsNothing();
    void cancelThenResumeSendsEachBatchOnce();
    void failedBatchFailsRunAndIsResentNextTime();
    void revokedAuthorizationStopsTheRunUntilReconnected();
    void mirrorRemovesProfilesThatLeft();

private:
    std::vector<ProfileIdentifiers> members(int count, int offset = 0) const;
    ExportOutcome runOnce(const std::vector<ProfileIdentifiers> &rows, MemoryAudience &audience,
                          MemoryJournal &journal, bool mirror = false, int cancelAfterBatches = -1);
    static std::set<Digest> expectedHashes(const std::vector<ProfileIdentifiers> &rows);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    ExportJob m_job;
};

void TestExportRun::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("run"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("run.sqlite")));
    QVERIFY(m_db.open());
    QVERIFY(createSyncStateTable(m_db));
    QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM sync_state"));
    m_job = {};
    m_job.exportId = 1;
    m_job.activeSchemas = {true, false, false};
    m_job.batchSize = 1000;
    m_job.maxInFlight = 3;
    m_job.readChunk = 700;
}

void TestExportRun::cleanup()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("run"));
}

std::vector<ProfileIdentifiers> TestExportRun::members(int count, int offset) const
{
    std::vector<ProfileIdentifiers> rows(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int n = i + offset;
        QByteArray email;
        if (n % 50 == 1)
            email = "not an email"; // rejected: invalid_email
        else if (n % 50 == 2)
            email = QByteArray(); // rejected: missing field
        else // past 5000 the same people come again: duplicates
            email = "Person" + QByteArray::number(n % 5000) + "@Example.com";
        rows[static_cast<size_t>(i)][IdentifierType::Email] = email;
    }
    return rows;
}

std::set<Digest> TestExportRun::expectedHashes(const std::vector<ProfileIdentifiers> &rows)
{
    Identity::IdentifierHasher hasher(IdentifierType::Email);
    std::set<Digest> result;
    for (const ProfileIdentifiers &row : rows) {
        Digest digest{};
        if (hasher.digest(row.values[0], digest).ok())
            result.insert(digest);
    }
    return result;
}

ExportOutcome TestExportRun::runOnce(const std::vector<ProfileIdentifiers> &rows, MemoryAudience &audience,
                                     MemoryJournal &journal, bool mirror, int cancelAfterBatches)
{
    VectorMemberSource source(rows);
    ExportJob job = m_job;
    job.mirror = mirror;
    ExportRun run(job, m_db, source, audience, journal);
    QSignalSpy finished(&run, &ExportRun::finished);
    if (cancelAfterBatches > 0) {
        connect(&audience, &AudienceUploader::uploaded, &run, [&] {
            if (audience.batchesReceived >= cancelAfterBatches)
                run.cancel();
        });
    }
    run.start();
    if (finished.isEmpty() && !finished.wait(20000))
        return {};
    return finished.takeFirst().at(0).value<ExportOutcome>();
}

void TestExportRun::sendsEveryValidHashOnceAndAccountsForEveryProfile()
{
    const auto rows = members(7000);
    MemoryAudience audience;
    MemoryJournal journal;
    const ExportOutcome outcome = runOnce(rows, audience, journal);
    QCOMPARE(outcome.status, Workspace::RunStatus::Succeeded);
    QVERIFY(journal.processing);
    QCOMPARE(audience.hashes, expectedHashes(rows));
    for (const auto &[digest, times] : audience.timesAdded)
        QCOMPARE(times, 1);

    const SchemaCounts &email = outcome.counts[IdentifierType::Email];
    QCOMPARE(outcome.counts.profiles, 7000);
    QCOMPARE(email.profiles, 7000);
    QCOMPARE(email.uploaded, qint64(audience.hashes.size()));
    QCOMPARE(email.rejected[static_cast<size_t>(RejectReason::InvalidEmail)], 140);
    QCOMPARE(email.rejected[static_cast<size_t>(RejectReason::Empty)], 140);
    QVERIFY(email.duplicates > 0);
    QVERIFY(outcome.counts.addsUp());
    QCOMPARE(outcome.audience.approximateUsers, qint64(audience.hashes.size()));
    qint64 logged = 0;
    for (const BatchRecord &batch : journal.batches) {
        QVERIFY(batch.confirmed);
        QVERIFY(batch.count <= 1000);
        QVERIFY(batch.requestId.startsWith(QStringLiteral("req-")));
        logged += batch.count;
    }
    QCOMPARE(logged, email.uploaded);
}

void TestExportRun::unchangedSecondRunSendsNothing()
{
    const auto rows = members(3000);
    MemoryAudience audience;
    MemoryJournal first;
    QCOMPARE(runOnce(rows, audience, first).status, Workspace::RunStatus::Succeeded);
    const int batchesBefore = audience.batchesReceived;
    MemoryJournal second;
    const ExportOutcome again = runOnce(rows, audience, second);
    QCOMPARE(again.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(audience.batchesReceived, batchesBefore);
    const SchemaCounts &email = again.counts[IdentifierType::Email];
    QCOMPARE(email.uploaded, 0);
    QCOMPARE(email.alreadyInAudience, qint64(audience.hashes.size()));
    QVERIFY(again.counts.addsUp());
}

void TestExportRun::cancelThenResumeSendsEachBatchOnce()
{
    const auto rows = members(9000);
    MemoryAudience audience;
    audience.latencyMs = 20;
    MemoryJournal canceledJournal;
    const ExportOutcome canceled = runOnce(rows, audience, canceledJournal, false, 2);
    QCOMPARE(canceled.status, Workspace::RunStatus::Cancelled);
    QVERIFY(canceled.counts.addsUp());
    QVERIFY(canceled.counts[IdentifierType::Email].notSent > 0);
    QVERIFY(audience.hashes.size() < expectedHashes(rows).size());

    MemoryJournal resumedJournal;
    const ExportOutcome resumed = runOnce(rows, audience, resumedJournal);
    QCOMPARE(resumed.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(audience.hashes, expectedHashes(rows));
    QCOMPARE(resumed.counts[IdentifierType::Email].alreadyInAudience,
             canceled.counts[IdentifierType::Email].uploaded);
    // Batches confirmed before the cancel were not sent again (those in flight were aborted
    // unconfirmed, so they count as not sent and come again).
    for (const auto &[digest, times] : audience.timesAdded)
        QCOMPARE(times, 1);
}

void TestExportRun::failedBatchFailsRunAndIsResentNextTime()
{
    const auto rows = members(4000);
    MemoryAudience audience;
    audience.failBatchNumber = 2;
    MemoryJournal journal;
    const ExportOutcome failed = runOnce(rows, audience, journal);
    QCOMPARE(failed.status, Workspace::RunStatus::Failed);
    QVERIFY(failed.error.contains(QStringLiteral("500")));
    QVERIFY(failed.counts[IdentifierType::Email].failed > 0);
    QVERIFY(failed.counts.addsUp());
    const auto failedRecord = std::find_if(journal.batches.begin(), journal.batches.end(),
                                           [](const BatchRecord &b) { return !b.confirmed; });
    QVERIFY(failedRecord != journal.batches.end());
    QCOMPARE(failedRecord->requestId, QStringLiteral("req-fail"));

    audience.failBatchNumber = -1;
    MemoryJournal again;
    const ExportOutcome retried = runOnce(rows, audience, again);
    QCOMPARE(retried.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(retried.counts[IdentifierType::Email].uploaded, failed.counts[IdentifierType::Email].failed);
    QCOMPARE(audience.hashes, expectedHashes(rows));
}

void TestExportRun::revokedAuthorizationStopsTheRunUntilReconnected()
{
    m_job.batchSize = 200;
    const auto rows = members(6000);
    MemoryAudience audience;
    audience.latencyMs = 5;
    audience.revokedFromBatch = 4;
    MemoryJournal journal;
    const ExportOutcome stopped = runOnce(rows, audience, journal);
    QCOMPARE(stopped.status, Workspace::RunStatus::Failed);
    QVERIFY(stopped.reconnectNeeded);
    QCOMPARE(stopped.error, QStringLiteral("Reconnect the connection"));
    QVERIFY(stopped.counts.addsUp());
    // It stopped at once instead of sending every remaining batch to be refused.
    const SchemaCounts &email = stopped.counts[IdentifierType::Email];
    QVERIFY(email.uploaded >= 600);
    QVERIFY(email.notSent > email.failed);
    QCOMPARE(audience.batchesReceived, 3 + m_job.maxInFlight);

    // Reconnected: the next run sends the rest, and nothing twice.
    audience.revokedFromBatch = -1;
    MemoryJournal again;
    const ExportOutcome resumed = runOnce(rows, audience, again);
    QCOMPARE(resumed.status, Workspace::RunStatus::Succeeded);
    QVERIFY(!resumed.reconnectNeeded);
    QCOMPARE(audience.hashes, expectedHashes(rows));
    for (const auto &[digest, times] : audience.timesAdded)
        QCOMPARE(times, 1);
}

void TestExportRun::mirrorRemovesProfilesThatLeft()
{
    MemoryAudience audience;
    MemoryJournal first;
    QCOMPARE(runOnce(members(3000), audience, first, true).status, Workspace::RunStatus::Succeeded);
    const auto shrunk = members(2000, 1000);
    MemoryJournal second;
    const ExportOutcome mirrored = runOnce(shrunk, audience, second, true);
    QCOMPARE(mirrored.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(audience.hashes, expectedHashes(shrunk));
    QVERIFY(mirrored.counts[IdentifierType::Email].removed > 0);
    QVERIFY(mirrored.counts.addsUp());
}

QTEST_GUILESS_MAIN(TestExportRun)
#include "tst_exportrun.moc"
