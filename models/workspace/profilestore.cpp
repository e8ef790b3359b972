#include "profilestore.h"

#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Workspace {

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

ProfileStore::ProfileStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ProfileColumn> ProfileStore::columns() const
{
    QList<ProfileColumn> columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT name, sql_name, is_id FROM profile_columns ORDER BY is_id DESC, position"))) {
        while (query.next())
            columns.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()});
    }
    return columns;
}

std::optional<ProfileColumn> ProfileStore::column(const QString &name) const
{
    const QList<ProfileColumn> all = columns();
    for (const ProfileColumn &c : all) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0
            || (c.isId && name.compare(QLatin1StringView("id"), Qt::CaseInsensitive) == 0))
            return c;
    }
    return std::nullopt;
}

qint64 ProfileStore::count() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM profiles")) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

QString ProfileStore::selectList() const
{
    QStringList names;
    const QList<ProfileColumn> all = columns();
    for (const ProfileColumn &c : all)
        names.append(quoteIdentifier(c.sqlName));
    if (names.isEmpty())
        names.append(QStringLiteral("id"));
    return names.join(QLatin1StringView(", "));
}

QList<QStringList> ProfileStore::page(const QString &afterId, int limit) const
{
    QList<QStringList> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT ") + selectList()
                  + QLatin1StringView(" FROM profiles WHERE id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(textOrEmpty(afterId));
    query.addBindValue(limit);
    if (!query.exec())
        return rows;
    const int width = query.record().count();
    while (query.next()) {
        QStringList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(query.value(i).toString());
        rows.append(row);
    }
    return rows;
}

QStringList ProfileStore::profile(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QLatin1StringView("SELECT ") + selectList()
                  + QLatin1StringView(" FROM profiles WHERE id = ?"));
    query.addBindValue(id);
    QStringList row;
    if (query.exec() && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i).toString());
    }
    return row;
}

bool ProfileStore::recreate(const QList<ProfileColumn> &columns, QString *error)
{
    QStringList definitions{QStringLiteral("id TEXT NOT NULL")};
    for (const ProfileColumn &c : columns) {
        if (!c.isId)
            definitions.append(quoteIdentifier(c.sqlName) + QLatin1StringView(" TEXT"));
    }
    definitions.append(QStringLiteral("ab_import_run INTEGER"));
    definitions.append(QStringLiteral("ab_import_line INTEGER"));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS profiles"))
        || !query.exec(QLatin1StringView("CREATE TABLE profiles(")
                       + definitions.join(QLatin1StringView(", "))
                       + QLatin1StringView(")"))
        || !query.exec(QStringLiteral("DELETE FROM profile_columns"))) {
        *error = query.lastError().text();
        return false;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO profile_columns(position, name, sql_name, is_id) VALUES(?, ?, ?, ?)"));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        query.addBindValue(i);
        query.addBindValue(columns[i].name);
        query.addBindValue(columns[i].sqlName);
        query.addBindValue(columns[i].isId ? 1 : 0);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool ProfileStore::createIdIndex(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE UNIQUE INDEX profiles_id ON profiles(id)"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ProfileStore::addColumn(const QString &name, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QLatin1StringView("ALTER TABLE profiles ADD COLUMN ") + quoteIdentifier(name)
                    + QLatin1StringView(" TEXT"))) {
        *error = query.lastError().text();
        return false;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO profile_columns(position, name, sql_name, is_id)"
        " VALUES((SELECT coalesce(max(position), -1) + 1 FROM profile_columns), ?, ?, 0)"));
    query.addBindValue(name);
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Workspace
