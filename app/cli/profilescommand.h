#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge profiles import FILE.csv --id-column NAME [--replace] [--delimiter C]
//                                         [--skip-bad-rows] [--workspace FILE]
int runProfilesCommand(const QStringList &arguments);

} // namespace Cli
