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

    Workspace::Export toExport() const
    {
        Workspace::Export record;
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
