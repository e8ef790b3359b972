#include "auditlog.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace Workspace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AuditLog::record(const QString &who, const QString &action, const QString &target,
                      const QString &details)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, who, action, target, details) VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(nowText());
    query.addBindValue(who);
    query.addBindValue(action);
    query.addBindValue(textOrEmpty(target));
    query.addBindValue(textOrEmpty(details));
    return query.exec();
}

QList<AuditEntry> AuditLog::latest(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, at, who, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<AuditEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(),
                        timeFromText(query.value(1)),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString()});
    }
    return entries;
}

} // namespace Workspace
