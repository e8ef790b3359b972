#include "connectionscommand.h"

#include "clicommand.h"
#include "clisupport.h"
#include "listing.h"
#include "workspacecommand.h"
#include "workspaceoption.h"

#include <exporting/exportlauncher.h>
#include <snapchat/oauthsession.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/snapchatclient.h>
#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace Cli {

namespace {

int runCreate(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Adds a Snapchat connection (administrators only). The client secret is read from standard "
        "input with --client-secret-stdin, else from $AUDIENCEBRIDGE_CLIENT_SECRET, and kept in the OS "
        "keychain, never in the workspace. Sign in afterwards with 'connections login NAME'."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The connection's display name."));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Text::tr("The Snap OAuth app's client ID."), QStringLiteral("id"));
    const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"), Text::tr("Read the client secret from standard input."));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), Text::tr("The Marketing API base URL (default https://adsapi.snapchat.com)."), QStringLiteral("url"));
    const QCommandLineOption accountsUrl(QStringLiteral("accounts-url"), Text::tr("The OAuth base URL (default https://accounts.snapchat.com)."), QStringLiteral("url"));
    const QCommandLineOption redirect(QStringLiteral("redirect-uri"),
                                      Text::tr("An https redirect URI registered on the Snap app, for 'login --paste'."), QStringLiteral("uri"));
    const QCommandLineOption contributors(QStringLiteral("contributors"), Text::tr("Contributors may use the connection too (default: administrators only)."));
    parser.addOptions({clientId, secretStdin, apiUrl, accountsUrl, redirect, contributors});
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;
    if (!parser.isSet(clientId)) {
        printError(Text::tr("--client-id is required."));
        return UsageError;
    }
    QString secret;
    if (parser.isSet(secretStdin)) {
        std::string line;
        std::getline(std::cin, line);
        secret = QString::fromStdString(line).trimmed();
    } else {
        secret = qEnvironmentVariable(Snapchat::EnvironmentSecretStore::kClientSecretVariable);
    }
    if (secret.isEmpty()) {
        printError(Text::tr("No client secret: give it on standard input with --client-secret-stdin."));
        return UsageError;
    }
    if (!command.openWorkspace())
        return Failure;

    Workspace::Connection connection;
    connection.name = parser.positionalArguments().constFirst();
    connection.clientId = parser.value(clientId);
    connection.apiBaseUrl = parser.isSet(apiUrl) ? parser.value(apiUrl) : QStringLiteral("https://adsapi.snapchat.com");
    connection.accountsBaseUrl = parser.isSet(accountsUrl) ? parser.value(accountsUrl) : QStringLiteral("https://accounts.snapchat.com");
    connection.allowContributors = parser.isSet(contributors);
    if (parser.isSet(redirect))
        connection.settings.insert(QStringLiteral("redirect_uri"), parser.value(redirect));
    QString error;
    if (!Exporting::connectionSettings(connection).validate(&error)) {
        printError(error);
        return UsageError;
    }
    Workspace::ConnectionStore store(command.workspace());
    if (!store.add(connection, &error)) {
        printError(error);
        return Failure;
    }
    CliSecrets secrets;
    const auto written = secrets.write(Snapchat::SecretStore::clientSecretKey(connection.id), secret);
    if (!written.ok()) {
        store.remove(connection.id, &error);
        printError(Text::tr("The client secret could not be stored: %1").arg(written.message));
        return Failure;
    }
    QTextStream(stdout) << Text::tr("Added connection '%1' (id %2). Sign in with: audiencebridge connections login '%1'")
                               .arg(connection.name, connection.id)
                        << '\n';
    return Success;
}

// Opens the address in a browser when there is a display to show one.
void openBrowser(const QUrl &url)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString()});
}

