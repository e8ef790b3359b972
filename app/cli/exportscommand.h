#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge exports create|list|run
int runExportsCommand(const QStringList &arguments);

} // namespace Cli
