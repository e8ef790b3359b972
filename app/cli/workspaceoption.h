#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace Workspace {
class Workspace;
}

namespace Cli {

// --workspace FILE, shared by every command that works on a workspace.
QCommandLineOption workspaceOption();

// Opens the workspace named by --workspace, $AUDIENCEBRIDGE_WORKSPACE or the default; prints
// the reason to stderr and returns nullptr when it cannot.
std::unique_ptr<Workspace::Workspace> openWorkspace(const QCommandLineParser &parser);

void printError(const QString &message);

// Parses arguments; handles --help. Returns -1 to continue, else the exit code to return.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
                int maxPositional);

} // namespace Cli
