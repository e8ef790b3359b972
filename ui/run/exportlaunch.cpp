#include "exportlaunch.h"

#include <exporting/exportprogress.h>
#include <exporting/exportworker.h>
#include <workspace/runstore.h>
#include <workspace/workspace.h>

#include <QCoreApplication>

// Exporting::launchExport (models/exporting/exportlauncher.h) builds the worker's context: the
// Snapchat client, the member source and the run journal. Until that header is part of the
// build the window reports that runs start from the command line only.
#if __has_include(<exporting/exportlauncher.h>)
#include <exporting/exportlauncher.h>
#define AB_HAS_EXPORT_LAUNCHER 1
#endif

namespace Ui {

std::unique_ptr<Exporting::ExportWorker> launchExportRun(const Workspace::Workspace &workspace,
                                                         qint64 exportId, QString *error)
{
#ifdef AB_HAS_EXPORT_LAUNCHER
    Exporting::LaunchRequest request;
    request.workspacePath = workspace.path();
    request.exportId = exportId;
    request.user = workspace.user();
    return Exporting::launchExport(request, error);
#else
    Q_UNUSED(workspace)
    Q_UNUSED(exportId)
    *error = QCoreApplication::translate(
        "RunController", "This build cannot run exports from the window yet; use "
                         "'audiencebridge export run' on the command line.");
    return nullptr;
#endif
}

QString outcomeStatusText(const Exporting::ExportOutcome &outcome)
{
    return Exporting::runStatusText(outcome.status);
}

bool outcomeSucceeded(const Exporting::ExportOutcome &outcome)
{
    return outcome.status == Exporting::RunStatus::Successful;
}

QString runStatusText(Workspace::RunStatus status)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("RunStatus", text); };
    switch (status) {
    case Workspace::RunStatus::Processing:
        return tr("Processing");
    case Workspace::RunStatus::Succeeded:
        return tr("Successful");
    case Workspace::RunStatus::Failed:
        return tr("Failed");
    case Workspace::RunStatus::Cancelled:
        return tr("Canceled");
    case Workspace::RunStatus::Interrupted:
        return tr("Failed (interrupted)");
    }
    return {};
}

} // namespace Ui
