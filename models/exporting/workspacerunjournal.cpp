#include "workspacerunjournal.h"

namespace Exporting {

using Workspace::BatchAction;
using Workspace::RunBatch;

WorkspaceRunJournal::WorkspaceRunJournal(QSqlDatabase db, qint64 runId)
    : m_runs(std::move(db))
    , m_runId(runId)
{
}

bool WorkspaceRunJournal::markProcessing()
{
    // A resumed run keeps its batch log: new batches continue its numbering, and the hashes it
    // confirmed before are its own uploads.
    for (const RunBatch &batch : m_runs.batches(m_runId)) {
        m_nextSequence = std::max(m_nextSequence, batch.sequence + 1);
        if (batch.action != BatchAction::Add || batch.status != QLatin1StringView("confirmed"))
            continue;
        for (int s = 0; s < kSchemaCount; ++s) {
            if (batch.schema == Identity::schemaName(static_cast<Identity::IdentifierType>(s)))
                m_earlier[static_cast<size_t>(s)] += batch.identifierCount;
        }
    }
    return m_runs.updateRun(m_runId, Workspace::RunStatus::Processing, {}, {}, &m_error);
}

bool WorkspaceRunJournal::recordBatch(const BatchRecord &batch)
{
    RunBatch record;
    record.runId = m_runId;
    record.sequence = m_nextSequence++;
    record.schema = Identity::schemaName(batch.schema);
    record.action = batch.action == SyncAction::Add ? BatchAction::Add : BatchAction::Remove;
    record.identifierCount = static_cast<int>(batch.count);
    record.requestId = batch.requestId;
    record.status = batch.confirmed ? QStringLiteral("confirmed") : QStringLiteral("failed");
    record.error = batch.error;
    if (batch.confirmed)
        record.confirmedAt = QDateTime::currentDateTimeUtc();
    return m_runs.recordBatch(record, &m_error);
}

QJsonObject WorkspaceRunJournal::outcomeJson(const ExportOutcome &outcome)
{
    QJsonObject json = outcome.counts.toJson();
    json.insert(QStringLiteral("retries"), outcome.retries);
    json.insert(QStringLiteral("timings_ms"),
                QJsonObject{{QStringLiteral("reading"), outcome.timings.readingMs},
                            {QStringLiteral("hashing"), outcome.timings.hashingMs},
                            {QStringLiteral("planning"), outcome.timings.planningMs},
                            {QStringLiteral("uploading"), outcome.timings.uploadingMs},
                            {QStringLiteral("verifying"), outcome.timings.verifyingMs}});
    if (outcome.audience.ok) {
        json.insert(QStringLiteral("audience"),
                    QJsonObject{{QStringLiteral("approximate_number_users"), outcome.audience.approximateUsers},
                                {QStringLiteral("upload_status"), outcome.audience.uploadStatus}});
    }
    return json;
}

bool WorkspaceRunJournal::finish(const ExportOutcome &outcome)
{
    return m_runs.updateRun(m_runId, outcome.status, outcomeJson(outcome), outcome.error, &m_error);
}

} // namespace Exporting
