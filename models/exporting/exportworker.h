#pragma once

#include "exportrun.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QThread;

namespace Exporting {

// Everything a run uses on the worker thread, created there: the worker's own database
// connection, the member source on it, the uploader with its own QNetworkAccessManager, the
// journal. Destroyed on the worker thread too (closing the connection there).
struct RunContext {
    virtual ~RunContext() = default;
    QSqlDatabase db;
    std::unique_ptr<MemberSource> source;
    std::unique_ptr<AudienceUploader> uploader;
    std::unique_ptr<RunJournal> journal;
    QString error; // set instead of the members above when setting up failed

    // Called on the worker thread before the run starts; calls ready() there once the context
    // may be used (by default at once).
    virtual void whenReady(const std::function<void()> &ready) { ready(); }
};

// Runs one export on its own QThread and reports back through queued signals, so the caller's
// event loop (the GUI, the command line's progress) never waits on it.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    // Called on the worker thread to build the run's context.
    using ContextFactory = std::function<std::unique_ptr<RunContext>()>;

    ExportWorker(const ExportJob &job, ContextFactory factory, QObject *parent = nullptr);
    // Cancels a run still going and waits for its thread.
    ~ExportWorker() override;
    Q_DISABLE_COPY_MOVE(ExportWorker)

    void start();
    // Asks the run to stop; finished() follows with status Canceled within about a second.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(const Exporting::ExportProgress &progress);
    void finished(const Exporting::ExportOutcome &outcome);

private:
    ExportJob m_job;
    ContextFactory m_factory;
    QThread *m_thread = nullptr;
};

} // namespace Exporting
