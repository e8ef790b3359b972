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

std::optional<Workspace::Role> parseRole(const QString &text)
{
    const std::optional<Workspace::Role> role = Workspace::roleFromName(text);
    if (!role)
        printError(Text::tr("Unknown role '%1': use administrator, contributor or viewer.").arg(text));
    return role;
}

int runUsersAction(const QString &sub, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(workspaceOption());
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        Text::tr("administrator, contributor or viewer."), QStringLiteral("role"));
    int positional = 0;
    if (sub == QLatin1StringView("list")) {
        parser.setApplicationDescription(Text::tr("Lists the workspace's users and their roles."));
    } else if (sub == QLatin1StringView("add")) {
        parser.setApplicationDescription(Text::tr("Adds an OS user to the workspace (administrators only)."));
        parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The OS user name."));
        parser.addOption(roleOption);
        positional = 1;
    } else if (sub == QLatin1StringView("set-role")) {
        parser.setApplicationDescription(Text::tr("Changes a user's role (administrators only)."));
        parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The OS user name."));
        parser.addPositionalArgument(QStringLiteral("role"), Text::tr("administrator, contributor or viewer."));
        positional = 2;
    } else {
        parser.setApplicationDescription(Text::tr("Removes a user from the workspace (administrators only)."));
        parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The OS user name."));
        positional = 1;
    }
    if (const int exit = parseOrExit(parser, arguments, positional, positional); exit >= 0)
        return exit;
    std::optional<Workspace::Role> role;
    if (sub == QLatin1StringView("add")) {
        if (!parser.isSet(roleOption)) {
            printError(Text::tr("--role is required: administrator, contributor or viewer."));
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
        out << Text::tr("%1 is now a workspace %2.").arg(name, Workspace::roleTitle(*role)) << '\n';
    else
        out << Text::tr("%1 was removed from the workspace.").arg(name) << '\n';
    return Success;
}

} // namespace

int runUsersCommand(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{QLatin1StringView("list"), [](const QStringList &rest) { return runUsersAction(QStringLiteral("list"), rest); }, ""},
                          {QLatin1StringView("add"), [](const QStringList &rest) { return runUsersAction(QStringLiteral("add"), rest); },
                           QT_TRANSLATE_NOOP("Cli", "NAME --role administrator|contributor|viewer")},
                          {QLatin1StringView("set-role"), [](const QStringList &rest) { return runUsersAction(QStringLiteral("set-role"), rest); },
                           QT_TRANSLATE_NOOP("Cli", "NAME ROLE")},
                          {QLatin1StringView("remove"), [](const QStringList &rest) { return runUsersAction(QStringLiteral("remove"), rest); },
                           QT_TRANSLATE_NOOP("Cli", "NAME")}});
}

} // namespace Cli
