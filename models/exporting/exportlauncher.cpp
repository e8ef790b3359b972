#include "exportlauncher.h"

#include "snapchatuploader.h"
#include "sqlmembersource.h"
#include "workspacerunjournal.h"

#include <snapchat/apisession.h>
#include <snapchat/secretstore.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/runstore.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLockFile>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace Exporting {

namespace {

// How long a run waits for the keychain to store a rotated refresh token before it reads anyway.
constexpr qint64 kKeychainWaitMs = 30 * 1000;

// The "Exporting" translation context; lupdate reads the macro, so it collects these strings under
// the context they are looked up in at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exporting)
};

// Everything the worker thread needs, gathered on the caller's thread.
struct RunPlan {
    QString workspacePath;
    qint64 runId = 0;
    ExportJob job;
    QList<Workspace::Segment> segments;
    std::array<QString, kSchemaCount> fields;
    MemberSourcePlan members; // the workspace's profiles, or the profile source the segments read
    Snapchat::ConnectionSettings settings;
    QString connectionId;
    QString audienceId;
    Snapchat::SecretStore::SignIn signIn;
    // Held while the run goes on (released with the worker): no other process runs or marks it.
    std::shared_ptr<QLockFile> exportLock;
};

// The run's objects on the worker thread, torn down there in dependency order.
struct SnapchatRunContext : RunContext {
    std::unique_ptr<Workspace::ThreadConnection> connection;
    std::unique_ptr<Snapchat::ApiSession> api;

    // Where the session's rotated refresh tokens go (the store lives on the caller's thread).
    QPointer<Snapchat::SecretStore> secrets;

    // The session refreshes its access token as it starts, and Snapchat may rotate the refresh
    // token with it: the run starts reading (minutes for a large export, when the process may be
    // killed) only once the keychain has stored the new token, not merely been handed it.
    // Otherwise a kill while reading leaves the keychain with a token Snapchat no longer accepts.
    void whenReady(const std::function<void()> &ready) override
    {
        if (!api || !api->oauth().accessToken().isEmpty()) {
            ready();
            return;
        }
        // Joins the refresh in flight; a failed one shows in the run's first upload.
        api->oauth().refreshAccessToken([this, ready](const Snapchat::ApiError &) { whenStored(ready); });
    }

    // The store counts its writes from the moment it is handed one (atomically, so this thread
    // may look): polled here, on the worker's thread, whose event loop runs meanwhile.
    void whenStored(const std::function<void()> &ready)
    {
        if (!secrets || secrets->pendingWrites() == 0) {
            ready();
            return;
        }
        auto *poll = new QTimer(&api->oauth()); // goes with the session if the run is torn down
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, ready, waited = QElapsedTimer()]() mutable {
            if (!waited.isValid())
                waited.start();
            const bool stored = !secrets || secrets->pendingWrites() == 0;
            if (!stored && waited.elapsed() < kKeychainWaitMs)
                return;
            if (!stored)
                qCWarning(lcExport) << "the keychain has not confirmed the new refresh token after"
                                      << kKeychainWaitMs << "ms; the run goes on";
            poll->deleteLater();
            ready();
        });
        poll->start();
    }

    ~SnapchatRunContext() override
    {
        uploader.reset();
        source.reset();
        journal.reset();
        api.reset();
        db = {};
        connection.reset();
    }
};

std::unique_ptr<RunContext> createContext(const RunPlan &plan, QPointer<Snapchat::SecretStore> secrets)
{
    auto context = std::make_unique<SnapchatRunContext>();
    const QString connectionName = QStringLiteral("export-run-%1").arg(plan.runId);
    context->connection = std::make_unique<Workspace::ThreadConnection>(plan.workspacePath, connectionName);
    if (!context->connection->isOpen()) {
        context->error = context->connection->errorString();
        return context;
    }
    context->db = context->connection->database();
    context->source = createMemberSource(plan.members, context->db, plan.segments, plan.fields);
    context->journal = std::make_unique<WorkspaceRunJournal>(context->db, plan.runId);

    // The store lives on the caller's thread; the session hands every rotated refresh token to it.
    context->api = std::make_unique<Snapchat::ApiSession>(plan.settings, plan.connectionId, plan.signIn, secrets.data());
    context->secrets = secrets;
    context->uploader = std::make_unique<SnapchatUploader>(context->api->client(), plan.audienceId);
    return context;
}

