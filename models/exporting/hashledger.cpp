#include "hashledger.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

namespace Exporting {

using Identity::IdentifierType;
using Identity::Sha256;

HashLedger::HashLedger(sqlite3 *db, qint64 exportId, qsizetype memoryBudget)
    : m_db(db)
    , m_exportId(exportId)
    , m_memoryBudget(memoryBudget)
{
}

HashLedger::~HashLedger() = default;

bool HashLedger::failSql(const QString &what)
{
    m_error = what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

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
    // classifies every hash.
    SqliteStatement state(m_db, "SELECT hash FROM sync_state WHERE export_id = ?1 AND schema = ?2"
                                " ORDER BY hash");
    if (!state.isValid())
        return failSql(QStringLiteral("Reading the export's sync state failed"));
    state.bind(1, m_exportId);
    state.bindText(2, Identity::schemaName(schema));

    DigestQueue &additions = queue(schema, SyncAction::Add);
    DigestQueue &removals = queue(schema, SyncAction::Remove);
    Digest ours{};
    Digest theirs{};
    bool haveOurs = run.next(ours);
    const auto stepState = [&] {
        if (state.step() != SQLITE_ROW)
            return false;
        const QByteArrayView blob = state.columnBlob(0);
        theirs.fill(0);
        std::memcpy(theirs.data(), blob.data(), static_cast<size_t>(std::min<qsizetype>(blob.size(), Sha256::kDigestSize)));
        return true;
    };
    bool haveTheirs = stepState();
    bool written = true;
    while (haveOurs || haveTheirs) {
        if (haveOurs && (!haveTheirs || ours < theirs)) {
            written &= additions.append(ours);
            haveOurs = run.next(ours);
        } else if (haveTheirs && (!haveOurs || theirs < ours)) {
            if (mirror)
                written &= removals.append(theirs);
            haveTheirs = stepState();
        } else {
            haveOurs = run.next(ours);
            haveTheirs = stepState();
        }
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
    SqliteStatement statement(
        m_db, batch.action == SyncAction::Add
                  ? "INSERT OR IGNORE INTO sync_state (export_id, schema, hash) VALUES (?1, ?2, ?3)"
                  : "DELETE FROM sync_state WHERE export_id = ?1 AND schema = ?2 AND hash = ?3");
    if (!statement.isValid())
        return failSql(QStringLiteral("Recording the confirmed batch failed"));
    for (const Digest &digest : batch.digests) {
        statement.bind(1, m_exportId);
        statement.bindText(2, Identity::schemaName(batch.schema));
        statement.bindBlob(3, digest.data(), Sha256::kDigestSize);
        if (!statement.execute())
            return failSql(QStringLiteral("Recording the confirmed batch failed"));
    }
    return true;
}

} // namespace Exporting