int runLogin(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Signs in to Snapchat for a connection (administrators only): prints the address to open "
        "in a browser (and opens one when there is a display), then finishes when the browser "
        "comes back to this computer. With --paste, for an https redirect URI, paste the address "
        "the browser landed on."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The connection's name."));
    const QCommandLineOption paste(QStringLiteral("paste"), Text::tr("Read the redirect address from standard input."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Text::tr("Give up after this many seconds (default 300)."),
                                     QStringLiteral("seconds"), QStringLiteral("300"));
    parser.addOptions({paste, timeout});
    if (const int exit = command.start(arguments, 1, 1); exit >= 0)
        return exit;
    Workspace::Workspace &workspace = command.workspace();
    QString error;
    const std::optional<Workspace::Connection> found = findConnection(
        workspace, parser.positionalArguments().constFirst(), Workspace::Action::EditConnection);
    if (!found)
        return Failure;
    std::optional<Workspace::Connection> connection = Workspace::ConnectionStore(workspace).get(found->id, &error);
    if (!connection) {
        printError(error);
        return Failure;
    }
    CliSecrets secrets;
    const auto secret = secrets.read(Snapchat::SecretStore::clientSecretKey(connection->id));
    if (!secret.ok()) {
        printError(Text::tr("The connection's client secret is not available: %1").arg(secret.message));
        return Failure;
    }

    QNetworkAccessManager network;
    Snapchat::OAuthSession session(Exporting::connectionSettings(*connection), &network);
    session.setClientSecret(secret.value);
    session.setTimeoutMs(parser.value(timeout).toInt() * 1000);
    const bool pasteMode = parser.isSet(paste);
    QTextStream err(stderr);
    return runUntilDone([&](const std::function<void(int)> &done) {
        QObject::connect(&session, &Snapchat::OAuthSession::authorizeUrlReady, &session, [&, done](const QUrl &url) {
            err << Text::tr("Open this address in a browser and allow access:") << '\n' << url.toString() << '\n';
            err.flush();
            if (!pasteMode) {
                openBrowser(url);
                return;
            }
            err << Text::tr("Then paste the address the browser landed on:") << '\n';
            err.flush();
            std::string line;
            QString pasteError;
            while (std::getline(std::cin, line)) {
                if (session.completeWithPastedUrl(QString::fromStdString(line).trimmed(), &pasteError))
                    return;
                err << pasteError << '\n';
                err.flush();
            }
            printError(Text::tr("No usable address was pasted."));
            done(DataError);
        });
        QObject::connect(&session, &Snapchat::OAuthSession::failed, &session, [&, done](const Snapchat::ApiError &failure) {
            printError(failure.userMessage());
            done(Failure);
        });
        QObject::connect(&session, &Snapchat::OAuthSession::connected, &session, [&, done] {
            const auto stored = secrets.write(Snapchat::SecretStore::refreshTokenKey(connection->id), session.refreshToken());
            if (!stored.ok()) {
                printError(Text::tr("Signed in, but the sign-in could not be kept: %1").arg(stored.message));
                done(Failure);
                return;
            }
            // "Add yourself as export user": the workspace user who signed in.
            connection->exportUser = workspace.user();
            QString updateError;
            if (!Workspace::ConnectionStore(workspace).update(*connection, &updateError)) {
                printError(updateError);
                done(Failure);
                return;
            }
            workspace.audit(QStringLiteral("connection-login"), connection->name);
            QTextStream(stdout) << Text::tr("Signed in: connection '%1' is ready, with %2 as its export user.")
                                       .arg(connection->name, connection->exportUser)
                                << '\n';
            done(Success);
        });
        QString startError;
        const bool started = pasteMode ? session.startPaste(&startError) : session.startLoopback(&startError);
        if (!started) {
            printError(startError);
            done(Failure);
        }
    });
}

int runList(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr("Lists the connections you may use (administrators see every detail)."));
    if (const int exit = command.start(arguments, 0, 0); exit >= 0)
        return exit;
    const auto connections = listOrPrintError(Workspace::ConnectionStore(command.workspace()));
    if (!connections)
        return Failure;
    QTextStream out(stdout);
    writeTableRow(out, Text::tr("NAME\tTYPE\tWHO CAN USE\tEXPORT USER\tAPI"));
    for (const Workspace::Connection &connection : *connections) {
        // Contributors see the connections they may use by name only.
        const auto detail = [&](const QString &text) { return connection.detailsHidden ? QStringLiteral("-") : text; };
        writeTableRow(out, connection.name, connection.type,
                      detail(connection.allowContributors ? Text::tr("administrators and contributors")
                                                          : Text::tr("administrators")),
                      detail(connection.exportUser), detail(connection.apiBaseUrl));
    }
    return Success;
}

} // namespace

int runConnectionsCommand(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{QLatin1StringView("create"), &runCreate,
                           QT_TRANSLATE_NOOP("Cli", "NAME --client-id ID [--client-secret-stdin] [--api-url URL] "
                                                    "[--accounts-url URL] [--redirect-uri URI] [--contributors]")},
                          {QLatin1StringView("login"), &runLogin, QT_TRANSLATE_NOOP("Cli", "NAME [--paste]")},
                          {QLatin1StringView("list"), &runList, ""}});
}

} // namespace Cli
