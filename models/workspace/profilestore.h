#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Workspace {

// One profile field: its name as the CSV header spelled it, and its column in `profiles`.
struct ProfileColumn {
    QString name;
    QString sqlName; // "id" for the ID field
    bool isId = false;
};

// "name" quoted as an SQL identifier (doubling any '"'), for names that came from a file.
QString quoteIdentifier(const QString &name);

// The imported profiles: a table with a unique index on id and one TEXT column per field.
// Works on any connection (worker threads pass their own).
class ProfileStore
{
public:
    explicit ProfileStore(QSqlDatabase db);

    QList<ProfileColumn> columns() const; // in import order, the ID first
    // Finds a field by name, case-insensitively; "id" always names the ID field.
    std::optional<ProfileColumn> column(const QString &name) const;
    qint64 count() const;
    // Keyset paging in ID order: the rows after afterId (all fields, columns() order).
    QList<QStringList> page(const QString &afterId, int limit) const;
    QStringList profile(const QString &id) const; // empty when absent

    // Used by the import inside its transaction. recreate() leaves out the ID's unique index
    // so a full import can build it once, sorted, with createIdIndex().
    bool recreate(const QList<ProfileColumn> &columns, QString *error);
    bool createIdIndex(QString *error);
    bool addColumn(const QString &name, QString *error);

private:
    QString selectList() const;

    QSqlDatabase m_db;
};

} // namespace Workspace
