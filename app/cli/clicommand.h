#pragma once

#include <QLatin1StringView>
#include <QStringList>

class QCommandLineParser;

namespace Cli {

// Exit codes shared by every subcommand (documented in the README).
enum ExitCode {
    Success = 0,
    Failure = 1,       // the command ran and failed (a run that did not succeed, a server error)
    UsageError = 2,    // wrong arguments or options
    DataError = 3,     // bad input data (a file, a value)
};

using CommandFunction = int (*)(const QStringList &arguments);

struct Command {
    QLatin1StringView name;
    const char *summary; // translated in context "Cli"
    CommandFunction run;
};

// A subcommand's --help text with "audiencebridge COMMAND" as the program name (the parser would
// print the executable's full path).
QString helpText(const QCommandLineParser &parser, QLatin1StringView command);

// True when the arguments ask for the command line rather than the GUI.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs the subcommand named by arguments[1]; handles --help and --version at the top level.
int run(const QStringList &arguments);

} // namespace Cli
