#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge hash --type email|phone|maid [--default-region DE]
// Reads one value per line from stdin and writes "<normalized>\t<sha256>" or "!<reason>" per
// line: the tool a user runs to see why a value does not match.
int runHashCommand(const QStringList &arguments);

} // namespace Cli
