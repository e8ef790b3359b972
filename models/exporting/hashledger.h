#pragma once

#include "digestsorter.h"
#include "runcounts.h"

#include <identity/identifiertype.h>

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace Exporting {

enum class SyncAction { Add = 0, Remove = 1 };

// A batch of hashes to send: the pending hashes at positions [first, first + digests.size()).
struct PendingBatch {
    Identity::IdentifierType schema = Identity::IdentifierType::Email;
    SyncAction action = SyncAction::Add;
    qint64 first = 0;
    std::vector<Digest> digests;

    bool isEmpty() const { return digests.empty(); }
    qint64 end() const { return first + static_cast<qint64>(digests.size()); }
};

// What the run must send, per schema, once it has seen all its profiles.
struct SyncPlan {
    std::array<qint64, kSchemaCount> seen{};       // hashes, counting repeats
    std::array<qint64, kSchemaCount> distinct{};   // distinct hashes
    std::array<qint64, kSchemaCount> toAdd{};      // distinct and not yet in the sync state
    std::array<qint64, kSchemaCount> toRemove{};   // mirror: in the sync state, not in this run

    qint64 duplicates(Identity::IdentifierType type) const { return at(seen, type) - at(distinct, type); }
    qint64 alreadyInAudience(Identity::IdentifierType type) const { return at(distinct, type) - at(toAdd, type); }

private:
    static qint64 at(const std::array<qint64, kSchemaCount> &a, Identity::IdentifierType type)
    {
        return a[static_cast<size_t>(type)];
    }
};

// The set arithmetic of one export run, with memory bounded however large the export: the run's
// hashes are sorted (spilling to temporary files past a budget), merged with the export's sync
// state (the hashes Snapchat has confirmed for this export, read in index order) to find
// duplicates, what is already in the audience, what to add and, in mirror mode, what to remove.
// Each confirmed batch is written to the sync state: the checkpoint a canceled or killed run
// resumes from.
//
// Works on the worker thread's own workspace connection.
class HashLedger
{
public:
    HashLedger(QSqlDatabase db, qint64 exportId,
               qsizetype memoryBudget = DigestSorter::kDefaultMemoryBudget);
    ~HashLedger();
    Q_DISABLE_COPY_MOVE(HashLedger)

    // Records a hash of this run; false with error() when the temporary storage failed.
    bool addSeen(Identity::IdentifierType schema, const Digest &digest);

    // After the last addSeen: compares the run with the sync state and queues what to send.
    bool plan(bool mirror, SyncPlan &plan);

    // The next up to maxSize pending hashes of (schema, action) from position first.
    bool nextBatch(Identity::IdentifierType schema, SyncAction action, qint64 first, int maxSize,
                   PendingBatch &batch);

    // Writes a batch Snapchat confirmed into the sync state. Opens no transaction: the caller
    // commits it together with the batch's run record.
    bool confirm(const PendingBatch &batch);

    QString error() const { return m_error; }

private:
    bool planSchema(Identity::IdentifierType schema, bool mirror, SyncPlan &plan);
    DigestQueue &queue(Identity::IdentifierType schema, SyncAction action);

    QSqlDatabase m_db;
    qint64 m_exportId;
    qsizetype m_memoryBudget;
    std::array<std::unique_ptr<DigestSorter>, kSchemaCount> m_sorters;
    std::array<std::array<DigestQueue, 2>, kSchemaCount> m_queues;
    QString m_error;
};

} // namespace Exporting
