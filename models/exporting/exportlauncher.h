#pragma once

#include "exportworker.h"

#include <snapchat/connectionsettings.h>
#include <workspace/connectionstore.h>

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Snapchat {
class SecretStore;
}

namespace Exporting {

struct LaunchRequest {
    QString workspacePath;
    qint64 exportId = 0;
    QString user; // empty: the OS user
    // Holds the connection's client secret and refresh token; the rotated refresh token is
    // written back to it during the run.
    Snapchat::SecretStore *secrets = nullptr;
    // Identifiers per upload request; 0 means Snapchat's maximum (100,000). Smaller batches
    // checkpoint more often.
    int batchSize = 0;
};

// The API settings of a connection as the workspace stores it (no secret): the one place that
// reads its URLs (Snapchat's own when empty) and its registered https redirect page.
Snapchat::ConnectionSettings connectionSettings(const Workspace::Connection &connection);

using LaunchCallback = std::function<void(std::unique_ptr<ExportWorker> worker, const QString &error)>;

// Prepares a run of an export: checks the role rules (a refusal is audited), loads the export,
// its connection and segments, reads the connection's secrets, and creates the run record — or
// resumes the export's last run when it was canceled, interrupted or failed, so that run
// continues from its checkpoints. done runs once, later, on context's thread: with a worker
// ready to start(), or with nullptr and a specific, translated error.
void launchExport(const LaunchRequest &request, QObject *context, LaunchCallback done);

} // namespace Exporting
