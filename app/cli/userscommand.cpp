#include "userscommand.h"

#include "clicommand.h"
#include "workspaceoption.h"

#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<Workspace::Role> parseRole(const QString &text)
{
    const std::optional<Workspace::Role> role = Workspace::roleFromName(text);
    if (!role)
        printError(tr("Unknown role '%1': use administrator, contributor or viewer.").arg(text));
    return role;
}

int runUsersAction(const QString &sub, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(workspaceOption());
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("administrator, contributor or viewer."), QStringLiteral("role"));
    int positional = 0;
    if (sub == QLatin1StringView("list")) {
        parser.setApplicationDescription(tr("Lists the workspace's users and their roles."));
    } else if (sub == QLatin1StringView("add")) {
        parser.setApplicationDescription(tr("Adds an OS user to the workspace (administrators only)."));
        parser.addPositionalArgument(QStringLiteral("name"), tr("The OS user name."));
        parser.addOption(roleOption);
        positional = 1;
    } else if (sub == QLatin1StringView("set-role")) {
        parser.setApplicationDescription(tr("Changes a user's role (administrators only)."));
        parser.addPositionalArgument(QStringLiteral("name"), tr("The OS user name."));
        parser.addPositionalArgument(QStringLiteral("role"), tr("administrator, contributor or viewer."));
        positional = 2;
    } else {
        parser.setApplicationDescription(tr("Removes a user from the workspace (administrators only)."));
        parser.addPositionalArgument(QStringLiteral("name"), tr("The OS user name."));
        positional = 1;
    }
    if (const int exit = parseOrExit(parser, arguments, positional, positional); exit >= 0)
        return exit;
    std::optional<Workspace::Role> role;
    if (sub == QLatin1StringView("add")) {
        if (!parser.isSet(roleOption)) {
            printError(tr("--role is required: administrator, contributor or viewer."));
            return UsageError;
        }
        if (!(role = parseRole(parser.value(roleOption))))
            return UsageError;
    } else if (sub == QLatin1StringView("set-role")) {
        if (!(role = parseRole(parser.positionalArguments().at(1))))
            return UsageError;
    }
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return Failure;
    Workspace::UserStore users(*workspace);
    QString error;
    QTextStream out(stdout);
    if (sub == QLatin1StringView("list")) {
        const QList<Workspace::User> list = users.list(&error);
        if (!error.isEmpty()) {
            printError(error);
            return Failure;
        }
        for (const Workspace::User &user : list)
            out << user.osUser << '\t' << Workspace::roleName(user.role) << '\n';
        return Success;
    }
    const QString name = parser.positionalArguments().constFirst();
    bool ok = false;
    if (sub == QLatin1StringView("add"))
        ok = users.add(name, *role, &error);
    else if (sub == QLatin1StringView("set-role"))
        ok = users.setRole(name, *role, &error);
    else
        ok = users.remove(name, &error);
    if (!ok) {
        printError(error);
        return Failure;
    }
    if (role)
        out << tr("%1 is now a workspace %2.").arg(name, Workspace::roleName(*role)) << '\n';
    else
        out << tr("%1 was removed from the workspace.").arg(name) << '\n';
    return Success;
}

} // namespace

int runUsersCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments[0] + QLatin1Char(' ') + sub;
    if (sub == QLatin1StringView("list") || sub == QLatin1StringView("add")
        || sub == QLatin1StringView("set-role") || sub == QLatin1StringView("remove"))
        return runUsersAction(sub, rest);
    const bool help = sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h");
    QTextStream stream(help ? stdout : stderr);
    if (!help)
        stream << tr("Unknown or missing users command: '%1'").arg(sub) << '\n';
    stream << tr("Usage:\n  %1 list\n  %1 add NAME --role ROLE\n  %1 set-role NAME ROLE\n"
                 "  %1 remove NAME\nRoles: administrator, contributor, viewer. Each takes "
                 "--workspace FILE and --help.")
                  .arg(arguments.value(0))
           << '\n';
    return help ? Success : UsageError;
}

} // namespace Cli
