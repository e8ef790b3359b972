#pragma once

#include "audienceuploader.h"
#include "exportprogress.h"
#include "hashledger.h"
#include "membersource.h"
#include "profilehasher.h"
#include "runjournal.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcExport) // "audiencebridge.exporting", the module's one category

namespace Exporting {

// What one run of an export needs to know.
struct ExportJob {
    qint64 exportId = 0;
    std::array<bool, kSchemaCount> activeSchemas{};
    QString defaultRegion;
    bool mirror = false;
    int batchSize = 100000; // Snapchat's maximum identifiers per request
    int maxInFlight = 4;
    qsizetype readChunk = 16384;
    qsizetype sortMemoryBudget = DigestSorter::kDefaultMemoryBudget;
};

// One run of an export, on the worker thread: reads the members, hashes them on all cores, works
// out what to send against the sync state, sends it in batches with a bounded number of requests
// in flight, checkpoints every confirmed batch, and reads the audience back. Every profile ends
// in exactly one bucket of the run's counts.
//
// Lives in the worker thread; start() runs the reading synchronously (checking the cancel flag
// between chunks) and the upload on that thread's event loop.
class ExportRun : public QObject
{
    Q_OBJECT

public:
    ExportRun(const ExportJob &job, QSqlDatabase db, MemberSource &source, AudienceUploader &uploader,
              RunJournal &journal, QObject *parent = nullptr);
    ~ExportRun() override;
    Q_DISABLE_COPY_MOVE(ExportRun)

    void start();
    // Thread-safe: the run stops within a second, keeps its checkpoints and ends Canceled.
    void cancel() { m_cancelRequested.store(true); }

Q_SIGNALS:
    void progressChanged(const Exporting::ExportProgress &progress);
    void finished(const Exporting::ExportOutcome &outcome);

private:
    bool readAndHash();
    void countRow(const ProfileHasher::RowOutcomes &row);
    bool planUploads();
    void issueUploads();
    void onUploaded(quint64 ticket, const Exporting::UploadResult &result);
    bool checkpoint(const PendingBatch &batch, const UploadResult &result);
    void onAudienceRead(const Exporting::AudienceStatus &status);
    void finish(Workspace::RunStatus status, const QString &error = {});
    void reportProgress(bool force = false);
    // Asked through cancel() or, as the worker's owner does, QThread::requestInterruption().
    bool canceled() const;

    ExportJob m_job;
    QSqlDatabase m_db;
    MemberSource &m_source;
    AudienceUploader &m_uploader;
    RunJournal &m_journal;
    HashLedger m_ledger;
    ProfileHasher m_hasher;
    std::atomic<bool> m_cancelRequested{false};

    ExportOutcome m_outcome;
    ExportProgress m_progress;
    SyncPlan m_plan;
    // The upload streams in order: each (schema, action) with what is left and where it is.
    struct Stream {
        Identity::IdentifierType schema;
        SyncAction action;
        qint64 next = 0;
        qint64 size = 0;
    };
    std::vector<Stream> m_streams;
    size_t m_currentStream = 0;
    QHash<quint64, PendingBatch> m_inFlight;
    quint64 m_nextTicket = 1;
    QString m_fatalError;
    QElapsedTimer m_phaseTimer;
    QElapsedTimer m_progressTimer;
    bool m_finished = false;
};

} // namespace Exporting
