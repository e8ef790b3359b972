#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QStringList>

#include <initializer_list>

class QCommandLineParser;

namespace Cli {

// The "Cli" translation context of the subcommands' texts: Text::tr("..."). lupdate reads the
// macro, so it collects these strings under the context they are looked up in at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
QString helpText(const QCommandLineParser &parser, QStringView command);

// The second level of commands such as "segments create": runs the one named by arguments[1]
// with "<program> <command> <subcommand>" as arguments[0]; lists them for --help or a wrong name.
struct Subcommand {
    QLatin1StringView name;
    CommandFunction run;
    const char *usage; // after the name, e.g. "NAME --rule RULE"; translated in context "Cli"
};
int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands);

// True when the arguments ask for the command line rather than the GUI.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs the subcommand named by arguments[1]; handles --help and --version at the top level.
int run(const QStringList &arguments);

} // namespace Cli
