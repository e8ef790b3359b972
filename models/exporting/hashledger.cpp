#include "hashledger.h"

#include <sqlite3.h>

namespace Exporting {

using Identity::IdentifierType;
using Identity::Sha256;

HashLedger::HashLedger(sqlite3 *db, qint64 exportId)
    : m_db(db)
    , m_exportId(exportId)
{
}

HashLedger::~HashLedger()
{
    m_insertSeen.reset();
    m_selectPending.reset();
    m_confirmAdd.reset();
    m_confirmRemove.reset();
    if (m_collecting)
        SqliteStatement::exec(m_db, "ROLLBACK", nullptr);
    SqliteStatement::exec(m_db, "DROP TABLE IF EXISTS temp.run_seen; DROP TABLE IF EXISTS temp.pending",
                          nullptr);
}

bool HashLedger::fail(const QString &what)
{
    m_error = what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool HashLedger::begin()
{
    // Temporary tables live in SQLite's temp file, paged through a small cache: 10M hashes cost
    // disk, not memory.
    QString error;
    if (!SqliteStatement::exec(
            m_db,
            "DROP TABLE IF EXISTS temp.run_seen; DROP TABLE IF EXISTS temp.pending;"
            "CREATE TEMP TABLE run_seen (schema INTEGER NOT NULL, hash BLOB NOT NULL,"
            "  PRIMARY KEY (schema, hash)) WITHOUT ROWID;"
            "CREATE TEMP TABLE pending (seq INTEGER PRIMARY KEY, schema INTEGER NOT NULL,"
            "  action INTEGER NOT NULL, hash BLOB NOT NULL);"
            "BEGIN",
            &error)) {
        m_error = error;
        return false;
    }
    m_collecting = true;
    m_insertSeen = std::make_unique<SqliteStatement>(
        m_db, "INSERT OR IGNORE INTO temp.run_seen (schema, hash) VALUES (?1, ?2)");
    if (!m_insertSeen->isValid())
        return fail(QStringLiteral("Preparing the run's hash table failed"));
    return true;
}

bool HashLedger::addSeen(IdentifierType schema, const Sha256::Digest &digest)
{
    m_insertSeen->bind(1, static_cast<qint64>(schema));
    m_insertSeen->bindBlob(2, digest.data(), Sha256::kDigestSize);
    m_insertSeen->execute();
    return sqlite3_changes(m_db) > 0;
}

bool HashLedger::plan(bool mirror, SyncPlan &plan)
{
    m_insertSeen.reset();
    SqliteStatement additions(
        m_db, "INSERT INTO temp.pending (schema, action, hash)"
              " SELECT r.schema, 0, r.hash FROM temp.run_seen r"
              " WHERE NOT EXISTS (SELECT 1 FROM sync_state s WHERE s.export_id = ?1"
              "   AND s.schema = r.schema AND s.hash = r.hash)"
              " ORDER BY r.schema, r.hash");
    additions.bind(1, m_exportId);
    if (!additions.isValid() || !additions.execute())
        return fail(QStringLiteral("Comparing the run with the audience's sync state failed"));
    if (mirror) {
        SqliteStatement removals(
            m_db, "INSERT INTO temp.pending (schema, action, hash)"
                  " SELECT s.schema, 1, s.hash FROM sync_state s WHERE s.export_id = ?1"
                  "   AND NOT EXISTS (SELECT 1 FROM temp.run_seen r"
                  "     WHERE r.schema = s.schema AND r.hash = s.hash)"
                  " ORDER BY s.schema, s.hash");
        removals.bind(1, m_exportId);
        if (!removals.isValid() || !removals.execute())
            return fail(QStringLiteral("Listing the hashes to remove failed"));
    }

    plan = {};
    SqliteStatement seen(m_db, "SELECT schema, count(*) FROM temp.run_seen GROUP BY schema");
    while (seen.isValid() && seen.step() == SQLITE_ROW)
        plan.seen.at(static_cast<size_t>(seen.columnInt64(0))) = seen.columnInt64(1);
    SqliteStatement pending(m_db, "SELECT schema, action, count(*) FROM temp.pending GROUP BY schema, action");
    while (pending.isValid() && pending.step() == SQLITE_ROW) {
        auto &counts = pending.columnInt64(1) == 0 ? plan.toAdd : plan.toRemove;
        counts.at(static_cast<size_t>(pending.columnInt64(0))) = pending.columnInt64(2);
    }
    QString error;
    if (!SqliteStatement::exec(m_db, "COMMIT", &error)) {
        m_error = error;
        return false;
    }
    m_collecting = false;

    m_selectPending = std::make_unique<SqliteStatement>(
        m_db, "SELECT seq, hash FROM temp.pending WHERE schema = ?1 AND action = ?2 AND seq > ?3"
              " ORDER BY seq LIMIT ?4");
    m_confirmAdd = std::make_unique<SqliteStatement>(
        m_db, "INSERT OR IGNORE INTO sync_state (export_id, schema, hash) VALUES (?1, ?2, ?3)");
    m_confirmRemove = std::make_unique<SqliteStatement>(
        m_db, "DELETE FROM sync_state WHERE export_id = ?1 AND schema = ?2 AND hash = ?3");
    if (!m_selectPending->isValid() || !m_confirmAdd->isValid() || !m_confirmRemove->isValid())
        return fail(QStringLiteral("Preparing the sync state statements failed"));
    return true;
}

bool HashLedger::nextBatch(IdentifierType schema, SyncAction action, qint64 afterSequence,
                           int maxSize, PendingBatch &batch)
{
    batch.schema = schema;
    batch.action = action;
    batch.afterSequence = afterSequence;
    batch.lastSequence = afterSequence;
    batch.digests.clear();
    m_selectPending->bind(1, static_cast<qint64>(schema));
    m_selectPending->bind(2, static_cast<qint64>(action));
    m_selectPending->bind(3, afterSequence);
    m_selectPending->bind(4, maxSize);
    int result = SQLITE_ROW;
    while ((result = m_selectPending->step()) == SQLITE_ROW) {
        batch.lastSequence = m_selectPending->columnInt64(0);
        const QByteArrayView blob = m_selectPending->columnBlob(1);
        Sha256::Digest digest{};
        std::copy_n(blob.data(), std::min<qsizetype>(blob.size(), Sha256::kDigestSize), digest.begin());
        batch.digests.push_back(digest);
    }
    m_selectPending->reset();
    return result == SQLITE_DONE || fail(QStringLiteral("Reading the pending hashes failed"));
}

bool HashLedger::confirm(const PendingBatch &batch)
{
    SqliteStatement &statement = batch.action == SyncAction::Add ? *m_confirmAdd : *m_confirmRemove;
    for (const Sha256::Digest &digest : batch.digests) {
        statement.bind(1, m_exportId);
        statement.bind(2, static_cast<qint64>(batch.schema));
        statement.bindBlob(3, digest.data(), Sha256::kDigestSize);
        if (!statement.execute())
            return fail(QStringLiteral("Recording the confirmed batch failed"));
    }
    return true;
}

} // namespace Exporting
