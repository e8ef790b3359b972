#include "exportscommand.h"

#include "cancelsignals.h"
#include "clicommand.h"
#include "clisupport.h"
#include "listing.h"
#include "runprogressprinter.h"
#include "sourcesupport.h"
#include "workspacecommand.h"
#include "workspaceoption.h"

#include <exporting/exportlauncher.h>
#include <exporting/workspacerunjournal.h>
#include <identity/phonenormalizer.h>
#include <snapchat/apisession.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/profilestore.h>
#include <workspace/runstore.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

std::optional<Workspace::Export> findExport(Workspace::Workspace &workspace, const QString &name)
{
    const auto exports = listOrPrintError(Workspace::ExportStore(workspace));
    if (!exports)
        return std::nullopt;
    for (const Workspace::Export &candidate : *exports) {
        if (candidate.name == name)
            return candidate;
    }
    printError(Text::tr("No export named '%1'; 'audiencebridge exports list' shows them.").arg(name));
    return std::nullopt;
}

// The profile field, checked against the imported columns; prints why when there is none.
bool checkField(const Workspace::Workspace &workspace, const QString &option, const QString &field)
{
    const Workspace::ProfileStore profiles(workspace.database());
    if (profiles.column(field))
        return true;
    QStringList names;
    for (const Workspace::ProfileColumn &column : profiles.columns())
        names.append(column.name);
    printError(Text::tr("%1: the profiles have no field '%2' (they have: %3).").arg(option, field, names.join(QStringLiteral(", "))));
    return false;
}

// Checks the audience through the API (exists, customer list, reachable with this connection)
// or creates it; fills the export's ad account and audience.
int resolveAudience(Snapchat::SnapchatClient &client, const QCommandLineParser &parser, Workspace::Export &definition)
{
    return runUntilDone([&](const std::function<void(int)> &done) {
        const QString audienceId = parser.value(QStringLiteral("audience-id"));
        if (!audienceId.isEmpty()) {
            client.segment(audienceId, nullptr, [&, done](const Snapchat::Result<Snapchat::Segment> &result) {
                if (!result.ok()) {
                    printError(Text::tr("Audience %1: %2").arg(audienceId, result.error.userMessage()));
                    done(Failure);
                } else if (!result.value.isFirstParty()) {
                    printError(Text::tr("Audience %1 is a %2 audience; only customer lists (FIRST_PARTY) take uploaded identifiers.")
                                   .arg(audienceId, result.value.sourceType));
                    done(DataError);
                } else {
                    definition.audienceId = result.value.id;
                    definition.adAccountId = result.value.adAccountId;
                    done(Success);
                }
            });
            return;
        }
        const auto create = [&, done](const QString &adAccountId) {
            Snapchat::NewSegment audience;
            audience.adAccountId = adAccountId;
            audience.name = parser.value(QStringLiteral("new-audience"));
            audience.description = parser.value(QStringLiteral("description"));
            audience.retentionInDays = parser.value(QStringLiteral("retention-days")).toInt();
            client.createSegment(audience, nullptr, [&, done](const Snapchat::Result<Snapchat::Segment> &result) {
                if (!result.ok()) {
                    printError(Text::tr("Creating the audience failed: %1").arg(result.error.userMessage()));
                    done(Failure);
                    return;
                }
                definition.audienceId = result.value.id;
                definition.adAccountId = result.value.adAccountId.isEmpty() ? adAccountId : result.value.adAccountId;
                QTextStream(stdout) << Text::tr("Created Snapchat audience '%1' (%2).").arg(result.value.name, result.value.id) << '\n';
                done(Success);
            });
        };
        if (parser.isSet(QStringLiteral("ad-account"))) {
            create(parser.value(QStringLiteral("ad-account")));
            return;
        }
        client.organizations(nullptr, [&, done, create](const Snapchat::Result<QList<Snapchat::Organization>> &result) {
            for (const Snapchat::Organization &organization : result.value) {
                if (!organization.adAccounts.isEmpty()) {
                    create(organization.adAccounts.constFirst().id);
                    return;
                }
            }
            printError(result.ok() ? Text::tr("The Snapchat user has no ad account; give one with --ad-account.")
                                   : result.error.userMessage());
            done(Failure);
        });
    });
}

