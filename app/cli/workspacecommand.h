#pragma once

#include <QCommandLineParser>

#include <memory>

namespace Workspace {
class Workspace;
}

namespace Cli {

// What every subcommand that works on a workspace does first: a parser with the command's
// description, --help and --workspace, then the workspace that option names, opened.
class WorkspaceCommand
{
public:
    explicit WorkspaceCommand(const QString &description);
    ~WorkspaceCommand();
    Q_DISABLE_COPY_MOVE(WorkspaceCommand)

    // For the command's own options and arguments, added before parse().
    QCommandLineParser &parser() { return m_parser; }

    // Adds --workspace (after the command's own options, so it is the last one in every
    // command's --help), parses the arguments and handles --help. Returns -1 to go on, else the
    // exit code to return.
    int parse(const QStringList &arguments, int minPositional, int maxPositional);
    // Opens the workspace; prints why and returns false when it cannot. Commands that check
    // their options call it after those checks, so a usage error never creates a workspace.
    bool openWorkspace();
    // parse() then openWorkspace(), for the commands with no option to check in between.
    // Returns -1 to go on, else the exit code to return.
    int start(const QStringList &arguments, int minPositional, int maxPositional);

    // Valid after openWorkspace() succeeded.
    Workspace::Workspace &workspace() { return *m_workspace; }

private:
    QCommandLineParser m_parser;
    std::unique_ptr<Workspace::Workspace> m_workspace;
};

} // namespace Cli
