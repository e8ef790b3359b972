#include "sourcescommand.h"

#include "clicommand.h"
#include "clisupport.h"
#include "listing.h"
#include "sourcesupport.h"
#include "workspacecommand.h"
#include "workspaceoption.h"

#include <sources/profilesourcestore.h>
#include <sources/sqlprofilesource.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QTextStream>

#include <iostream>
#include <string>

namespace Cli {

namespace {

QString server(const Sources::SqlSourceSettings &s)
{
    return s.host + QLatin1Char(':') + QString::number(s.port) + QLatin1Char('/') + s.databaseName;
}

int runAdd(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Adds (or changes) a profile source: a PostgreSQL table or view whose rows are profiles, "
        "read where they are instead of imported. The password is read from standard input with "
        "--password-stdin, else from $AUDIENCEBRIDGE_SOURCE_PASSWORD, and kept in the OS keychain, "
        "never in the workspace. Administrators and contributors add sources."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The source's name."));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("The database's name."), QStringLiteral("name"));
    const QCommandLineOption table(QStringLiteral("table"), Text::tr("The table or view of profiles (\"table\" or \"schema.table\")."), QStringLiteral("name"));
    const QCommandLineOption idColumn(QStringLiteral("id-column"), Text::tr("The column holding the profile ID."), QStringLiteral("name"));
    const QCommandLineOption host(QStringLiteral("host"), Text::tr("The database server (default 127.0.0.1)."), QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("The server's port (default 5432)."), QStringLiteral("port"), QStringLiteral("5432"));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("The database user."), QStringLiteral("name"));
    const QCommandLineOption options(QStringLiteral("options"), Text::tr("Driver connection options, e.g. \"sslmode=require\"."), QStringLiteral("options"));
    const QCommandLineOption driver(QStringLiteral("driver"), Text::tr("The Qt SQL driver (default QPSQL)."), QStringLiteral("driver"), QStringLiteral("QPSQL"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), Text::tr("Read the password from standard input."));
    parser.addOptions({database, table, idColumn, host, port, user, options, driver, passwordStdin});
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;
    for (const QCommandLineOption *required : {&database, &table, &idColumn}) {
        if (!parser.isSet(*required)) {
            printError(Text::tr("--%1 is required.").arg(required->names().constFirst()));
            return UsageError;
        }
    }
    bool portOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    if (!portOk || portNumber < 1 || portNumber > 65535) {
        printError(Text::tr("--port must be a port number from 1 to 65535 (got '%1').").arg(parser.value(port)));
        return UsageError;
    }
    Sources::SqlSourceSettings settings;
    settings.name = parser.positionalArguments().constFirst();
    settings.driver = parser.value(driver).toUpper();
    settings.host = parser.value(host);
    settings.port = portNumber;
    settings.databaseName = parser.value(database);
    settings.userName = parser.value(user);
    settings.tableName = parser.value(table);
    settings.idColumn = parser.value(idColumn);
    settings.options = parser.value(options);

    QString password;
    const bool fromEnvironment = !parser.isSet(passwordStdin)
        && qEnvironmentVariableIsSet(Snapchat::EnvironmentSecretStore::kSourcePasswordVariable);
    if (parser.isSet(passwordStdin)) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line);
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (password.isEmpty()) {
            printError(Text::tr("--password-stdin: standard input held no password."));
            return UsageError;
        }
    } else if (fromEnvironment) {
        password = qEnvironmentVariable(Snapchat::EnvironmentSecretStore::kSourcePasswordVariable);
    }

    if (!command.openWorkspace())
        return Failure;
    Workspace::Workspace &workspace = command.workspace();
    Sources::ProfileSourceStore store(workspace);
    const bool existed = store.find(settings.name).has_value();
    QString error;
    if (!store.save(settings, &error)) {
        printError(error);
        return workspace.policy().allows(Workspace::Action::ImportProfiles) ? UsageError : Failure;
    }
    QTextStream out(stdout);
    if (!password.isEmpty()) {
        CliSecrets secrets;
        const auto written = secrets.write(settings.secretKey(), password);
        if (!written.ok() && fromEnvironment) {
            // Headless: the variable will give the password whenever the source is opened.
            out << Text::tr("The password is not in the keychain (%1); $%2 gives it while it is set.")
                       .arg(written.message, QLatin1StringView(Snapchat::EnvironmentSecretStore::kSourcePasswordVariable))
                << '\n';
        } else if (!written.ok()) {
            if (!existed)
                store.remove(settings.name, &error);
            printError(Text::tr("The password could not be stored in the keychain: %1").arg(written.message));
            return Failure;
        }
    }
    out << (existed ? Text::tr("Updated profile source '%1' (%2, table %3).")
                    : Text::tr("Added profile source '%1' (%2, table %3)."))
               .arg(settings.name, server(settings), settings.tableName)
        << '\n'
        << Text::tr("Check it with: audiencebridge sources check '%1'").arg(settings.name) << '\n';
    return Success;
}