int runCreate(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Configures an export of segments to a Snapchat audience. The audience is checked (or "
        "created) through the API; nothing is sent until 'exports run'."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The export's name."));
    parser.addOptions({
        {QStringLiteral("connection"), Text::tr("The Snapchat connection to use."), QStringLiteral("name")},
        {QStringLiteral("audience-id"), Text::tr("An existing Snapchat customer-list audience (segment ID)."), QStringLiteral("id")},
        {QStringLiteral("new-audience"), Text::tr("Create a new customer-list audience with this name."), QStringLiteral("name")},
        {QStringLiteral("ad-account"), Text::tr("The ad account for a new audience (default: the first one)."), QStringLiteral("id")},
        {QStringLiteral("description"), Text::tr("The new audience's description."), QStringLiteral("text")},
        {QStringLiteral("retention-days"), Text::tr("The new audience's retention (default 9999: lifetime)."), QStringLiteral("days"), QStringLiteral("9999")},
        {QStringLiteral("email-field"), Text::tr("The profile field holding the email address (required)."), QStringLiteral("field")},
        {QStringLiteral("phone-field"), Text::tr("The profile field holding the phone number."), QStringLiteral("field")},
        {QStringLiteral("default-region"), Text::tr("Region for phone numbers without a country code, e.g. DE."), QStringLiteral("region")},
        {QStringLiteral("maid-field"), Text::tr("The profile field holding the mobile ad ID."), QStringLiteral("field")},
        {QStringLiteral("segment"), Text::tr("A segment to export (repeat for more; their union is sent)."), QStringLiteral("name")},
        {QStringLiteral("mode"), Text::tr("add (only add members) or mirror (also remove who left the segments)."), QStringLiteral("mode"), QStringLiteral("add")},
    });
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;
    const auto require = [&](const char *option) {
        if (parser.isSet(QString::fromLatin1(option)))
            return true;
        printError(Text::tr("--%1 is required.").arg(QLatin1StringView(option)));
        return false;
    };
    if (!require("connection") || !require("email-field") || !require("segment"))
        return UsageError;
    if (parser.isSet(QStringLiteral("audience-id")) == parser.isSet(QStringLiteral("new-audience"))) {
        printError(Text::tr("Give either --audience-id or --new-audience."));
        return UsageError;
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode != QLatin1StringView("add") && mode != QLatin1StringView("mirror")) {
        printError(Text::tr("--mode must be add or mirror (got '%1').").arg(mode));
        return UsageError;
    }
    const QString region = parser.value(QStringLiteral("default-region"));
    if (!region.isEmpty() && !Identity::PhoneNormalizer::isSupportedRegion(region)) {
        printError(Text::tr("--default-region: '%1' is not a region code such as DE, FR or US.").arg(region));
        return UsageError;
    }
    if (!command.openWorkspace())
        return Failure;
    Workspace::Workspace &workspace = command.workspace();

    Workspace::Export definition;
    definition.name = parser.positionalArguments().constFirst();
    definition.mode = mode == QLatin1StringView("mirror") ? Workspace::ExportMode::Mirror : Workspace::ExportMode::Add;
    definition.defaultRegion = region.toUpper();
    const QList<std::pair<const char *, QString *>> fields{{"email-field", &definition.emailField},
                                                           {"phone-field", &definition.phoneField},
                                                           {"maid-field", &definition.maidField}};
    Workspace::SegmentStore segments(workspace);
    QList<Workspace::Segment> chosen;
    for (const QString &name : parser.values(QStringLiteral("segment"))) {
        const std::optional<Workspace::Segment> segment = segments.find(name);
        if (!segment) {
            printError(Text::tr("--segment: no segment named '%1'.").arg(name));
            return DataError;
        }
        chosen.append(*segment);
        definition.segmentIds.append(segment->id);
    }
    QList<std::pair<QString, QString>> optionFields;
    for (const auto &[option, field] : fields) {
        *field = parser.value(QString::fromLatin1(option));
        optionFields.append({QStringLiteral("--") + QLatin1StringView(option), *field});
    }
    // Segments over a profile source: all over one, whose columns the fields must name.
    if (const std::optional<int> checked = checkSourceExport(workspace, chosen, optionFields)) {
        if (*checked != Success)
            return *checked;
    } else {
        for (const auto &[option, field] : optionFields) {
            if (!field.isEmpty() && !checkField(workspace, option, field))
                return DataError;
        }
    }

    // Refused (and audited) here when the user may not create an export with this connection.
    const std::optional<Workspace::Connection> listed =
        findConnection(workspace, parser.value(QStringLiteral("connection")), Workspace::Action::CreateExport);
    if (!listed)
        return Failure;
    definition.connectionId = listed->id;
    QString error;
    const std::optional<Workspace::Connection> connection = Workspace::ConnectionStore(workspace).forUse(listed->id, &error);
    if (!connection) {
        printError(error);
        return Failure;
    }
    CliSecrets secrets; // outlives the session: on leaving, it waits for the tokens the session handed it
    const Snapchat::SecretStore::SignIn signIn = secrets.readSignIn(connection->id);
    if (!signIn.ok()) {
        printError(Text::tr("Connection '%1' is not signed in: run 'audiencebridge connections login %1' (%2)")
                       .arg(connection->name, signIn.clientSecret.ok() ? signIn.refreshToken.message
                                                                       : signIn.clientSecret.message));
        return Failure;
    }
    Snapchat::ApiSession api(Exporting::connectionSettings(*connection), connection->id, signIn, &secrets.store());
    if (const int resolved = resolveAudience(api.client(), parser, definition); resolved != Success)
        return resolved;

    if (!Workspace::ExportStore(workspace).create(definition, &error)) {
        printError(error);
        return Failure;
    }
    QTextStream(stdout) << Text::tr("Saved export '%1' to audience %2. Run it with: audiencebridge exports run '%1'")
                               .arg(definition.name, definition.audienceId)
                        << '\n';
    return Success;
}

int runList(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr("Lists the exports with their last run."));
    if (const int exit = command.start(arguments, 0, 0); exit >= 0)
        return exit;
    const auto exports = listOrPrintError(Workspace::ExportStore(command.workspace()));
    if (!exports)
        return Failure;
    const Workspace::RunStore runs(command.workspace().database());
    QTextStream out(stdout);
    writeTableRow(out, Text::tr("NAME\tAUDIENCE\tMODE\tSEGMENTS\tLAST RUN"));
    for (const Workspace::Export &definition : *exports) {
        const QList<Workspace::Run> last = runs.runs(definition.id, 1);
        writeTableRow(out, definition.name, definition.audienceId,
                      definition.mode == Workspace::ExportMode::Mirror ? QStringLiteral("mirror") : QStringLiteral("add"),
                      definition.segmentIds.size(),
                      last.isEmpty() ? Text::tr("Not started") : Workspace::runStatusText(last.constFirst().status));
    }
    return Success;
}

