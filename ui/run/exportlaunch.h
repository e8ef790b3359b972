#pragma once

#include <QString>

#include <memory>

#include <functional>

class QObject;

namespace Exporting {
class ExportWorker;
struct ExportOutcome;
}
namespace Snapchat {
class SecretStore;
}
namespace Workspace {
class Workspace;
}

namespace Ui {

using LaunchDone = std::function<void(std::unique_ptr<Exporting::ExportWorker> worker, const QString &error)>;

// The one place the window starts a real export run: checks the role rules, reads the
// connection's sign-in from secrets, creates the run record, then calls done (later, on
// context's thread) with a worker ready to start(), or nullptr and a specific, translated error.
void launchExportRun(const Workspace::Workspace &workspace, qint64 exportId, Snapchat::SecretStore *secrets,
                     QObject *context, const LaunchDone &done);

// The outcome's status in words ("Successful", "Canceled", ...), and whether it succeeded.
QString outcomeStatusText(const Exporting::ExportOutcome &outcome);
bool outcomeSucceeded(const Exporting::ExportOutcome &outcome);

} // namespace Ui
