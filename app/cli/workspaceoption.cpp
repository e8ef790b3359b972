#include "workspaceoption.h"

#include "clicommand.h"

#include <workspace/workspace.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Cli {

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("Cli", "The workspace file (default: $AUDIENCEBRIDGE_WORKSPACE, "
                                           "else one in the application data folder)."),
        QStringLiteral("file"));
}

void printError(const QString &message)
{
    QTextStream(stderr) << message << '\n';
}

std::unique_ptr<Workspace::Workspace> openWorkspace(const QCommandLineParser &parser)
{
    const QString path = Workspace::Workspace::resolvePath(parser.value(QStringLiteral("workspace")));
    QString error;
    std::unique_ptr<Workspace::Workspace> workspace = Workspace::Workspace::open(path, &error);
    if (!workspace)
        printError(error);
    return workspace;
}

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
                int maxPositional)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional) {
        printError(QCoreApplication::translate("Cli", "Missing argument; see --help."));
        return UsageError;
    }
    if (count > maxPositional) {
        printError(QCoreApplication::translate("Cli", "Unexpected argument: %1")
                       .arg(parser.positionalArguments().at(maxPositional)));
        return UsageError;
    }
    return -1;
}

} // namespace Cli
