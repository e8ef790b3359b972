#include "profilescommand.h"

#include "clicommand.h"
#include "workspaceoption.h"

#include <sources/csvimporter.h>
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

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Imports profiles from a CSV file whose first line names the columns. Re-importing "
        "updates profiles by ID. Bad rows are listed with their line numbers; unless "
        "--skip-bad-rows is given, nothing is imported when any row is bad."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    const QCommandLineOption idOption(QStringLiteral("id-column"),
                                      tr("The column holding the profile ID."), QStringLiteral("name"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           tr("Replace all profiles instead of updating them."));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), tr("The field delimiter: ',', ';' or 'tab' (default: detected)."),
        QStringLiteral("c"));
    const QCommandLineOption skipOption(QStringLiteral("skip-bad-rows"),
                                        tr("Import the good rows even when some rows are bad."));
    parser.addOptions({idOption, replaceOption, delimiterOption, skipOption, workspaceOption()});
    if (const int exit = parseOrExit(parser, arguments, 1, 1); exit >= 0)
        return exit;

    Sources::CsvImportOptions options;
    options.idColumn = parser.value(idOption);
    if (options.idColumn.isEmpty()) {
        printError(tr("--id-column is required: name the column that holds the profile ID."));
        return UsageError;
    }
    if (parser.isSet(delimiterOption)) {
        const QString d = parser.value(delimiterOption);
        if (d == QLatin1StringView(",") || d == QLatin1StringView(";"))
            options.delimiter = d.at(0).toLatin1();
        else if (d == QLatin1StringView("tab") || d == QLatin1StringView("\t") || d == QLatin1StringView("\\t"))
            options.delimiter = '\t';
        else {
            printError(tr("--delimiter must be ',', ';' or 'tab' (got '%1').").arg(d));
            return UsageError;
        }
    }
    options.replace = parser.isSet(replaceOption);
    options.skipBadRows = parser.isSet(skipOption);

    std::unique_ptr<Workspace::Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return Failure;
    const QString file = parser.positionalArguments().constFirst();
    const Sources::CsvImportSummary summary = Sources::CsvImporter(*workspace).import(file, options);

    QTextStream err(stderr);
    for (const Sources::BadRow &row : summary.badRows)
        err << tr("line %1: %2").arg(row.line).arg(row.reason) << '\n';
    if (summary.skipped > summary.badRows.size())
        err << tr("... and %1 more bad rows").arg(summary.skipped - summary.badRows.size()) << '\n';
    if (!summary.error.isEmpty())
        err << summary.error << '\n';
    err.flush();

    QTextStream out(stdout);
    if (summary.rowsRead > 0 || summary.ok) {
        out << tr("Rows read: %1, imported: %2, skipped: %3")
                   .arg(summary.rowsRead)
                   .arg(summary.imported)
                   .arg(summary.skipped)
            << '\n';
        for (auto it = summary.skippedByReason.cbegin(); it != summary.skippedByReason.cend(); ++it)
            out << tr("  skipped (%1): %2").arg(it.key()).arg(it.value()) << '\n';
    }
    if (summary.refused)
        return Failure;
    return summary.ok ? Success : DataError;
}

} // namespace

int runProfilesCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments[0] + QLatin1Char(' ') + sub;
    if (sub == QLatin1StringView("import"))
        return runImport(rest);
    QTextStream out(sub.isEmpty() || sub.startsWith(QLatin1Char('-')) ? stdout : stderr);
    if (!sub.isEmpty() && !sub.startsWith(QLatin1Char('-')))
        out << tr("Unknown profiles command: %1").arg(sub) << '\n';
    out << tr("Usage: %1 import FILE.csv --id-column NAME [--replace] [--delimiter C] "
              "[--skip-bad-rows] [--workspace FILE]").arg(arguments.value(0)) << '\n';
    return sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h") ? Success : UsageError;
}

} // namespace Cli
