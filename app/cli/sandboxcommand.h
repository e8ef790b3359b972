#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge sandbox [--port N] [--state FILE] [--client-id ID] [--client-secret S] [...]
// Runs the local Snapchat until interrupted. Prints, one "key value" per line:
//   listening http://127.0.0.1:PORT
//   client_id ID / client_secret S / organization_id / ad_account_id / foreign_ad_account_id /
//   segment_id (one line per audience: id, source type, name)
// then "ready", so that scripts started with --port 0 can read the port from the first line.
int runSandboxCommand(const QStringList &arguments);

} // namespace Cli
