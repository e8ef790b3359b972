#include "hashledger.h"

#include <workspace/runstore.h>

#include <QCoreApplication>

#include <cstring>

namespace Exporting {

using Identity::IdentifierType;
using Identity::Sha256;

HashLedger::HashLedger(QSqlDatabase db, qint64 exportId, qsizetype memoryBudget)
    : m_db(std::move(db))
    , m_exportId(exportId)
    , m_memoryBudget(memoryBudget)
{
}

HashLedger::~HashLedger() = default;

DigestQueue &HashLedger::queue(IdentifierType schema, SyncAction action)
{
    return m_queues[static_cast<size_t>(schema)][static_cast<size_t>(action)];
}

bool HashLedger::addSeen(IdentifierType schema, const Digest &digest)
{
    std::unique_ptr<DigestSorter> &sorter = m_sorters[static_cast<size_t>(schema)];
    if (!sorter)
        sorter = std::make_unique<DigestSorter>(m_memoryBudget);
    if (sorter->add(digest))
        return true;
    m_error = sorter->error();
    return false;
}

bool HashLedger::plan(bool mirror, SyncPlan &plan)
{
    plan = {};
    for (int s = 0; s < kSchemaCount; ++s) {
        if (!planSchema(static_cast<IdentifierType>(s), mirror, plan))
            return false;
    }
    return true;
}

bool HashLedger::planSchema(IdentifierType schema, bool mirror, SyncPlan &plan)
{
    const auto index = static_cast<size_t>(schema);
    DigestSorter emptyRun;
    DigestSorter &run = m_sorters[index] ? *m_sorters[index] : emptyRun;
    if (!run.finish()) {
        m_error = run.error();
        return false;
    }
    // Both sides ascend in memcmp order (SQLite compares BLOBs with memcmp), so one merge pass
    // classifies every hash: only ours (add), only theirs (remove, in mirror mode), or both.
    DigestQueue &additions = queue(schema, SyncAction::Add);
    DigestQueue &removals = queue(schema, SyncAction::Remove);
    Digest ours{};
    bool haveOurs = run.next(ours);
    bool written = true;
    const auto addOurs = [&] {
        written &= additions.append(ours);
        haveOurs = run.next(ours);
    };
    const Workspace::SyncStateStore state(m_db);
    QString readError;
    const bool read = state.forEachHash(m_exportId, Identity::schemaName(schema), [&](QByteArrayView blob) {
        Digest theirs{};
        std::memcpy(theirs.data(), blob.data(), static_cast<size_t>(std::min<qsizetype>(blob.size(), Sha256::kDigestSize)));
        while (haveOurs && ours < theirs)
            addOurs();
        if (haveOurs && ours == theirs)
            haveOurs = run.next(ours);
        else if (mirror)
            written &= removals.append(theirs);
        return written;
    }, &readError);
    while (haveOurs && written)
        addOurs();
    if (!read) {
        m_error = QCoreApplication::translate("Exporting", "Reading the export's sync state failed: %1").arg(readError);
        return false;
    }
    if (!run.error().isEmpty()) {
        m_error = run.error();
        return false;
    }
    if (!written || !additions.flush() || !removals.flush()) {
        m_error = QCoreApplication::translate("Exporting", "Writing a temporary file failed: %1")
                      .arg(additions.error().isEmpty() ? removals.error() : additions.error());
        return false;
    }
    plan.seen[index] = run.added();
    plan.distinct[index] = run.distinct();
    plan.toAdd[index] = additions.size();
    plan.toRemove[index] = removals.size();
    m_sorters[index].reset(); // frees the sort buffer before the upload starts
    return true;
}

bool HashLedger::nextBatch(IdentifierType schema, SyncAction action, qint64 first, int maxSize,
                           PendingBatch &batch)
{
    batch.schema = schema;
    batch.action = action;
    batch.first = first;
    DigestQueue &pending = queue(schema, action);
    if (pending.read(first, maxSize, batch.digests))
        return true;
    m_error = QCoreApplication::translate("Exporting", "Reading a temporary file failed: %1").arg(pending.error());
    return false;
}

bool HashLedger::confirm(const PendingBatch &batch)
{
    QList<QByteArray> hashes;
    hashes.reserve(static_cast<qsizetype>(batch.digests.size()));
    for (const Digest &digest : batch.digests)
        hashes.append(QByteArray(reinterpret_cast<const char *>(digest.data()), Sha256::kDigestSize));
    Workspace::SyncStateStore state(m_db);
    const QString schema = Identity::schemaName(batch.schema);
    const bool written = batch.action == SyncAction::Add
        ? state.insertHashes(m_exportId, schema, hashes, &m_error)
        : state.removeHashes(m_exportId, schema, hashes, &m_error);
    return written;
}

} // namespace Exporting
