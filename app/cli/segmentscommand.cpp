#include "segmentscommand.h"

#include "clicommand.h"
#include "listing.h"
#include "sourcesupport.h"
#include "workspacecommand.h"
#include "workspaceoption.h"

#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

int runCreate(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Creates a segment from a rule over profile fields, e.g. --rule \"country = 'DE' and "
        "ltv >= 100\" (see the README for the rule language), or from a CSV file of profile "
        "IDs (first column)."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The segment's name."));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), Text::tr("The segment's rule."), QStringLiteral("rule"));
    const QCommandLineOption listOption(QStringLiteral("list"), Text::tr("A CSV file of profile IDs."), QStringLiteral("file"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          Text::tr("The profile source the rule reads (default: the workspace's profiles)."),
                                          QStringLiteral("name"));
    parser.addOptions({ruleOption, listOption, sourceOption});
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;
    if (parser.isSet(ruleOption) == parser.isSet(listOption)) {
        printError(Text::tr("Give either --rule or --list."));
        return UsageError;
    }
    if (parser.isSet(sourceOption) && parser.isSet(listOption)) {
        printError(Text::tr("--list segments hold IDs of the workspace's profiles: --source goes with --rule only."));
        return UsageError;
    }
    if (!command.openWorkspace())
        return Failure;
    if (parser.isSet(sourceOption))
        return createSourceSegment(command.workspace(), parser.positionalArguments().constFirst(),
                                   parser.value(ruleOption), parser.value(sourceOption));
    // For who may manage segments a failure is bad input (a rule, a file); for anyone else it is
    // the role rules' refusal.
    const bool mayManage = command.workspace().policy().allows(Workspace::Action::ManageSegments);
    Workspace::SegmentStore store(command.workspace());
    const QString name = parser.positionalArguments().constFirst();
    Workspace::Segment segment;
    QString error;
    QTextStream out(stdout);
    if (parser.isSet(ruleOption)) {
        if (!store.createRule(name, parser.value(ruleOption), &segment, &error)) {
            printError(error);
            return mayManage ? DataError : Failure;
        }
        out << Text::tr("Created segment '%1': %2").arg(name, segment.rule) << '\n';
    } else {
        Workspace::ListImport report;
        if (!store.createList(name, parser.value(listOption), &segment, &report, &error)) {
            printError(error);
            return mayManage ? DataError : Failure;
        }
        out << Text::tr("Created list segment '%1' with %2 IDs").arg(name).arg(report.idsRead) << '\n';
        if (report.unknownIds > 0)
            out << Text::tr("%1 of the IDs are not among the profiles (yet).").arg(report.unknownIds) << '\n';
    }
    const qint64 members = store.memberCount(segment, &error);
    if (members >= 0)
        out << Text::tr("Members: %1").arg(members) << '\n';
    return Success;
}

int runEdit(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Changes the rule of a rule segment. A segment over a profile source keeps its source, and "
        "the new rule is checked against that source's columns."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The segment's name."));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), Text::tr("The segment's new rule."), QStringLiteral("rule"));
    parser.addOption(ruleOption);
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;
    if (!parser.isSet(ruleOption)) {
        printError(Text::tr("--rule is required."));
        return UsageError;
    }
    if (!command.openWorkspace())
        return Failure;
    Workspace::Workspace &workspace = command.workspace();
    const bool mayManage = workspace.policy().allows(Workspace::Action::ManageSegments);
    Workspace::SegmentStore store(workspace);
    const QString name = parser.positionalArguments().constFirst();
    const std::optional<Workspace::Segment> segment = store.find(name);
    QString error;
    const bool changed = !segment ? store.updateRule(-1, parser.value(ruleOption), &error)
        : segment->source.isEmpty() ? store.updateRule(segment->id, parser.value(ruleOption), &error)
                                    : updateSourceSegment(workspace, segment->id, parser.value(ruleOption), &error);
    if (!changed) {
        printError(segment || !mayManage ? error : Text::tr("No segment named '%1'.").arg(name));
        return segment && mayManage ? DataError : Failure;
    }
    const Workspace::Segment updated = store.get(segment->id).value_or(*segment);
    QTextStream out(stdout);
    out << Text::tr("Changed segment '%1': %2").arg(name, updated.rule) << '\n';
    const qint64 members = SegmentCounter(workspace).memberCount(updated, &error);
    if (members >= 0)
        out << Text::tr("Members: %1").arg(members) << '\n';
    else
        printError(error);
    return Success;
}

int runList(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Lists the segments with their member counts; a segment over a profile source is counted "
        "in its database."));
    if (const int exit = command.start(arguments, 0, 0); exit >= 0)
        return exit;
    const Workspace::SegmentStore store(command.workspace());
    const auto segments = listOrPrintError(store);
    if (!segments)
        return Failure;
    QTextStream out(stdout);
    writeTableRow(out, Text::tr("NAME\tSOURCE\tMEMBERS\tDEFINITION"));
    SegmentCounter counter(command.workspace());
    for (const Workspace::Segment &segment : *segments) {
        QString error;
        const qint64 members = counter.memberCount(segment, &error);
        writeTableRow(out, segment.name, segment.source.isEmpty() ? QStringLiteral("-") : segment.source,
                      members >= 0 ? QString::number(members) : Text::tr("error"),
                      segment.kind == Workspace::Segment::Kind::Rule ? segment.rule : Text::tr("(list of IDs)"));
        if (members < 0)
            printError(error);
    }
    return Success;
}

int runDelete(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr("Deletes a segment that no export uses."));
    command.parser().addPositionalArgument(QStringLiteral("name"), Text::tr("The segment's name."));
    if (const int exit = command.start(arguments, 1, 1); exit >= 0)
        return exit;
    Workspace::SegmentStore store(command.workspace());
    const QString name = command.parser().positionalArguments().constFirst();
    const std::optional<Workspace::Segment> segment = store.find(name);
    QString error;
    if (!store.remove(segment ? segment->id : -1, &error)) {
        printError(segment || !command.workspace().policy().allows(Workspace::Action::ManageSegments)
                       ? error
                       : Text::tr("No segment named '%1'.").arg(name));
        return Failure;
    }
    QTextStream(stdout) << Text::tr("Deleted segment '%1'.").arg(name) << '\n';
    return Success;
}

} // namespace

int runSegmentsCommand(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{QLatin1StringView("create"), &runCreate, QT_TRANSLATE_NOOP("Cli", "NAME (--rule RULE [--source SOURCE] | --list FILE.csv)")},
                          {QLatin1StringView("edit"), &runEdit, QT_TRANSLATE_NOOP("Cli", "NAME --rule RULE")},
                          {QLatin1StringView("list"), &runList, ""},
                          {QLatin1StringView("delete"), &runDelete, QT_TRANSLATE_NOOP("Cli", "NAME")}});
}

} // namespace Cli