// The checks and loading done before any secret is read; false with *error.
bool planRun(const LaunchRequest &request, RunPlan &plan, QString *error)
{
    Workspace::Workspace::Options options;
    options.user = request.user;
    const std::unique_ptr<Workspace::Workspace> workspace =
        Workspace::Workspace::open(request.workspacePath, options, error);
    if (!workspace)
        return false;
    Workspace::ExportStore exports(*workspace);
    if (!exports.authorizeRun(request.exportId, error))
        return false;
    const std::optional<Workspace::Export> definition = exports.get(request.exportId, error);
    if (!definition)
        return false;
    if (definition->audienceId.isEmpty()) {
        *error = Text::tr("Export '%1' has no Snapchat audience yet: choose or create one in the export's settings.")
                     .arg(definition->name);
        return false;
    }
    const std::optional<Workspace::Connection> connection =
        Workspace::ConnectionStore(*workspace).forUse(definition->connectionId, error);
    if (!connection)
        return false;
    Workspace::SegmentStore segments(*workspace);
    for (const qint64 id : definition->segmentIds) {
        const std::optional<Workspace::Segment> segment = segments.get(id);
        if (!segment) {
            *error = Text::tr("Export '%1' uses a segment that no longer exists (id %2).").arg(definition->name).arg(id);
            return false;
        }
        plan.segments.append(*segment);
    }
    if (!planMemberSource(*workspace, plan.segments, &plan.members, error))
        return false;

    plan.workspacePath = workspace->path();
    plan.connectionId = connection->id;
    plan.audienceId = definition->audienceId;
    plan.settings = connectionSettings(*connection);
    if (!plan.settings.validate(error))
        return false;

    plan.fields = {definition->emailField, definition->phoneField, definition->maidField};
    ExportJob &job = plan.job;
    job.exportId = definition->id;
    for (size_t s = 0; s < plan.fields.size(); ++s)
        job.activeSchemas[s] = !plan.fields[s].isEmpty();
    job.defaultRegion = definition->defaultRegion;
    job.mirror = definition->mode == Workspace::ExportMode::Mirror;
    if (request.batchSize > 0)
        job.batchSize = std::min(request.batchSize, job.batchSize);
    return true;
}

// Takes the export's run lock, then resumes the export's last run when it did not succeed, else
// starts a new one.
qint64 createOrResumeRun(RunPlan &plan, const QString &user, QString *error)
{
    Workspace::Workspace::Options options;
    options.user = user;
    const std::unique_ptr<Workspace::Workspace> workspace = Workspace::Workspace::open(plan.workspacePath, options, error);
    if (!workspace)
        return 0;
    Workspace::RunStore runs(workspace->database());
    plan.exportLock = runs.lockExport(plan.job.exportId);
    if (!plan.exportLock) {
        *error = Text::tr("This export is running in another window or command already.");
        return 0;
    }
    const QList<Workspace::Run> last = runs.runs(plan.job.exportId, 1);
    if (!last.isEmpty()) {
        switch (last.constFirst().status) {
        case Workspace::RunStatus::Processing: // we hold its lock: the process that ran it is gone
        case Workspace::RunStatus::Cancelled:
        case Workspace::RunStatus::Interrupted:
        case Workspace::RunStatus::Failed:
            workspace->audit(QStringLiteral("resume-run"), QString::number(last.constFirst().id));
            return last.constFirst().id;
        case Workspace::RunStatus::Succeeded:
            break;
        }
    }
    const qint64 runId = runs.createRun(plan.job.exportId, workspace->user(), error);
    if (runId > 0)
        workspace->audit(QStringLiteral("run-export"), QString::number(plan.job.exportId), QString::number(runId));
    return runId;
}

// Why a stored sign-in could not be read, naming the fix.
QString signInProblem(const Snapchat::SecretStore::SignIn &signIn)
{
    const Snapchat::SecretStore::Outcome &failure = signIn.clientSecret.ok() ? signIn.refreshToken : signIn.clientSecret;
    if (failure.status == Snapchat::SecretStore::Status::NotFound)
        return Text::tr("The connection has no stored sign-in. Sign in again (Connections, or "
                        "'audiencebridge connections login NAME').");
    return failure.message;
}

} // namespace

Snapchat::ConnectionSettings connectionSettings(const Workspace::Connection &connection)
{
    Snapchat::ConnectionSettings settings;
    settings.clientId = connection.clientId;
    if (!connection.apiBaseUrl.isEmpty())
        settings.apiBaseUrl = QUrl(connection.apiBaseUrl);
    if (!connection.accountsBaseUrl.isEmpty())
        settings.accountsBaseUrl = QUrl(connection.accountsBaseUrl);
    settings.redirectUri = QUrl(connection.settings.value(QLatin1StringView("redirect_uri")).toString());
    return settings;
}

void launchExport(const LaunchRequest &request, QObject *context, LaunchCallback done)
{
    const auto fail = [context, done](const QString &error) {
        QMetaObject::invokeMethod(context, [done, error] { done(nullptr, error); }, Qt::QueuedConnection);
    };
    auto plan = std::make_shared<RunPlan>();
    QString error;
    if (!request.secrets) {
        fail(Text::tr("No secret store to read the connection's sign-in from."));
        return;
    }
    if (!planRun(request, *plan, &error)) {
        fail(error);
        return;
    }
    QPointer<Snapchat::SecretStore> secrets = request.secrets;
    const QString user = request.user;
    request.secrets->readSignIn(plan->connectionId, context, [=](const Snapchat::SecretStore::SignIn &signIn) {
        if (!signIn.ok()) {
            done(nullptr, signInProblem(signIn));
            return;
        }
        plan->signIn = signIn;
        readMemberSourcePassword(secrets, plan->members, context, [=](const MemberSourcePlan &members) {
            plan->members = members;
            QString runError;
            plan->runId = createOrResumeRun(*plan, user, &runError);
            if (plan->runId == 0) {
                done(nullptr, runError);
                return;
            }
            const RunPlan copy = *plan;
            done(std::make_unique<ExportWorker>(copy.job, [copy, secrets] { return createContext(copy, secrets); }), {});
        }, [done](const QString &e) { done(nullptr, e); });
    });
}

} // namespace Exporting
