#include "demoworkspace.h"

#include <exporting/runcounts.h>
#include <sources/csvimporter.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/runstore.h>
#include <workspace/segmentstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace DemoWorkspace {

namespace {

const char *const kPlans[] = {"free", "plus", "premium"};
const char *const kCountries[] = {"DE", "FR", "US", "GB"};

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" in ") + sql;
    return false;
}

bool addSegments(Workspace::Workspace &workspace, const QString &folder, QString *error)
{
    Workspace::SegmentStore segments(workspace);
    const QString list = folder + QStringLiteral("/spring-campaign.csv");
    QFile file(list);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write("id\n");
    for (int i = 4; i <= 2000; i += 4)
        file.write("C" + QByteArray::number(i).rightJustified(7, '0') + "\n");
    file.close();
    Workspace::Segment created;
    Workspace::ListImport report;
    return segments.createRule(QStringLiteral("Newsletter subscribers"),
                               QStringLiteral("email is not empty"), &created, error)
        && segments.createRule(QStringLiteral("Premium customers"),
                               QStringLiteral("plan = 'premium' and (country = 'DE' or country = 'FR')"),
                               &created, error)
        && segments.createList(QStringLiteral("Spring campaign list"), list, &created, &report, error);
}

bool addRuns(Workspace::Workspace &workspace, qint64 profiles, QString *error)
{
    Workspace::RunStore runs(workspace.database());
    QSqlQuery query(workspace.database());
    const QDateTime base = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    qint64 audience = 0;
    for (int i = 0; i < 5; ++i) {
        const qint64 runId = runs.createRun(kSharedExportId, workspace.user(), error);
        if (runId == 0)
            return false;
        // Growing lists: each run sees more profiles; later runs send only the new ones.
        Exporting::RunCounts counts;
        counts.profiles = profiles * (6 + i) / 10;
        counts.active = {true, true, false};
        for (int s = 0; s < 2; ++s) {
            Exporting::SchemaCounts &c = counts.bySchema[s];
            c.profiles = counts.profiles;
            c.rejected[static_cast<size_t>(s == 0 ? Identity::RejectReason::InvalidEmail
                                                  : Identity::RejectReason::NoCountryCode)] =
                counts.profiles / (s == 0 ? 50 : 20);
            c.rejected[static_cast<size_t>(Identity::RejectReason::Empty)] = counts.profiles / 100;
            c.duplicates = counts.profiles / 200;
            const qint64 sendable = c.profiles - c.rejectedTotal() - c.duplicates;
            c.alreadyInAudience = i == 0 ? 0 : qMin(sendable, profiles * (5 + i) / 10 * 9 / 10);
            if (i == 3) {
                c.failed = (sendable - c.alreadyInAudience) / 4;
            }
            c.uploaded = sendable - c.alreadyInAudience - c.failed;
        }
        audience += counts[Identity::IdentifierType::Email].uploaded;
        QJsonObject json = counts.toJson();
        json.insert(QStringLiteral("audience"),
                    QJsonObject{{QStringLiteral("approximate_users"), double(audience * 7 / 10)}});
        const Workspace::RunStatus status = i == 3 ? Workspace::RunStatus::Failed
                                                   : Workspace::RunStatus::Succeeded;
        if (!runs.updateRun(runId, status, json,
                            i == 3 ? QStringLiteral("Snapchat did not confirm 1 batch (HTTP 503); "
                                                    "the next run sends it again.")
                                   : QString(),
                            error))
            return false;
        int sequence = 0;
        for (int s = 0; s < 2; ++s) {
            const qint64 uploaded = counts.bySchema[s].uploaded + counts.bySchema[s].failed;
            for (qint64 sent = 0; sent < uploaded; sent += 100000) {
                Workspace::RunBatch batch;
                batch.runId = runId;
                batch.sequence = ++sequence;
                batch.schema = s == 0 ? QStringLiteral("EMAIL_SHA256") : QStringLiteral("PHONE_SHA256");
                batch.identifierCount = static_cast<int>(qMin<qint64>(100000, uploaded - sent));
                const bool failed = i == 3 && s == 0 && sent == 0;
                batch.requestId = failed ? QString()
                                         : QStringLiteral("5f3a%1-%2c9e-4b1d-9a7f-%3")
                                               .arg(runId, 4, 16, QLatin1Char('0'))
                                               .arg(sequence, 2, 16, QLatin1Char('0'))
                                               .arg(runId * 7919 + sequence, 12, 16, QLatin1Char('0'));
                batch.status = failed ? QStringLiteral("failed") : QStringLiteral("confirmed");
                batch.error = failed ? QStringLiteral("HTTP 503: Service Unavailable") : QString();
                batch.confirmedAt = failed ? QDateTime() : base.addDays(i * 3).addSecs(60 + sequence);
                if (!runs.recordBatch(batch, error))
                    return false;
            }
        }
        const QDateTime started = base.addDays(i * 3);
        if (!exec(query, QStringLiteral("UPDATE runs SET started_at = '%1', ended_at = '%2' WHERE id = %3")
                             .arg(started.toString(Qt::ISODateWithMs),
                                  started.addSecs(95 + i * 7).toString(Qt::ISODateWithMs))
                             .arg(runId),
                  error))
            return false;
    }
    return true;
}

} // namespace

