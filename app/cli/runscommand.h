#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge runs list [EXPORT] | show ID
int runRunsCommand(const QStringList &arguments);

} // namespace Cli
