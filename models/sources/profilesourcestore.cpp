#include "profilesourcestore.h"

#include <workspace/sqlvalues.h>
#include <workspace/workspace.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Sources {

namespace {

constexpr QLatin1StringView kSelect(
    "SELECT name, driver, host, port, database_name, user_name, table_name, id_column, options"
    " FROM profile_sources");

SqlSourceSettings fromQuery(const QSqlQuery &query)
{
    SqlSourceSettings s;
    s.name = query.value(0).toString();
    s.driver = query.value(1).toString();
    s.host = query.value(2).toString();
    s.port = query.value(3).toInt();
    s.databaseName = query.value(4).toString();
    s.userName = query.value(5).toString();
    s.tableName = query.value(6).toString();
    s.idColumn = query.value(7).toString();
    s.options = query.value(8).toString();
    return s;
}

} // namespace

ProfileSourceStore::ProfileSourceStore(Workspace::Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<SqlSourceSettings> ProfileSourceStore::list(QString *error) const
{
    QList<SqlSourceSettings> sources;
    if (!m_workspace.authorize(Workspace::Action::ViewProfiles, QStringLiteral("profile sources"), error))
        return sources;
    QSqlQuery query(m_workspace.database());
    if (query.exec(kSelect + QLatin1StringView(" ORDER BY name"))) {
        while (query.next())
            sources.append(fromQuery(query));
    }
    return sources;
}

std::optional<SqlSourceSettings> ProfileSourceStore::find(const QString &name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(kSelect + QLatin1StringView(" WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

bool ProfileSourceStore::save(const SqlSourceSettings &s, QString *error)
{
    if (!m_workspace.authorize(Workspace::Action::ImportProfiles, s.name, error))
        return false;
    if (s.name.trimmed().isEmpty() || s.tableName.isEmpty() || s.idColumn.isEmpty()) {
        *error = QCoreApplication::translate("SqlSource", "A profile source needs a name, a table and an ID column.");
        return false;
    }
    if (s.driver != QLatin1StringView("QPSQL") && s.driver != QLatin1StringView("QODBC")) {
        *error = QCoreApplication::translate("SqlSource", "Driver '%1' is not supported: use QPSQL or QODBC.").arg(s.driver);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO profile_sources(name, driver, host, port, database_name, user_name, table_name,"
        " id_column, options, created_by, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET driver = excluded.driver, host = excluded.host,"
        " port = excluded.port, database_name = excluded.database_name,"
        " user_name = excluded.user_name, table_name = excluded.table_name,"
        " id_column = excluded.id_column, options = excluded.options"));
    query.addBindValue(s.name);
    query.addBindValue(s.driver);
    query.addBindValue(Workspace::textOrEmpty(s.host));
    query.addBindValue(s.port);
    query.addBindValue(Workspace::textOrEmpty(s.databaseName));
    query.addBindValue(Workspace::textOrEmpty(s.userName));
    query.addBindValue(s.tableName);
    query.addBindValue(s.idColumn);
    query.addBindValue(Workspace::textOrEmpty(s.options));
    query.addBindValue(m_workspace.user());
    query.addBindValue(Workspace::nowText());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("save_profile_source"), s.name,
                      s.driver + QLatin1Char(' ') + s.host + QLatin1Char(':') + QString::number(s.port)
                          + QLatin1Char('/') + s.databaseName + QLatin1Char(' ') + s.tableName);
    return true;
}

bool ProfileSourceStore::remove(const QString &name, QString *error)
{
    if (!m_workspace.authorize(Workspace::Action::ImportProfiles, name, error))
        return false;
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT name FROM segments WHERE source = ? ORDER BY name"));
    query.addBindValue(name);
    if (query.exec() && query.next()) {
        *error = QCoreApplication::translate("SqlSource", "Profile source '%1' is used by segment '%2'; delete the segment first.")
                     .arg(name, query.value(0).toString());
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM profile_sources WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("SqlSource", "No profile source named '%1'.").arg(name);
        return false;
    }
    m_workspace.audit(QStringLiteral("remove_profile_source"), name);
    return true;
}

} // namespace Sources
