#pragma once

#include "runcounts.h"
#include "sqlitestatement.h"

#include <identity/identifiertype.h>
#include <identity/sha256.h>

#include <QString>

#include <memory>
#include <vector>

namespace Exporting {

enum class SyncAction { Add = 0, Remove = 1 };

// A batch of hashes waiting to be sent: the pending rows (firstSequence, lastSequence].
struct PendingBatch {
    Identity::IdentifierType schema = Identity::IdentifierType::Email;
    SyncAction action = SyncAction::Add;
    qint64 afterSequence = 0;
    qint64 lastSequence = 0;
    std::vector<Identity::Sha256::Digest> digests;

    bool isEmpty() const { return digests.empty(); }
};

// What the export must send, per schema, once the run has seen all its profiles.
struct SyncPlan {
    std::array<qint64, kSchemaCount> seen{};
    std::array<qint64, kSchemaCount> toAdd{};
    std::array<qint64, kSchemaCount> toRemove{};

    qint64 alreadyInAudience(Identity::IdentifierType type) const
    {
        const auto i = static_cast<size_t>(type);
        return seen[i] - toAdd[i];
    }
};

// The set arithmetic of one export run, on disk so memory stays flat however large the export:
// the run's distinct hashes go to a temporary table (duplicates are found there), then compared
// with the export's sync state (the hashes Snapchat has confirmed for this export) to list what to
// add and, in mirror mode, what to remove. Each confirmed batch is written to the sync state: the
// checkpoint a canceled or killed run resumes from.
//
// Works on the worker thread's own SQLite connection (its sqlite3 handle), which must have the
// workspace's sync_state table.
class HashLedger
{
public:
    HashLedger(sqlite3 *db, qint64 exportId);
    ~HashLedger();
    Q_DISABLE_COPY_MOVE(HashLedger)

    // Creates the run's temporary tables and starts collecting; false with error() on failure.
    bool begin();

    // Records a hash of this run. Returns false when the run has seen it already (a duplicate).
    bool addSeen(Identity::IdentifierType schema, const Identity::Sha256::Digest &digest);

    // After the last addSeen: lists the pending additions (and removals in mirror mode).
    bool plan(bool mirror, SyncPlan &plan);

    // The next up to maxSize pending hashes of (schema, action) after afterSequence.
    bool nextBatch(Identity::IdentifierType schema, SyncAction action, qint64 afterSequence,
                   int maxSize, PendingBatch &batch);

    // Writes a batch Snapchat confirmed into the sync state. Does not open a transaction: the
    // caller commits it together with the batch's run record.
    bool confirm(const PendingBatch &batch);

    QString error() const { return m_error; }

private:
    bool fail(const QString &what);

    sqlite3 *m_db;
    qint64 m_exportId;
    QString m_error;
    std::unique_ptr<SqliteStatement> m_insertSeen;
    std::unique_ptr<SqliteStatement> m_selectPending;
    std::unique_ptr<SqliteStatement> m_confirmAdd;
    std::unique_ptr<SqliteStatement> m_confirmRemove;
    bool m_collecting = false;
};

} // namespace Exporting
