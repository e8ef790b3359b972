#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge segments create NAME (--rule RULE [--source SOURCE] | --list FILE.csv) [--workspace FILE]
// audiencebridge segments edit NAME --rule RULE [--workspace FILE]
// audiencebridge segments list [--workspace FILE]
// audiencebridge segments delete NAME [--workspace FILE]
int runSegmentsCommand(const QStringList &arguments);

} // namespace Cli