bool writeProfilesCsv(const QString &fileName, qint64 count, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk.append("id,email,phone,country,plan\n");
    for (qint64 i = 1; i <= count; ++i) {
        const QByteArray id = QByteArray::number(i).rightJustified(7, '0');
        chunk.append("C").append(id).append(',');
        if (i % 50 == 0)
            chunk.append("customer").append(id).append(".example.com");
        else
            chunk.append("customer").append(id).append("@example.com");
        chunk.append(',');
        if (i % 20 == 0)
            chunk.append("0151").append(id);
        else
            chunk.append("+49151").append(id);
        chunk.append(',').append(kCountries[i % 4]).append(',').append(kPlans[i % 3]).append('\n');
        if (chunk.size() > (1 << 20) - 256) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

bool create(const QString &path, qint64 profiles, QString *error)
{
    std::unique_ptr<Workspace::Workspace> workspace = Workspace::Workspace::open(path, error);
    if (!workspace)
        return false;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("profiles.csv"));
    if (!writeProfilesCsv(csv, profiles, error))
        return false;
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("id");
    const Sources::CsvImportSummary summary = Sources::CsvImporter(*workspace).import(csv, options);
    if (!summary.ok) {
        *error = summary.error;
        return false;
    }
    if (!addSegments(*workspace, dir.path(), error))
        return false;

    Workspace::UserStore users(*workspace);
    if (!users.add(QStringLiteral("carol"), Workspace::Role::Contributor, error)
        || !users.add(QStringLiteral("victor"), Workspace::Role::Viewer, error))
        return false;

    Workspace::ConnectionStore connections(*workspace);
    Workspace::Connection shared;
    shared.name = QStringLiteral("Snapchat sandbox");
    shared.clientId = QStringLiteral("demo-client-7f3e");
    shared.apiBaseUrl = QStringLiteral("http://127.0.0.1:8931/v1");
    shared.accountsBaseUrl = QStringLiteral("http://127.0.0.1:8931");
    shared.allowContributors = true;
    shared.exportUser = QStringLiteral("marketing@example.com");
    Workspace::Connection adminOnly = shared;
    adminOnly.name = QStringLiteral("Brand team account");
    adminOnly.clientId = QStringLiteral("brand-client-11aa");
    adminOnly.allowContributors = false;
    if (!connections.add(shared, error) || !connections.add(adminOnly, error))
        return false;

    Workspace::ExportStore exports(*workspace);
    Workspace::Export newsletter;
    newsletter.name = QStringLiteral("Newsletter to Snapchat");
    newsletter.connectionId = shared.id;
    newsletter.adAccountId = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
    newsletter.audienceId = QStringLiteral("4d1e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6");
    newsletter.emailField = QStringLiteral("email");
    newsletter.phoneField = QStringLiteral("phone");
    newsletter.defaultRegion = QStringLiteral("DE");
    newsletter.segmentIds = {1, 3};
    Workspace::Export premium = newsletter;
    premium.name = QStringLiteral("Premium lookalike seed");
    premium.connectionId = adminOnly.id;
    premium.audienceId.clear();
    premium.newAudience = QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium customers")},
                                      {QStringLiteral("retention_in_days"), 180}};
    premium.mode = Workspace::ExportMode::Mirror;
    premium.segmentIds = {2};
    if (!exports.create(newsletter, error) || !exports.create(premium, error))
        return false;
    if (newsletter.id != kSharedExportId || premium.id != kAdminExportId) {
        *error = QStringLiteral("unexpected export ids %1, %2").arg(newsletter.id).arg(premium.id);
        return false;
    }
    return addRuns(*workspace, profiles, error);
}

} // namespace DemoWorkspace
