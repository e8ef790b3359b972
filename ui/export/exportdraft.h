#pragma once

#include <workspace/exportstore.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

// Everything the Add export wizard collects, page by page. Plain data owned by the wizard.
struct ExportDraft
{
    enum class AudienceChoice { Existing, ById, New };
    enum class Schedule { None, Daily, EveryHours };

    qint64 id = 0; // the export being edited; 0 for a new one
    QString connectionId;
    QString connectionName;
    QString name;

    AudienceChoice audienceChoice = AudienceChoice::Existing;
    QString adAccountId;
    QString adAccountName;
    QString audienceId;   // Existing and ById
    QString audienceName; // as Snapchat names it
    QString newAudienceName;
    QString newAudienceDescription;
    int retentionDays = 9999; // 9999: lifetime

    QString emailField;
    QString phoneField;
    QString defaultRegion;
    QString maidField;

    QList<qint64> segmentIds;
    QStringList segmentNames;
    qint64 unionSize = -1; // profiles in any of the segments; -1 when not counted

    Workspace::ExportMode mode = Workspace::ExportMode::Add;
    Schedule schedule = Schedule::None;
    QTime dailyAt = QTime(6, 0);
    int everyHours = 24;

    // The stored form: "" (on demand), "daily HH:mm" or "every N h". A scheduler reads it.
    QString scheduleText() const
    {
        switch (schedule) {
        case Schedule::None:
            return {};
        case Schedule::Daily:
            return QStringLiteral("daily ") + dailyAt.toString(QStringLiteral("HH:mm"));
        case Schedule::EveryHours:
            return QStringLiteral("every %1 h").arg(everyHours);
        }
        return {};
    }

    // An existing export, for editing; the schedule text is read back as scheduleText() wrote it.
    static ExportDraft fromExport(const Workspace::Export &record)
    {
        ExportDraft draft;
        draft.id = record.id;
        draft.connectionId = record.connectionId;
        draft.name = record.name;
        draft.adAccountId = record.adAccountId;
        if (record.audienceId.isEmpty()) {
            draft.audienceChoice = AudienceChoice::New;
            draft.newAudienceName = record.newAudience.value(QStringLiteral("name")).toString();
            draft.newAudienceDescription = record.newAudience.value(QStringLiteral("description")).toString();
            draft.retentionDays = record.newAudience.value(QStringLiteral("retention_in_days")).toInt(9999);
        } else {
            draft.audienceChoice = AudienceChoice::Existing;
            draft.audienceId = record.audienceId;
        }
        draft.emailField = record.emailField;
        draft.phoneField = record.phoneField;
        draft.defaultRegion = record.defaultRegion;
        draft.maidField = record.maidField;
        draft.segmentIds = record.segmentIds;
        draft.mode = record.mode;
        const QStringList parts = record.schedule.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.at(0) == QLatin1StringView("daily")) {
            draft.schedule = Schedule::Daily;
            draft.dailyAt = QTime::fromString(parts.at(1), QStringLiteral("HH:mm"));
        } else if (parts.size() == 3 && parts.at(0) == QLatin1StringView("every")) {
            draft.schedule = Schedule::EveryHours;
            draft.everyHours = parts.at(1).toInt();
        }
        return draft;
    }

    Workspace::Export toExport() const
    {
        Workspace::Export record;
        record.id = id;
        record.name = name;
        record.connectionId = connectionId;
        record.adAccountId = adAccountId;
        if (audienceChoice == AudienceChoice::New) {
            record.newAudience = {{QStringLiteral("name"), newAudienceName},
                                  {QStringLiteral("description"), newAudienceDescription},
                                  {QStringLiteral("retention_in_days"), retentionDays}};
        } else {
            record.audienceId = audienceId;
        }
        record.emailField = emailField;
        record.phoneField = phoneField;
        record.defaultRegion = phoneField.isEmpty() ? QString() : defaultRegion;
        record.maidField = maidField;
        record.mode = mode;
        record.schedule = scheduleText();
        record.segmentIds = segmentIds;
        return record;
    }
};
