#include "exportlaunch.h"

#include <exporting/exportlauncher.h>
#include <exporting/exportprogress.h>
#include <workspace/runstore.h>
#include <workspace/workspace.h>

namespace Ui {

void launchExportRun(const Workspace::Workspace &workspace, qint64 exportId, Snapchat::SecretStore *secrets,
                     QObject *context, const LaunchDone &done)
{
    Exporting::LaunchRequest request;
    request.workspacePath = workspace.path();
    request.exportId = exportId;
    request.user = workspace.user();
    request.secrets = secrets;
    Exporting::launchExport(request, context, done);
}

QString outcomeStatusText(const Exporting::ExportOutcome &outcome)
{
    return Workspace::runStatusText(outcome.status);
}

bool outcomeSucceeded(const Exporting::ExportOutcome &outcome)
{
    return outcome.status == Workspace::RunStatus::Succeeded;
}

} // namespace Ui
