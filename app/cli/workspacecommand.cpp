#include "workspacecommand.h"

#include "clicommand.h"
#include "workspaceoption.h"

#include <workspace/workspace.h>

namespace Cli {

WorkspaceCommand::WorkspaceCommand(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

WorkspaceCommand::~WorkspaceCommand() = default;

int WorkspaceCommand::parse(const QStringList &arguments, int minPositional, int maxPositional)
{
    m_parser.addOption(workspaceOption());
    return parseOrExit(m_parser, arguments, minPositional, maxPositional);
}

bool WorkspaceCommand::openWorkspace()
{
    m_workspace = Cli::openWorkspace(m_parser);
    return m_workspace != nullptr;
}

int WorkspaceCommand::start(const QStringList &arguments, int minPositional, int maxPositional)
{
    if (const int exit = parse(arguments, minPositional, maxPositional); exit >= 0)
        return exit;
    return openWorkspace() ? -1 : Failure;
}

} // namespace Cli
