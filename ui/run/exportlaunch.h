#pragma once

#include <QString>

#include <memory>

namespace Exporting {
class ExportWorker;
}
namespace Workspace {
class Workspace;
}

namespace Ui {

// The one place the window starts a real export run: checks the role rules, creates the run
// record and returns a worker ready to start(); nullptr with *error set (specific, translated)
// when the run cannot start.
std::unique_ptr<Exporting::ExportWorker> launchExportRun(const Workspace::Workspace &workspace,
                                                         qint64 exportId, QString *error);

} // namespace Ui
