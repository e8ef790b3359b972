#include "exportworker.h"

#include <QThread>

namespace Exporting {

namespace {

// Lives on the worker thread: builds the context there, runs the export, tears down there.
class WorkerBody : public QObject
{
    Q_OBJECT

public:
    WorkerBody(const ExportJob &job, ExportWorker::ContextFactory factory)
        : m_job(job)
        , m_factory(std::move(factory))
    {
    }

    ~WorkerBody() override
    {
        // The run refers to the context's members: it goes first.
        m_run.reset();
        m_context.reset();
    }

    void run()
    {
        m_context = m_factory();
        if (!m_context || !m_context->error.isEmpty()) {
            ExportOutcome outcome;
            outcome.status = Workspace::RunStatus::Failed;
            outcome.error = m_context ? m_context->error : QStringLiteral("no run context");
            Q_EMIT finished(outcome);
            return;
        }
        m_context->whenReady([this] { startRun(); });
    }

private:
    void startRun()
    {
        m_run = std::make_unique<ExportRun>(m_job, m_context->db, *m_context->source,
                                            *m_context->uploader, *m_context->journal);
        connect(m_run.get(), &ExportRun::progressChanged, this, &WorkerBody::progressChanged);
        connect(m_run.get(), &ExportRun::finished, this, &WorkerBody::finished);
        m_run->start();
    }

Q_SIGNALS:
    void progressChanged(const Exporting::ExportProgress &progress);
    void finished(const Exporting::ExportOutcome &outcome);

private:
    ExportJob m_job;
    ExportWorker::ContextFactory m_factory;
    std::unique_ptr<RunContext> m_context;
    std::unique_ptr<ExportRun> m_run;
};

} // namespace

ExportWorker::ExportWorker(const ExportJob &job, ContextFactory factory, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_factory(std::move(factory))
{
    qRegisterMetaType<Exporting::ExportProgress>();
    qRegisterMetaType<Exporting::ExportOutcome>();
    qRegisterMetaType<Exporting::UploadResult>();
    qRegisterMetaType<Exporting::AudienceStatus>();
}

ExportWorker::~ExportWorker()
{
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->quit();
        m_thread->wait();
    }
}

void ExportWorker::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("export-%1").arg(m_job.exportId));
    auto *body = new WorkerBody(m_job, m_factory);
    body->moveToThread(m_thread);
    connect(m_thread, &QThread::started, body, &WorkerBody::run);
    connect(m_thread, &QThread::finished, body, &QObject::deleteLater);
    connect(body, &WorkerBody::progressChanged, this, &ExportWorker::progressChanged);
    connect(body, &WorkerBody::finished, this, [this](const ExportOutcome &outcome) {
        // Let the thread tear the run down (closing its connection) before anyone reopens it.
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(outcome);
    });
    m_thread->start();
}

void ExportWorker::cancel()
{
    if (m_thread)
        m_thread->requestInterruption();
}

bool ExportWorker::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace Exporting

#include "exportworker.moc"