int runRun(const QStringList &arguments)
{
    WorkspaceCommand command(Text::tr(
        "Runs an export now: progress on stderr, a summary on stdout (JSON with --json). Exits 0 "
        "only when the run is Successful. A run that was canceled, interrupted or failed is "
        "resumed from its checkpoints. Ctrl+C (SIGINT) or SIGTERM cancels the run, keeping its "
        "checkpoints; a second one ends the program at once."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The export's name."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the run's summary as JSON."));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       Text::tr("Identifiers per upload request, 1 to 100000 (default 100000)."),
                                       QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({json, batchSize});
    if (const int exit = command.parse(arguments, 1, 1); exit >= 0)
        return exit;
    bool batchSizeOk = false;
    const int identifiersPerBatch = parser.value(batchSize).toInt(&batchSizeOk);
    if (!batchSizeOk || identifiersPerBatch < 1 || identifiersPerBatch > 100000) {
        printError(Text::tr("--batch-size must be a number from 1 to 100000 (got '%1').").arg(parser.value(batchSize)));
        return UsageError;
    }
    if (!command.openWorkspace())
        return Failure;
    Workspace::Workspace &workspace = command.workspace();
    QString error;
    // Runs cut off by a crash or a kill are "Failed (interrupted)", and resumable.
    Workspace::RunStore(workspace.database()).markInterruptedRuns(&error);
    const std::optional<Workspace::Export> definition = findExport(workspace, parser.positionalArguments().constFirst());
    if (!definition)
        return Failure;
    // Say so when this run continues an earlier one (the launcher resumes it).
    const QList<Workspace::Run> last = Workspace::RunStore(workspace.database()).runs(definition->id, 1);
    if (!last.isEmpty() && last.constFirst().status != Workspace::RunStatus::Succeeded
        && last.constFirst().status != Workspace::RunStatus::Processing) {
        printError(Text::tr("Resuming run %1 (%2) from its checkpoints.")
                       .arg(last.constFirst().id)
                       .arg(Workspace::runStatusText(last.constFirst().status)));
    }

    CliSecrets secrets;
    std::unique_ptr<Exporting::ExportWorker> worker;
    RunProgressPrinter progress;
    Exporting::ExportOutcome outcome;
    CancelSignals cancelSignals;
    bool cancelAsked = false;
    QObject::connect(&cancelSignals, &CancelSignals::cancelRequested, &cancelSignals, [&] {
        cancelAsked = true;
        if (worker) {
            printError(Text::tr("Canceling: the run stops after the requests in flight and keeps its checkpoints."));
            worker->cancel();
        }
    });
    const int launched = runUntilDone([&](const std::function<void(int)> &done) {
        Exporting::LaunchRequest request{workspace.path(), definition->id, workspace.user(), &secrets.store()};
        request.batchSize = identifiersPerBatch;
        Exporting::launchExport(request, QCoreApplication::instance(),
                                [&, done](std::unique_ptr<Exporting::ExportWorker> ready, const QString &launchError) {
            if (!ready) {
                printError(launchError);
                done(Failure);
                return;
            }
            worker = std::move(ready);
            QObject::connect(worker.get(), &Exporting::ExportWorker::progressChanged, worker.get(),
                             [&](const Exporting::ExportProgress &p) { progress.show(p); });
            QObject::connect(worker.get(), &Exporting::ExportWorker::finished, worker.get(),
                             [&, done](const Exporting::ExportOutcome &o) {
                outcome = o;
                done(Success);
            });
            worker->start();
            // A signal that came while the run was being prepared cancels it right away.
            if (cancelAsked)
                worker->cancel();
        });
    });
    progress.finish();
    if (launched != Success)
        return launched;
    if (outcome.reconnectNeeded) {
        // The outcome says what happened; this says what to type.
        const std::optional<Workspace::ConnectionAccess> connection =
            Workspace::ConnectionStore(workspace).access(definition->connectionId);
        printError(Text::tr("Sign in to Snapchat again with: audiencebridge connections login '%1'\n"
                            "Then run the export again: it resumes from its checkpoints.")
                       .arg(connection ? connection->name : definition->connectionId));
    }

    QJsonObject summary = Exporting::WorkspaceRunJournal::outcomeJson(outcome);
    summary.insert(QStringLiteral("export"), definition->name);
    summary.insert(QStringLiteral("status"), Workspace::runStatusName(outcome.status));
    if (!outcome.error.isEmpty())
        summary.insert(QStringLiteral("error"), outcome.error);
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        const Exporting::SchemaCounts &email = outcome.counts[Identity::IdentifierType::Email];
        out << Text::tr("%1: %2 profiles, %3 emails uploaded, %4 already in the audience, %5 duplicates, %6 rejected, %7 failed, %8 not sent")
                   .arg(Workspace::runStatusText(outcome.status))
                   .arg(outcome.counts.profiles)
                   .arg(email.uploaded)
                   .arg(email.alreadyInAudience)
                   .arg(email.duplicates)
                   .arg(email.rejectedTotal())
                   .arg(email.failed)
                   .arg(email.notSent)
            << '\n';
        if (!outcome.error.isEmpty())
            out << outcome.error << '\n';
    }
    return outcome.status == Workspace::RunStatus::Succeeded ? Success : Failure;
}

} // namespace

int runExportsCommand(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{QLatin1StringView("create"), &runCreate,
                           QT_TRANSLATE_NOOP("Cli", "NAME --connection C (--audience-id ID | --new-audience NAME) "
                                                    "--email-field F [--phone-field F --default-region R] "
                                                    "[--maid-field F] --segment S [--segment S ...] [--mode add|mirror]")},
                          {QLatin1StringView("list"), &runList, ""},
                          {QLatin1StringView("run"), &runRun, QT_TRANSLATE_NOOP("Cli", "NAME [--json]")}});
}

} // namespace Cli
