#include "profilescommand.h"

#include "clicommand.h"
#include "workspacecommand.h"
#include "workspaceoption.h"

#include <sources/csvimporter.h>
#include <sources/sampleprofiles.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Writes a CSV of made-up customer profiles (ID column customer_id) to try the program "
        "out: realistic emails, phones and mobile ad IDs, with the usual share of bad values."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The CSV file to write ('-' for standard output)."));
    const QCommandLineOption count(QStringLiteral("count"), Text::tr("How many profiles (default 1000)."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Seed: the same seed writes the same profiles."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({count, seed});
    if (const int exit = parseOrExit(parser, arguments, 1, 1); exit >= 0)
        return exit;
    bool countOk = false;
    const qint64 rows = parser.value(count).toLongLong(&countOk);
    if (!countOk || rows < 0) {
        printError(Text::tr("--count must be a number of profiles (got '%1').").arg(parser.value(count)));
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool opened = path == QLatin1StringView("-") ? file.open(stdout, QIODevice::WriteOnly)
                                                       : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened || !Sources::writeSampleProfiles(file, rows, parser.value(seed).toUInt())) {
        printError(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return Failure;
    }
    return Success;
}

int runImport(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Imports profiles from a CSV file whose first line names the columns. Re-importing "
        "updates profiles by ID. Bad rows are listed with their line numbers; unless "
        "--skip-bad-rows is given, nothing is imported when any row is bad."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The CSV file."));
    const QCommandLineOption idOption(QStringLiteral("id-column"),
                                      Text::tr("The column holding the profile ID."), QStringLiteral("name"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           Text::tr("Replace all profiles instead of updating them."));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), Text::tr("The field delimiter: ',', ';' or 'tab' (default: detected)."),
        QStringLiteral("c"));
    const QCommandLineOption skipOption(QStringLiteral("skip-bad-rows"),
                                        Text::tr("Import the good rows even when some rows are bad."));
    parser.addOptions({idOption, replaceOption, delimiterOption, skipOption});
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;

    Sources::CsvImportOptions options;
    options.idColumn = parser.value(idOption);
    if (options.idColumn.isEmpty()) {
        printError(Text::tr("--id-column is required: name the column that holds the profile ID."));
        return UsageError;
    }
    if (parser.isSet(delimiterOption)) {
        const QString d = parser.value(delimiterOption);
        if (d == QLatin1StringView(",") || d == QLatin1StringView(";"))
            options.delimiter = d.at(0).toLatin1();
        else if (d == QLatin1StringView("tab") || d == QLatin1StringView("\t") || d == QLatin1StringView("\\t"))
            options.delimiter = '\t';
        else {
            printError(Text::tr("--delimiter must be ',', ';' or 'tab' (got '%1').").arg(d));
            return UsageError;
        }
    }
    options.replace = parser.isSet(replaceOption);
    options.skipBadRows = parser.isSet(skipOption);

    if (!command.openWorkspace())
        return Failure;
    const QString file = parser.positionalArguments().constFirst();
    const Sources::CsvImportSummary summary = Sources::CsvImporter(command.workspace()).import(file, options);

    QTextStream err(stderr);
    for (const Sources::BadRow &row : summary.badRows)
        err << Text::tr("line %1: %2").arg(row.line).arg(row.reason) << '\n';
    if (summary.skipped > summary.badRows.size())
        err << Text::tr("... and %1 more bad rows").arg(summary.skipped - summary.badRows.size()) << '\n';
    if (!summary.error.isEmpty())
        err << summary.error << '\n';
    err.flush();

    QTextStream out(stdout);
    if (summary.rowsRead > 0 || summary.ok) {
        out << Text::tr("Rows read: %1, imported: %2, skipped: %3")
                   .arg(summary.rowsRead)
                   .arg(summary.imported)
                   .arg(summary.skipped)
            << '\n';
        for (auto it = summary.skippedByReason.cbegin(); it != summary.skippedByReason.cend(); ++it)
            out << Text::tr("  skipped (%1): %2").arg(it.key()).arg(it.value()) << '\n';
    }
    if (summary.refused)
        return Failure;
    return summary.ok ? Success : DataError;
}

} // namespace

int runProfilesCommand(const QStringList &arguments)
{
    return runSubcommand(arguments, {{QLatin1StringView("import"), &runImport,
                                      QT_TRANSLATE_NOOP("Cli", "FILE.csv --id-column NAME [--replace] [--delimiter C] "
                                                               "[--skip-bad-rows] [--workspace FILE]")},
                                     {QLatin1StringView("generate"), &runGenerate,
                                      QT_TRANSLATE_NOOP("Cli", "FILE.csv [--count N] [--seed S]")}});
}

} // namespace Cli
