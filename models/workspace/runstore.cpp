#include "runstore.h"

#include <QCoreApplication>
#include <QLockFile>

#include "auditlog.h"
#include "sqlitefunctions.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace Workspace {

namespace {

constexpr std::array kStatusNames{
    QLatin1StringView("processing"), QLatin1StringView("succeeded"),
    QLatin1StringView("failed"), QLatin1StringView("cancelled"),
    QLatin1StringView("interrupted"),
};

Run runFromQuery(const QSqlQuery &query)
{
    Run run;
    run.id = query.value(0).toLongLong();
    run.exportId = query.value(1).toLongLong();
    run.status = runStatusFromName(query.value(2).toString()).value_or(RunStatus::Failed);
    run.startedBy = query.value(3).toString();
    run.startedAt = timeFromText(query.value(4));
    run.endedAt = timeFromText(query.value(5));
    run.counts = jsonObject(query.value(6));
    run.error = query.value(7).toString();
    return run;
}

constexpr QLatin1StringView kRunColumns(
    "SELECT id, export_id, status, started_by, started_at, ended_at, counts, error FROM runs");

} // namespace

QLatin1StringView runStatusName(RunStatus status)
{
    return kStatusNames[static_cast<size_t>(status)];
}

QString runStatusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Processing:
        return QCoreApplication::translate("RunStatus", "Processing");
    case RunStatus::Succeeded:
        return QCoreApplication::translate("RunStatus", "Successful");
    case RunStatus::Failed:
        return QCoreApplication::translate("RunStatus", "Failed");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("RunStatus", "Canceled");
    case RunStatus::Interrupted:
        return QCoreApplication::translate("RunStatus", "Failed (interrupted)");
    }
    return {};
}

std::optional<RunStatus> runStatusFromName(QStringView name)
{
    for (size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == kStatusNames[i])
            return static_cast<RunStatus>(i);
    }
    return std::nullopt;
}

RunStore::RunStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 RunStore::createRun(qint64 exportId, const QString &startedBy, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO runs(export_id, status, started_by, started_at) VALUES(?, ?, ?, ?)"));
    query.addBindValue(exportId);
    query.addBindValue(QString(runStatusName(RunStatus::Processing)));
    query.addBindValue(startedBy);
    query.addBindValue(nowText());
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    AuditLog(m_db).record(startedBy, QStringLiteral("run_export"), QString::number(exportId),
                          QStringLiteral("run %1").arg(id));
    return id;
}

