#include "runcontroller.h"

#include "exportlaunch.h"
#include "runprogresspanel.h"
#include "uilog.h"

#include <exporting/exportworker.h>
#include <workspace/exportstore.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QPointer>
#include <QLocale>

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_launcher([this](const Workspace::Workspace &workspace, qint64 exportId, const Ui::LaunchDone &done) {
        Ui::launchExportRun(workspace, exportId, m_secrets, this, done);
    })
    , m_panel(new RunProgressPanel)
{
    qRegisterMetaType<Exporting::ExportProgress>();
    qRegisterMetaType<Exporting::ExportOutcome>();
    m_cancelAction = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")),
                                 tr("&Cancel Run"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelRunAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setToolTip(tr("Stop the export run; the next run continues from there"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &RunController::cancel);
    connect(m_panel, &RunProgressPanel::cancelRequested, this, &RunController::cancel);
}

RunController::~RunController()
{
    cancelAndWait();
    if (m_panel && !m_panel->parent())
        delete m_panel;
}

void RunController::setLauncher(Launcher launcher)
{
    m_launcher = std::move(launcher);
}

bool RunController::isRunning() const
{
    return m_worker != nullptr || m_launching;
}

bool RunController::start(Workspace::Workspace &workspace, qint64 exportId)
{
    if (m_worker || m_launching)
        return false;
    // The name for the panel; ExportStore::get checks nothing a viewer may not see.
    QString error;
    const std::optional<Workspace::Export> record =
        Workspace::ExportStore(workspace).get(exportId, &error);
    m_exportName = record ? record->name : tr("Export %1").arg(exportId);
    m_launching = true;
    const auto refused = std::make_shared<bool>(false);
    QPointer<RunController> self(this);
    m_launcher(workspace, exportId, [self, exportId, refused](std::unique_ptr<Exporting::ExportWorker> worker,
                                                             const QString &reason) {
        RunController *controller = self.data();
        if (!controller)
            return;
        controller->m_launching = false;
        if (worker) {
            controller->begin(exportId, std::move(worker));
            return;
        }
        *refused = true;
        qCInfo(lcUi) << "export" << exportId << "did not start:" << reason;
        controller->m_panel->setStartError(controller->m_exportName, reason);
        Q_EMIT controller->runStarted(exportId); // shows the panel with the reason
    });
    return !*refused;
}

void RunController::begin(qint64 exportId, std::unique_ptr<Exporting::ExportWorker> worker)
{
    m_worker = std::move(worker);
    m_exportId = exportId;
    connect(m_worker.get(), &Exporting::ExportWorker::progressChanged, m_panel,
            &RunProgressPanel::setProgress);
    connect(m_worker.get(), &Exporting::ExportWorker::finished, this, &RunController::finish);
    m_panel->startRun(m_exportName);
    m_cancelAction->setEnabled(true);
    qCInfo(lcUi) << "export" << exportId << "started";
    m_worker->start();
    Q_EMIT runStarted(exportId);
}

void RunController::cancel()
{
    if (m_worker) {
        m_worker->cancel();
        m_cancelAction->setEnabled(false);
    }
}

void RunController::cancelAndWait()
{
    // The worker's destructor cancels and waits for its thread.
    m_worker.reset();
    m_cancelAction->setEnabled(false);
}

void RunController::finish(const Exporting::ExportOutcome &outcome)
{
    qCInfo(lcUi) << "export" << m_exportId << "ended:" << Ui::outcomeStatusText(outcome);
    m_panel->setOutcome(outcome);
    m_cancelAction->setEnabled(false);
    // The worker emitted from its thread; let the queued call return before deleting it.
    if (m_worker)
        m_worker.release()->deleteLater();
    m_exportId = 0;
    const QString title = tr("Export “%1”: %2").arg(m_exportName, Ui::outcomeStatusText(outcome));
    const QString message = outcome.error.isEmpty()
        ? tr("%1 identifiers uploaded.").arg(QLocale().toString(outcome.counts.uploaded()))
        : outcome.error;
    Q_EMIT outcomeReady(outcome);
    Q_EMIT runFinished(title, message);
}
