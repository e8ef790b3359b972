#pragma once

#include <QString>

#include <memory>

namespace Exporting {
class ExportWorker;
struct ExportOutcome;
}
namespace Workspace {
class Workspace;
enum class RunStatus;
}

namespace Ui {

// The one place the window starts a real export run: checks the role rules, creates the run
// record and returns a worker ready to start(); nullptr with *error set (specific, translated)
// when the run cannot start.
std::unique_ptr<Exporting::ExportWorker> launchExportRun(const Workspace::Workspace &workspace,
                                                         qint64 exportId, QString *error);

// The outcome's status in words ("Successful", "Canceled", ...), and whether it succeeded. Kept
// here beside the launch so a change of the run status type touches one file.
QString outcomeStatusText(const Exporting::ExportOutcome &outcome);
bool outcomeSucceeded(const Exporting::ExportOutcome &outcome);
// A stored run's status in words, as the lists show it.
QString runStatusText(Workspace::RunStatus status);

} // namespace Ui
