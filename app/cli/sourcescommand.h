#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge sources add|list|check|remove: profile sources in a company database
// (PostgreSQL), whose password lives in the OS keychain.
int runSourcesCommand(const QStringList &arguments);

} // namespace Cli
