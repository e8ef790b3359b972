#pragma once

#include "exportprogress.h"
#include "hashledger.h"

#include <QString>

namespace Exporting {

// One request of a run, as the batch log shows it. Never holds an identifier.
struct BatchRecord {
    Identity::IdentifierType schema = Identity::IdentifierType::Email;
    SyncAction action = SyncAction::Add;
    qint64 first = 0;   // position in the run's pending list
    qint64 count = 0;
    bool confirmed = false;
    QString requestId;
    QString error;
    int retries = 0;
};

// Where a run writes its record: the workspace's runs and run_batches. Called on the worker
// thread, on the worker's own database connection.
class RunJournal
{
public:
    virtual ~RunJournal() = default;

    virtual bool markProcessing() = 0;
    // Add-batches this run confirmed in earlier attempts (a canceled or interrupted run being
    // resumed), per schema: this attempt finds them in the audience already, and moves them back
    // to "uploaded" so the run's record counts them once.
    virtual std::array<qint64, kSchemaCount> confirmedInEarlierAttempts() const { return {}; }
    // Called inside the transaction that also writes the batch's hashes to the sync state, so a
    // batch is either confirmed and recorded, or neither.
    virtual bool recordBatch(const BatchRecord &batch) = 0;
    virtual bool finish(const ExportOutcome &outcome) = 0;
    virtual QString error() const = 0;
};

} // namespace Exporting
