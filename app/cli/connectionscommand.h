#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge connections create|login|list
int runConnectionsCommand(const QStringList &arguments);

} // namespace Cli
