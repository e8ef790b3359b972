#include "runscommand.h"

#include "clicommand.h"
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

// A run whose process died (a crash, a kill) is shown as what it is, "Failed (interrupted)", not
// as still processing: the same sweep 'exports run' and the window do when they start.
void markInterruptedRuns(Workspace::Workspace &workspace)
{
    QString error;
    if (Workspace::RunStore(workspace.database()).markInterruptedRuns(&error) < 0)
        printError(Text::tr("Cannot mark interrupted runs: %1").arg(error));
}

QString shown(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the runs of one export, or of every export, newest first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), Text::tr("The export's name (optional)."), QStringLiteral("[export]"));
    parser.addOption(workspaceOption());
    if (const int exit = parseOrExit(parser, arguments, 0, 1); exit >= 0)
        return exit;
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return Failure;
    QString error;
    if (!workspace->authorize(Workspace::Action::ViewRuns, QStringLiteral("runs"), &error)) {
        printError(error);
        return Failure;
    }
    markInterruptedRuns(*workspace);
    const QList<Workspace::Export> exports = Workspace::ExportStore(*workspace).list(&error);
    const QString only = parser.positionalArguments().value(0);
    const Workspace::RunStore runs(workspace->database());
    QTextStream out(stdout);
    out << Text::tr("ID\tEXPORT\tSTATUS\tSTARTED\tENDED\tBY\tPROFILES\tUPLOADED") << '\n';
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
            out << run.id << '\t' << definition.name << '\t' << Workspace::runStatusText(run.status) << '\t'
                << shown(run.startedAt) << '\t' << shown(run.endedAt) << '\t' << run.startedBy << '\t'
                << run.counts.value(QLatin1StringView("profiles")).toInteger() << '\t' << uploaded << '\n';
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
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Shows one run: status, counts by reason, and the batch log with Snapchat's request IDs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The run's ID (see 'runs list')."));
    parser.addOption(workspaceOption());
    if (const int exit = parseOrExit(parser, arguments, 1, 1); exit >= 0)
        return exit;
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return Failure;
    QString error;
    if (!workspace->authorize(Workspace::Action::ViewRuns, QStringLiteral("runs"), &error)) {
        printError(error);
        return Failure;
    }
    markInterruptedRuns(*workspace);
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&isNumber);
    const Workspace::RunStore runs(workspace->database());
    const std::optional<Workspace::Run> run = isNumber ? runs.run(id) : std::nullopt;
    if (!run) {
        printError(Text::tr("No run with ID '%1'.").arg(parser.positionalArguments().constFirst()));
        return Failure;
    }
    QTextStream out(stdout);
    out << Text::tr("Run %1 of export %2: %3").arg(run->id).arg(run->exportId).arg(Workspace::runStatusText(run->status)) << '\n'
        << Text::tr("Started %1 by %2, ended %3").arg(shown(run->startedAt), run->startedBy, shown(run->endedAt)) << '\n';
    if (!run->error.isEmpty())
        out << Text::tr("Error: %1").arg(run->error) << '\n';
    out << QJsonDocument(run->counts).toJson(QJsonDocument::Indented);
    out << Text::tr("BATCH\tSCHEMA\tACTION\tIDENTIFIERS\tSTATUS\tREQUEST ID\tERROR") << '\n';
    for (const Workspace::RunBatch &batch : runs.batches(run->id)) {
        out << batch.sequence << '\t' << batch.schema << '\t'
            << (batch.action == Workspace::BatchAction::Add ? QStringLiteral("add") : QStringLiteral("remove")) << '\t'
            << batch.identifierCount << '\t' << batch.status << '\t' << batch.requestId << '\t' << batch.error << '\n';
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
