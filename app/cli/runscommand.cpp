#include "runscommand.h"

#include "clicommand.h"
#include "listing.h"
#include "workspacecommand.h"
#include "workspaceoption.h"

#include <workspace/exportstore.h>
#include <workspace/runstore.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

// command.start(), then what both runs commands need: the right to see runs, and a run whose
// process died (a crash, a kill) shown as what it is, "Failed (interrupted)", not as still
// processing: the same sweep 'exports run' and the window do when they start.
int startRunsCommand(WorkspaceCommand &command, const QStringList &arguments, int minPositional, int maxPositional)
{
    if (const int exit = command.start(arguments, minPositional, maxPositional); exit >= 0)
        return exit;
    Workspace::Workspace &workspace = command.workspace();
    QString error;
    if (!workspace.authorize(Workspace::Action::ViewRuns, QStringLiteral("runs"), &error)) {
        printError(error);
        return Failure;
    }
    if (Workspace::RunStore(workspace.database()).markInterruptedRuns(&error) < 0)
        printError(Text::tr("Cannot mark interrupted runs: %1").arg(error));
    return -1;
}

QString shown(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
}

int runList(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr("Lists the runs of one export, or of every export, newest first."));
    command.parser().addPositionalArgument(QStringLiteral("export"), Text::tr("The export's name (optional)."),
                                           QStringLiteral("[export]"));
    if (const int exit = startRunsCommand(command, arguments, 0, 1); exit >= 0)
        return exit;
    QString error;
    const QList<Workspace::Export> exports = Workspace::ExportStore(command.workspace()).list(&error);
    const QString only = command.parser().positionalArguments().value(0);
    const Workspace::RunStore runs(command.workspace().database());
    QTextStream out(stdout);
    writeTableRow(out, Text::tr("ID\tEXPORT\tSTATUS\tSTARTED\tENDED\tBY\tPROFILES\tUPLOADED"));
    bool found = only.isEmpty();
    for (const Workspace::Export &definition : exports) {
        if (!only.isEmpty() && definition.name != only)
            continue;
        found = true;
        for (const Workspace::Run &run : runs.runs(definition.id)) {
            qint64 uploaded = 0;
            const QJsonObject schemas = run.counts.value(QLatin1StringView("schemas")).toObject();
            for (auto it = schemas.begin(); it != schemas.end(); ++it)
                uploaded += it.value().toObject().value(QLatin1StringView("uploaded")).toInteger();
            writeTableRow(out, run.id, definition.name, Workspace::runStatusText(run.status), shown(run.startedAt),
                          shown(run.endedAt), run.startedBy, run.counts.value(QLatin1StringView("profiles")).toInteger(),
                          uploaded);
        }
    }
    if (!found) {
        printError(Text::tr("No export named '%1'.").arg(only));
        return Failure;
    }
    return Success;
}

int runShow(const QStringList &arguments)
{
    WorkspaceCommand command(
        Text::tr("Shows one run: status, counts by reason, and the batch log with Snapchat's request IDs."));
    command.parser().addPositionalArgument(QStringLiteral("id"), Text::tr("The run's ID (see 'runs list')."));
    if (const int exit = startRunsCommand(command, arguments, 1, 1); exit >= 0)
        return exit;
    const QString idText = command.parser().positionalArguments().constFirst();
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    const Workspace::RunStore runs(command.workspace().database());
    const std::optional<Workspace::Run> run = isNumber ? runs.run(id) : std::nullopt;
    if (!run) {
        printError(Text::tr("No run with ID '%1'.").arg(idText));
        return Failure;
    }
    QTextStream out(stdout);
    out << Text::tr("Run %1 of export %2: %3").arg(run->id).arg(run->exportId).arg(Workspace::runStatusText(run->status)) << '\n'
        << Text::tr("Started %1 by %2, ended %3").arg(shown(run->startedAt), run->startedBy, shown(run->endedAt)) << '\n';
    if (!run->error.isEmpty())
        out << Text::tr("Error: %1").arg(run->error) << '\n';
    out << QJsonDocument(run->counts).toJson(QJsonDocument::Indented);
    writeTableRow(out, Text::tr("BATCH\tSCHEMA\tACTION\tIDENTIFIERS\tSTATUS\tREQUEST ID\tERROR"));
    for (const Workspace::RunBatch &batch : runs.batches(run->id)) {
        writeTableRow(out, batch.sequence, batch.schema,
                      batch.action == Workspace::BatchAction::Add ? QStringLiteral("add") : QStringLiteral("remove"),
                      batch.identifierCount, batch.status, batch.requestId, batch.error);
    }
    return Success;
}

} // namespace

int runRunsCommand(const QStringList &arguments)
{
    return runSubcommand(arguments, {{QLatin1StringView("list"), &runList, QT_TRANSLATE_NOOP("Cli", "[EXPORT]")},
                                     {QLatin1StringView("show"), &runShow, QT_TRANSLATE_NOOP("Cli", "ID")}});
}

} // namespace Cli
