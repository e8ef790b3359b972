#include "exportrun.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcExport, "audiencebridge.exporting")

namespace Exporting {

using Identity::IdentifierType;

namespace {
constexpr qint64 kProgressIntervalMs = 100;
constexpr int kCancelPollMs = 100;

double perSecond(qint64 count, qint64 elapsedMs)
{
    return elapsedMs > 0 ? static_cast<double>(count) * 1000.0 / static_cast<double>(elapsedMs) : 0.0;
}
} // namespace

QString exportPhaseText(ExportPhase phase)
{
    switch (phase) {
    case ExportPhase::Reading:
        return QCoreApplication::translate("ExportPhase", "Reading and hashing profiles");
    case ExportPhase::Planning:
        return QCoreApplication::translate("ExportPhase", "Comparing with the audience");
    case ExportPhase::Uploading:
        return QCoreApplication::translate("ExportPhase", "Sending to Snapchat");
    case ExportPhase::Verifying:
        return QCoreApplication::translate("ExportPhase", "Reading the audience back");
    case ExportPhase::Finished:
        return QCoreApplication::translate("ExportPhase", "Finished");
    }
    return {};
}

int ExportProgress::permille() const
{
    // Reading takes the first 40%, planning to 45%, uploading to 98%, the read-back the rest.
    switch (phase) {
    case ExportPhase::Reading:
        return totalProfiles > 0 ? static_cast<int>(400 * std::min(profilesRead, totalProfiles) / totalProfiles) : 0;
    case ExportPhase::Planning:
        return 420;
    case ExportPhase::Uploading:
        return 450 + (toSend > 0 ? static_cast<int>(530 * std::min(sent, toSend) / toSend) : 530);
    case ExportPhase::Verifying:
        return 990;
    case ExportPhase::Finished:
        return 1000;
    }
    return 0;
}

ExportRun::ExportRun(const ExportJob &job, QSqlDatabase db, MemberSource &source,
                     AudienceUploader &uploader, RunJournal &journal, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_db(db)
    , m_source(source)
    , m_uploader(uploader)
    , m_journal(journal)
    , m_ledger(db, job.exportId, job.sortMemoryBudget)
    , m_hasher(job.activeSchemas, job.defaultRegion)
{
    m_outcome.counts.active = job.activeSchemas;
    connect(&m_uploader, &AudienceUploader::uploaded, this, &ExportRun::onUploaded);
    connect(&m_uploader, &AudienceUploader::audienceRead, this, &ExportRun::onAudienceRead);
}

ExportRun::~ExportRun() = default;

bool ExportRun::canceled() const
{
    return m_cancelRequested.load() || QThread::currentThread()->isInterruptionRequested();
}

void ExportRun::start()
{
    m_progressTimer.start();
    if (!m_journal.markProcessing()) {
        finish(Workspace::RunStatus::Failed, m_journal.error());
        return;
    }
    m_progress.totalProfiles = m_source.count();
    if (!readAndHash())
        return;
    if (!planUploads())
        return;
    m_progress.phase = ExportPhase::Uploading;
    m_progress.rate = 0;
    m_progress.etaSeconds = -1;
    m_phaseTimer.start();
    reportProgress(true);

    auto *cancelPoll = new QTimer(this);
    connect(cancelPoll, &QTimer::timeout, this, [this] {
        if (canceled() && !m_inFlight.isEmpty())
            m_uploader.abortAll();
    });
    cancelPoll->start(kCancelPollMs);
    issueUploads();
}

bool ExportRun::readAndHash()
{
    m_progress.phase = ExportPhase::Reading;
    m_phaseTimer.start();
    reportProgress(true);
    std::vector<ProfileIdentifiers> rows;
    std::vector<ProfileHasher::RowOutcomes> outcomes;
    QElapsedTimer hashing;
    for (;;) {
        if (canceled()) {
            finish(Workspace::RunStatus::Cancelled);
            return false;
        }
        QElapsedTimer reading;
        reading.start();
        if (!m_source.read(rows, m_job.readChunk)) {
            finish(Workspace::RunStatus::Failed, m_source.error());
            return false;
        }
        m_outcome.timings.readingMs += reading.elapsed();
        if (rows.empty())
            break;
        hashing.start();
        m_hasher.hash(rows, outcomes);
        for (const ProfileHasher::RowOutcomes &row : outcomes)
            countRow(row);
        m_outcome.timings.hashingMs += hashing.elapsed();
        if (!m_ledger.error().isEmpty()) {
            finish(Workspace::RunStatus::Failed, m_ledger.error());
            return false;
        }
        m_progress.profilesRead = m_outcome.counts.profiles;
        m_progress.rate = perSecond(m_progress.profilesRead, m_phaseTimer.elapsed());
        if (m_progress.totalProfiles > 0 && m_progress.rate > 0) {
            m_progress.etaSeconds = static_cast<qint64>(
                static_cast<double>(m_progress.totalProfiles - m_progress.profilesRead) / m_progress.rate);
        }
        reportProgress();
    }
    return true;
}

void ExportRun::countRow(const ProfileHasher::RowOutcomes &row)
{
    RunCounts &counts = m_outcome.counts;
    ++counts.profiles;
    for (int s = 0; s < kSchemaCount; ++s) {
        if (!m_job.activeSchemas[static_cast<size_t>(s)])
            continue;
        SchemaCounts &schema = counts.bySchema[static_cast<size_t>(s)];
        ++schema.profiles;
        const HashOutcome &outcome = row[static_cast<size_t>(s)];
        if (!outcome.ok()) {
            schema.reject(outcome.reason);
            ++m_progress.skipped;
            continue;
        }
        ++m_progress.identifiersHashed;
        m_ledger.addSeen(static_cast<IdentifierType>(s), outcome.digest);
    }
}

bool ExportRun::planUploads()
{
    m_progress.phase = ExportPhase::Planning;
    m_progress.etaSeconds = -1;
    reportProgress(true);
    QElapsedTimer planning;
    planning.start();
    if (!m_ledger.plan(m_job.mirror, m_plan)) {
        finish(Workspace::RunStatus::Failed, m_ledger.error());
        return false;
    }
    m_outcome.timings.planningMs = planning.elapsed();
    for (int s = 0; s < kSchemaCount; ++s) {
        const auto type = static_cast<IdentifierType>(s);
        if (!m_job.activeSchemas[static_cast<size_t>(s)])
            continue;
        SchemaCounts &counts = m_outcome.counts[type];
        counts.duplicates = m_plan.duplicates(type);
        // A resumed run sent part of its hashes in an earlier attempt: those are its uploads.
        const qint64 earlier = std::min(m_journal.confirmedInEarlierAttempts()[static_cast<size_t>(s)],
                                        m_plan.alreadyInAudience(type));
        counts.alreadyInAudience = m_plan.alreadyInAudience(type) - earlier;
        counts.uploaded = earlier;
        m_progress.skipped += counts.duplicates + counts.alreadyInAudience;
        // Additions first: a mirror run that is stopped halfway has then only grown the audience.
        m_streams.push_back({type, SyncAction::Add, 0, m_plan.toAdd[static_cast<size_t>(s)]});
        m_progress.toSend += m_plan.toAdd[static_cast<size_t>(s)];
    }
    if (m_job.mirror) {
        for (int s = 0; s < kSchemaCount; ++s) {
            const qint64 removals = m_plan.toRemove[static_cast<size_t>(s)];
            m_streams.push_back({static_cast<IdentifierType>(s), SyncAction::Remove, 0, removals});
            m_progress.toSend += removals;
        }
    }
    return true;
}

void ExportRun::issueUploads()
{
    const bool stopping = canceled() || !m_fatalError.isEmpty();
    while (!stopping && m_inFlight.size() < m_job.maxInFlight && m_currentStream < m_streams.size()) {
        Stream &stream = m_streams[m_currentStream];
        if (stream.next >= stream.size) {
            ++m_currentStream;
            continue;
        }
        PendingBatch batch;
        if (!m_ledger.nextBatch(stream.schema, stream.action, stream.next, m_job.batchSize, batch)) {
            m_fatalError = m_ledger.error();
            break;
        }
        stream.next = batch.end();
        const quint64 ticket = m_nextTicket++;
        m_uploader.upload(ticket, batch);
        m_inFlight.insert(ticket, std::move(batch));
    }
    if (!m_inFlight.isEmpty())
        return;
    if (!m_fatalError.isEmpty()) {
        finish(Workspace::RunStatus::Failed, m_fatalError);
    } else if (canceled()) {
        finish(Workspace::RunStatus::Cancelled);
    } else {
        m_outcome.timings.uploadingMs = m_phaseTimer.elapsed();
        m_progress.phase = ExportPhase::Verifying;
        m_progress.etaSeconds = -1;
        reportProgress(true);
        m_phaseTimer.start();
        m_uploader.readAudience();
    }
}

void ExportRun::onUploaded(quint64 ticket, const UploadResult &result)
{
    const auto found = m_inFlight.find(ticket);
    if (found == m_inFlight.end())
        return;
    const PendingBatch batch = std::move(*found);
    m_inFlight.erase(found);
    m_outcome.retries += result.retries;
    m_progress.retries = m_outcome.retries;

    const bool confirmed = result.confirmed && checkpoint(batch, result);
    SchemaCounts &counts = m_outcome.counts[batch.schema];
    const auto size = static_cast<qint64>(batch.digests.size());
    if (confirmed) {
        (batch.action == SyncAction::Add ? counts.uploaded : counts.removed) += size;
        m_progress.sent += size;
    } else if (canceled() && !result.confirmed) {
        // Aborted by the cancel: not sent, as far as this run knows; the next run sends it.
    } else {
        if (batch.action == SyncAction::Add)
            counts.failed += size;
        if (!result.confirmed) {
            BatchRecord record{batch.schema, batch.action, batch.first, size, false,
                               result.requestId, result.error, result.retries};
            m_journal.recordBatch(record);
        }
        if (result.reconnectNeeded) {
            m_outcome.reconnectNeeded = true;
            if (m_fatalError.isEmpty())
                m_fatalError = result.error;
        }
        if (m_outcome.error.isEmpty())
            m_outcome.error = result.error;
    }
    m_progress.rate = perSecond(m_progress.sent, m_phaseTimer.elapsed());
    if (m_progress.rate > 0) {
        m_progress.etaSeconds = static_cast<qint64>(
            static_cast<double>(m_progress.toSend - m_progress.sent) / m_progress.rate);
    }
    reportProgress();
    issueUploads();
}

bool ExportRun::checkpoint(const PendingBatch &batch, const UploadResult &result)
{
    // The hashes go into the sync state and the batch into the run's log in one transaction:
    // after a crash a batch is either fully checkpointed or will be sent again.
    if (!m_db.transaction()) {
        m_fatalError = m_db.lastError().text();
        return false;
    }
    const BatchRecord record{batch.schema, batch.action, batch.first,
                             static_cast<qint64>(batch.digests.size()), true, result.requestId,
                             {}, result.retries};
    if (!m_ledger.confirm(batch) || !m_journal.recordBatch(record) || !m_db.commit()) {
        m_fatalError = !m_ledger.error().isEmpty() ? m_ledger.error()
            : !m_journal.error().isEmpty()         ? m_journal.error()
                                                   : m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

void ExportRun::onAudienceRead(const AudienceStatus &status)
{
    m_outcome.audience = status;
    m_outcome.timings.verifyingMs = m_phaseTimer.elapsed();
    const bool anyFailed = std::any_of(m_outcome.counts.bySchema.begin(), m_outcome.counts.bySchema.end(),
                                       [](const SchemaCounts &c) { return c.failed > 0; });
    if (anyFailed)
        finish(Workspace::RunStatus::Failed, m_outcome.error);
    else
        finish(Workspace::RunStatus::Succeeded);
}

void ExportRun::finish(Workspace::RunStatus status, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Whatever was neither confirmed, failed nor skipped was not sent: the counts add up for a
    // run stopped anywhere.
    for (int s = 0; s < kSchemaCount; ++s) {
        SchemaCounts &counts = m_outcome.counts.bySchema[static_cast<size_t>(s)];
        if (m_job.activeSchemas[static_cast<size_t>(s)]) {
            counts.notSent = 0;
            counts.notSent = counts.profiles - counts.accountedFor();
        }
    }
    m_outcome.status = status;
    if (!error.isEmpty())
        m_outcome.error = error;
    else if (status == Workspace::RunStatus::Succeeded)
        m_outcome.error.clear();
    m_progress.phase = ExportPhase::Finished;
    reportProgress(true);
    if (!m_journal.finish(m_outcome)) {
        qCWarning(lcExport) << "Recording the end of the run failed:" << m_journal.error();
        if (m_outcome.status == Workspace::RunStatus::Succeeded) {
            m_outcome.status = Workspace::RunStatus::Failed;
            m_outcome.error = m_journal.error();
        }
    }
    Q_EMIT finished(m_outcome);
}

void ExportRun::reportProgress(bool force)
{
    if (!force && m_progressTimer.elapsed() < kProgressIntervalMs)
        return;
    m_progressTimer.restart();
    Q_EMIT progressChanged(m_progress);
}

} // namespace Exporting
