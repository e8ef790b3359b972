#pragma once

#include "runjournal.h"

#include <workspace/runstore.h>

namespace Exporting {

// The run record in the workspace: the runs row, its batch log, the counts and the outcome.
class WorkspaceRunJournal : public RunJournal
{
public:
    WorkspaceRunJournal(QSqlDatabase db, qint64 runId);

    bool markProcessing() override;
    std::array<qint64, kSchemaCount> confirmedInEarlierAttempts() const override { return m_earlier; }
    bool recordBatch(const BatchRecord &batch) override;
    bool finish(const ExportOutcome &outcome) override;
    QString error() const override { return m_error; }

    // The run's record as JSON: counts, timings, audience read-back (what `runs show` prints).
    static QJsonObject outcomeJson(const ExportOutcome &outcome);

private:
    Workspace::RunStore m_runs;
    qint64 m_runId;
    int m_nextSequence = 1;
    std::array<qint64, kSchemaCount> m_earlier{};
    QString m_error;
};

} // namespace Exporting
