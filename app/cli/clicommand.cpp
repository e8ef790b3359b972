#include "clicommand.h"

#include "connectionscommand.h"
#include "exportscommand.h"
#include "hashcommand.h"
#include "runscommand.h"
#include "sandboxcommand.h"
#include "profilescommand.h"
#include "segmentscommand.h"
#include "sourcescommand.h"
#include "userscommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <array>
#include <cstdio>

namespace Cli {

namespace {

// Every subcommand, in the order --help lists them.
const std::array kCommands{
    Command{QLatin1StringView("hash"),
            QT_TRANSLATE_NOOP("Cli", "Normalize and SHA-256 hash identifiers read from stdin"),
            &runHashCommand},
    Command{QLatin1StringView("sandbox"),
            QT_TRANSLATE_NOOP("Cli", "Run a local Snapchat (OAuth and Marketing API) for tests and demos"),
            &runSandboxCommand},
    Command{QLatin1StringView("profiles"),
            QT_TRANSLATE_NOOP("Cli", "Import customer profiles from a CSV file"),
            &runProfilesCommand},
    Command{QLatin1StringView("sources"),
            QT_TRANSLATE_NOOP("Cli", "Add, check and list profile sources in a PostgreSQL database"),
            &runSourcesCommand},
    Command{QLatin1StringView("segments"),
            QT_TRANSLATE_NOOP("Cli", "Create, list and delete segments of profiles"),
            &runSegmentsCommand},
    Command{QLatin1StringView("connections"),
            QT_TRANSLATE_NOOP("Cli", "Add Snapchat connections, sign in, list them"),
            &runConnectionsCommand},
    Command{QLatin1StringView("exports"),
            QT_TRANSLATE_NOOP("Cli", "Configure exports to Snapchat audiences and run them"),
            &runExportsCommand},
    Command{QLatin1StringView("runs"),
            QT_TRANSLATE_NOOP("Cli", "List export runs and show one with its batch log"),
            &runRunsCommand},
    Command{QLatin1StringView("users"),
            QT_TRANSLATE_NOOP("Cli", "List the workspace's users; add users and set roles"),
            &runUsersCommand},
};

const Command *findCommand(QStringView name)
{
    for (const Command &command : kCommands) {
        if (name == command.name)
            return &command;
    }
    return nullptr;
}

void printTopLevelHelp(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Usage: %1 [COMMAND] [OPTIONS]")
               .arg(QCoreApplication::applicationName().toLower())
        << "\n\n"
        << QCoreApplication::translate("Cli", "Without a command, the desktop application starts.")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command &command : kCommands) {
        out << "  " << QString(command.name).leftJustified(12) << ' '
            << QCoreApplication::translate("Cli", command.summary) << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("Cli", "Options:") << '\n'
        << "  -h, --help      " << QCoreApplication::translate("Cli", "Show this help.") << '\n'
        << "  -v, --version   " << QCoreApplication::translate("Cli", "Show the version.") << '\n'
        << '\n'
        << QCoreApplication::translate("Cli", "Run '%1 COMMAND --help' for a command's options.")
               .arg(QCoreApplication::applicationName().toLower())
        << '\n';
}

bool isTopLevelFlag(const QString &argument)
{
    return argument == QLatin1StringView("--help") || argument == QLatin1StringView("-h")
        || argument == QLatin1StringView("--version") || argument == QLatin1StringView("-v");
}

} // namespace

QString helpText(const QCommandLineParser &parser, QStringView command)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    // The parser's first line is "Usage: <executable path> [options] <positional>...".
    const QString firstLine = text.left(lineEnd);
    const qsizetype options = firstLine.indexOf(QLatin1StringView(" [options]"));
    const QString rest = options >= 0 ? firstLine.mid(options) : QString();
    const QString usage = QCoreApplication::translate("Cli", "Usage: %1 %2").arg(command.toString(), rest.trimmed());
    return text.replace(0, lineEnd, usage);
}

int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands)
{
    const QString name = arguments.value(1);
    for (const Subcommand &subcommand : subcommands) {
        if (name == subcommand.name) {
            QStringList rest = arguments.mid(1);
            rest[0] = arguments[0] + QLatin1Char(' ') + name;
            return subcommand.run(rest);
        }
    }
    const bool help = name == QLatin1StringView("--help") || name == QLatin1StringView("-h");
    QTextStream stream(help ? stdout : stderr);
    if (!help)
        stream << QCoreApplication::translate("Cli", "Unknown or missing command: '%1 %2'").arg(arguments.value(0), name)
               << "\n";
    stream << QCoreApplication::translate("Cli", "Usage:") << "\n";
    for (const Subcommand &subcommand : subcommands) {
        stream << "  " << arguments.value(0) << ' ' << subcommand.name << ' '
               << QCoreApplication::translate("Cli", subcommand.usage) << "\n";
    }
    stream << QCoreApplication::translate("Cli", "Each takes --help for its options.") << "\n";
    return help ? Success : UsageError;
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    return arguments.size() > 1 && (isTopLevelFlag(arguments[1]) || findCommand(arguments[1]));
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    const QString &first = arguments.value(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        out << QCoreApplication::applicationName() << ' '
            << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h")) {
        printTopLevelHelp(out);
        return Success;
    }
    const Command *command = findCommand(first);
    if (!command) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Unknown command: %1").arg(first)
                            << '\n';
        printTopLevelHelp(out);
        return UsageError;
    }
    // The subcommand parses its own options, with its own name in place of the program's.
    QStringList commandArguments = arguments.mid(1);
    commandArguments[0] = QCoreApplication::applicationName().toLower() + QLatin1Char(' ') + first;
    return command->run(commandArguments);
}

} // namespace Cli
