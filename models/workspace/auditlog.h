#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Workspace {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString action; // e.g. "add_connection", "denied:run_export"
    QString target;
    QString details;
};

// Who created, changed, ran or was refused what, and when. Never holds a secret or a raw
// identifier.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    bool record(const QString &who, const QString &action, const QString &target,
                const QString &details = {});
    QList<AuditEntry> latest(int limit = 100) const;

private:
    QSqlDatabase m_db;
};

QString nowText(); // UTC, ISO 8601 with milliseconds: the workspace's timestamp format

} // namespace Workspace