bool RunStore::updateRun(qint64 runId, RunStatus status, const QJsonObject &counts,
                         const QString &errorText, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE runs SET status = ?, counts = ?, error = ?, ended_at = ? WHERE id = ?"));
    query.addBindValue(QString(runStatusName(status)));
    query.addBindValue(jsonText(counts));
    query.addBindValue(errorText.isEmpty() ? QVariant() : QVariant(errorText));
    query.addBindValue(status == RunStatus::Processing ? QVariant() : QVariant(nowText()));
    query.addBindValue(runId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool RunStore::recordBatch(const RunBatch &batch, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO run_batches(run_id, sequence, schema, action, identifier_count,"
        " request_id, status, error, confirmed_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(batch.runId);
    query.addBindValue(batch.sequence);
    query.addBindValue(batch.schema);
    query.addBindValue(batch.action == BatchAction::Add ? QStringLiteral("add")
                                                        : QStringLiteral("remove"));
    query.addBindValue(batch.identifierCount);
    query.addBindValue(batch.requestId.isEmpty() ? QVariant() : QVariant(batch.requestId));
    query.addBindValue(batch.status);
    query.addBindValue(batch.error.isEmpty() ? QVariant() : QVariant(batch.error));
    query.addBindValue(batch.confirmedAt.isValid()
                           ? QVariant(batch.confirmedAt.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<Run> RunStore::run(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(kRunColumns + QLatin1StringView(" WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return runFromQuery(query);
}

QList<Run> RunStore::runs(qint64 exportId, int limit) const
{
    QList<Run> runs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kRunColumns + QLatin1StringView(" WHERE export_id = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(exportId);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            runs.append(runFromQuery(query));
    }
    return runs;
}

QList<RunBatch> RunStore::batches(qint64 runId) const
{
    QList<RunBatch> batches;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT run_id, sequence, schema, action, identifier_count, request_id, status, error,"
        " confirmed_at FROM run_batches WHERE run_id = ? ORDER BY sequence"));
    query.addBindValue(runId);
    if (query.exec()) {
        while (query.next()) {
            RunBatch b;
            b.runId = query.value(0).toLongLong();
            b.sequence = query.value(1).toInt();
            b.schema = query.value(2).toString();
            b.action = query.value(3).toString() == QLatin1StringView("remove") ? BatchAction::Remove
                                                                              : BatchAction::Add;
            b.identifierCount = query.value(4).toInt();
            b.requestId = query.value(5).toString();
            b.status = query.value(6).toString();
            b.error = query.value(7).toString();
            b.confirmedAt = timeFromText(query.value(8));
            batches.append(b);
        }
    }
    return batches;
}

std::unique_ptr<QLockFile> RunStore::lockExport(qint64 exportId) const
{
    // Beside the workspace file: every process that opens the workspace sees it, and QLockFile
    // treats the lock of a process that died (a crash, a kill) as stale.
    auto lock = std::make_unique<QLockFile>(m_db.databaseName() + QStringLiteral(".export-%1.lock").arg(exportId));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

int RunStore::markInterruptedRuns(QString *error)
{
    // Only runs no live process holds: another window or command may be running one right now.
    QSqlQuery processing(m_db);
    processing.prepare(QStringLiteral("SELECT id, export_id FROM runs WHERE status = ?"));
    processing.addBindValue(QString(runStatusName(RunStatus::Processing)));
    if (!processing.exec()) {
        *error = processing.lastError().text();
        return -1;
    }
    QList<qint64> cutOff;
    while (processing.next()) {
        if (lockExport(processing.value(1).toLongLong()))
            cutOff.append(processing.value(0).toLongLong());
    }
    for (const qint64 runId : std::as_const(cutOff)) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE runs SET status = ?, ended_at = ?, error = coalesce(error,"
            " 'The program ended while the run was processing.') WHERE id = ?"));
        query.addBindValue(QString(runStatusName(RunStatus::Interrupted)));
        query.addBindValue(nowText());
        query.addBindValue(runId);
        if (!query.exec()) {
            *error = query.lastError().text();
            return -1;
        }
    }
    return static_cast<int>(cutOff.size());
}

SyncStateStore::SyncStateStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

namespace {

// Runs one statement per hash through the sqlite3 API, in sorted order: sorted keys go into the
// B-tree's pages one after another instead of all over it, and QtSql's per-row cost would be
// larger than SQLite's own here (a run can confirm a million hashes).
bool forEachSorted(const QSqlDatabase &db, const char *sql, qint64 exportId, const QString &schema,
                   QList<QByteArray> hashes, QString *error)
{
    auto *handle = static_cast<sqlite3 *>(sqliteHandle(db));
    sqlite3_stmt *statement = nullptr;
    if (!handle || sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
        return false;
    }
    std::sort(hashes.begin(), hashes.end());
    const QByteArray schemaUtf8 = schema.toUtf8();
    sqlite3_bind_int64(statement, 1, exportId);
    sqlite3_bind_text(statement, 2, schemaUtf8.constData(), static_cast<int>(schemaUtf8.size()), SQLITE_STATIC);
    bool ok = true;
    for (const QByteArray &hash : std::as_const(hashes)) {
        sqlite3_bind_blob(statement, 3, hash.constData(), static_cast<int>(hash.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            ok = false;
            break;
        }
    }
    sqlite3_finalize(statement);
    return ok;
}

} // namespace

bool SyncStateStore::insertHashes(qint64 exportId, const QString &schema,
                                  const QList<QByteArray> &hashes, QString *error)
{
    return forEachSorted(m_db, "INSERT OR IGNORE INTO sync_state(export_id, schema, hash) VALUES(?, ?, ?)",
                         exportId, schema, hashes, error);
}

bool SyncStateStore::removeHashes(qint64 exportId, const QString &schema,
                                  const QList<QByteArray> &hashes, QString *error)
{
    return forEachSorted(m_db, "DELETE FROM sync_state WHERE export_id = ? AND schema = ? AND hash = ?",
                         exportId, schema, hashes, error);
}

bool SyncStateStore::contains(qint64 exportId, const QString &schema, const QByteArray &hash) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT 1 FROM sync_state WHERE export_id = ? AND schema = ? AND hash = ?"));
    query.addBindValue(exportId);
    query.addBindValue(schema);
    query.addBindValue(hash);
    return query.exec() && query.next();
}

qint64 SyncStateStore::count(qint64 exportId, const QString &schema) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sync_state WHERE export_id = ? AND schema = ?"));
    query.addBindValue(exportId);
    query.addBindValue(schema);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool SyncStateStore::forEachHash(qint64 exportId, const QString &schema,
                                 const std::function<bool(QByteArrayView)> &callback, QString *error) const
{
    // Through the sqlite3 API: a run reads every hash its export ever confirmed, millions of
    // them, and QtSql's QVariant per row would cost more than SQLite's own work.
    auto *handle = static_cast<sqlite3 *>(sqliteHandle(m_db));
    sqlite3_stmt *statement = nullptr;
    if (!handle
        || sqlite3_prepare_v2(handle, "SELECT hash FROM sync_state WHERE export_id = ? AND schema = ?"
                                      " ORDER BY hash", -1, &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
        return false;
    }
    const QByteArray schemaUtf8 = schema.toUtf8();
    sqlite3_bind_int64(statement, 1, exportId);
    sqlite3_bind_text(statement, 2, schemaUtf8.constData(), static_cast<int>(schemaUtf8.size()), SQLITE_STATIC);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QByteArrayView hash(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
                                  sqlite3_column_bytes(statement, 0));
        if (!callback(hash)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

bool SyncStateStore::clear(qint64 exportId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE export_id = ?"));
    query.addBindValue(exportId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Workspace
