#pragma once

#include <QStringList>

namespace Cli {

// audiencebridge users list | add NAME --role ROLE | set-role NAME ROLE | remove NAME
//                  [--workspace FILE]
int runUsersCommand(const QStringList &arguments);

} // namespace Cli
