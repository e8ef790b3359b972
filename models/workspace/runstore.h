#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Workspace {

enum class RunStatus { Processing, Succeeded, Failed, Cancelled, Interrupted };

QLatin1StringView runStatusName(RunStatus status); // "processing", ..., "interrupted"
// What people read: "Processing", "Successful", "Failed", "Canceled", "Failed (interrupted)".
QString runStatusText(RunStatus status);
std::optional<RunStatus> runStatusFromName(QStringView name);

struct Run {
    qint64 id = 0;
    qint64 exportId = 0;
    RunStatus status = RunStatus::Processing;
    QString startedBy;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while processing
    QJsonObject counts; // free-form: {"read": n, "sent": n, "skipped": {...}, ...}
    QString error;
};

enum class BatchAction { Add, Remove };

struct RunBatch {
    qint64 runId = 0;
    int sequence = 0;
    QString schema; // EMAIL_SHA256, PHONE_SHA256, MOBILE_AD_ID_SHA256
    BatchAction action = BatchAction::Add;
    int identifierCount = 0;
    QString requestId;
    QString status; // e.g. "sent", "confirmed", "failed"
    QString error;
    QDateTime confirmedAt;
};

// Runs and their batches: the export pipeline's record and checkpoints. Takes a connection
// rather than the Workspace so a worker thread can use its own; the pipeline checks the role
// rules (ExportStore::authorizeRun) before it starts a run.
class RunStore
{
public:
    explicit RunStore(QSqlDatabase db);

    qint64 createRun(qint64 exportId, const QString &startedBy, QString *error); // 0 on failure
    bool updateRun(qint64 runId, RunStatus status, const QJsonObject &counts,
                   const QString &errorText, QString *error);
    // Inserts or replaces the batch (run_id, sequence).
    bool recordBatch(const RunBatch &batch, QString *error);
    std::optional<Run> run(qint64 runId) const;
    QList<Run> runs(qint64 exportId, int limit = 100) const; // newest first
    QList<RunBatch> batches(qint64 runId) const;
    // Runs still "processing" whose process ended (a crash, a kill) become "interrupted";
    // runs another live process is running are left alone. Returns how many were marked.
    int markInterruptedRuns(QString *error);
    // Held by the process that runs the export, for as long as it runs; nullptr when another
    // live process holds it.
    std::unique_ptr<QLockFile> lockExport(qint64 exportId) const;

private:
    QSqlDatabase m_db;
};

// The SHA-256 hashes (32 raw bytes each) an export has confirmed in its audience, per schema.
class SyncStateStore
{
public:
    explicit SyncStateStore(QSqlDatabase db);

    // Call inside a transaction for many hashes; duplicates are ignored.
    bool insertHashes(qint64 exportId, const QString &schema, const QList<QByteArray> &hashes,
                      QString *error);
    bool removeHashes(qint64 exportId, const QString &schema, const QList<QByteArray> &hashes,
                      QString *error);
    bool contains(qint64 exportId, const QString &schema, const QByteArray &hash) const;
    qint64 count(qint64 exportId, const QString &schema) const;
    // Streams the hashes in ascending byte order (forward-only); the callback returns false to
    // stop. The view is valid during the call only.
    bool forEachHash(qint64 exportId, const QString &schema,
                     const std::function<bool(QByteArrayView)> &callback, QString *error = nullptr) const;
    bool clear(qint64 exportId, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Workspace