int runList(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr("Lists the profile sources (never their passwords)."));
    if (const int exit = command.start(arguments, 0, 0); exit >= 0)
        return exit;
    const auto sources = listOrPrintError(Sources::ProfileSourceStore(command.workspace()));
    if (!sources)
        return Failure;
    QTextStream out(stdout);
    writeTableRow(out, Text::tr("NAME\tDRIVER\tSERVER\tTABLE\tID COLUMN"));
    for (const Sources::SqlSourceSettings &s : *sources)
        writeTableRow(out, s.name, s.driver, server(s), s.tableName, s.idColumn);
    return Success;
}

int runCheck(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Connects to a profile source and prints its columns and number of rows; an error names "
        "the setting to fix (host, user and password, database, table, ID column)."));
    command.parser().addPositionalArgument(QStringLiteral("name"), Text::tr("The source's name."));
    if (const int exit = command.start(arguments, 1, 1); exit >= 0)
        return exit;
    const QString name = command.parser().positionalArguments().constFirst();
    QString error;
    if (!command.workspace().authorize(Workspace::Action::ViewProfiles, name, &error)) {
        printError(error);
        return Failure;
    }
    const std::optional<Sources::SqlSourceSettings> settings = Sources::ProfileSourceStore(command.workspace()).find(name);
    if (!settings) {
        printError(Text::tr("No profile source named '%1'; 'audiencebridge sources list' shows them.").arg(name));
        return Failure;
    }
    CliSecrets secrets;
    SourcePasswords passwords(secrets);
    Sources::SqlProfileSource source(*settings, passwords);
    qint64 rows = -1;
    QStringList columns;
    if (source.open(&error) && (rows = source.rowCount(&error)) >= 0)
        columns = source.columns(&error);
    if (rows < 0) {
        printError(error);
        if (!passwords.problem().isEmpty())
            printError(Text::tr("The keychain could not be read: %1").arg(passwords.problem()));
        return Failure;
    }
    QTextStream out(stdout);
    out << Text::tr("Profile source '%1' (%2, table %3) is reachable.").arg(name, server(*settings), settings->tableName) << '\n'
        << Text::tr("Columns: %1").arg(columns.join(QStringLiteral(", "))) << '\n'
        << Text::tr("ID column: %1").arg(settings->idColumn) << '\n'
        << Text::tr("Rows: %1").arg(rows) << '\n';
    return Success;
}

int runRemove(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Removes a profile source that no segment reads, with its password in the keychain."));
    command.parser().addPositionalArgument(QStringLiteral("name"), Text::tr("The source's name."));
    if (const int exit = command.start(arguments, 1, 1); exit >= 0)
        return exit;
    const QString name = command.parser().positionalArguments().constFirst();
    Sources::ProfileSourceStore store(command.workspace());
    const std::optional<Sources::SqlSourceSettings> settings = store.find(name);
    QString error;
    if (!store.remove(name, &error)) {
        printError(error);
        return Failure;
    }
    CliSecrets secrets;
    Snapchat::SecretStore::Outcome removed;
    QEventLoop loop;
    secrets.store().remove(settings->secretKey(), &loop, [&](const Snapchat::SecretStore::Outcome &outcome) {
        removed = outcome;
        loop.quit();
    });
    loop.exec();
    QTextStream out(stdout);
    out << Text::tr("Removed profile source '%1'.").arg(name) << '\n';
    if (!removed.ok() && removed.status != Snapchat::SecretStore::Status::NotFound)
        printError(Text::tr("Its password could not be removed from the keychain: %1").arg(removed.message));
    return Success;
}

} // namespace

int runSourcesCommand(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{QLatin1StringView("add"), &runAdd,
                           QT_TRANSLATE_NOOP("Cli", "NAME --database DB --table T --id-column C [--host H] [--port P] "
                                                    "[--user U] [--options O] [--driver QPSQL] [--password-stdin]")},
                          {QLatin1StringView("list"), &runList, ""},
                          {QLatin1StringView("check"), &runCheck, QT_TRANSLATE_NOOP("Cli", "NAME")},
                          {QLatin1StringView("remove"), &runRemove, QT_TRANSLATE_NOOP("Cli", "NAME")}});
}

} // namespace Cli
