#include "connectionstore.h"

#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Workspace {

namespace {

constexpr QLatin1StringView kColumns(
    "id, name, type, client_id, api_base_url, accounts_base_url, allow_contributors,"
    " export_user, created_by, created_at, settings");

Connection fromQuery(const QSqlQuery &query)
{
    Connection c;
    c.id = query.value(0).toString();
    c.name = query.value(1).toString();
    c.type = query.value(2).toString();
    c.clientId = query.value(3).toString();
    c.apiBaseUrl = query.value(4).toString();
    c.accountsBaseUrl = query.value(5).toString();
    c.allowContributors = query.value(6).toBool();
    c.exportUser = query.value(7).toString();
    c.createdBy = query.value(8).toString();
    c.createdAt = timeFromText(query.value(9));
    c.settings = jsonObject(query.value(10));
    return c;
}

bool validate(const Connection &c, QString *error)
{
    if (c.name.trimmed().isEmpty()) {
        *error = ConnectionStore::tr("A connection needs a name.");
        return false;
    }
    if (c.type != QLatin1StringView("snapchat")) {
        *error = ConnectionStore::tr("Connection type '%1' is not supported; the type is 'snapchat'.").arg(c.type);
        return false;
    }
    return true;
}

QString describeWriteError(const QSqlError &sqlError, const Connection &c)
{
    if (sqlError.text().contains(QLatin1StringView("UNIQUE")))
        return ConnectionStore::tr("A connection named '%1' already exists.").arg(c.name);
    return ConnectionStore::tr("Cannot save connection '%1': %2").arg(c.name, sqlError.text());
}

} // namespace

ConnectionStore::ConnectionStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Connection> ConnectionStore::list(QString *error) const
{
    QList<Connection> connections;
    const bool administrator = m_workspace.policy().role() == Role::Administrator;
    if (!administrator
        && !m_workspace.authorize(Action::ListConnections, QStringLiteral("connections"), error))
        return connections;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1StringView("SELECT ") + kColumns
                    + QLatin1StringView(" FROM connections ORDER BY name"))) {
        *error = query.lastError().text();
        return connections;
    }
    while (query.next()) {
        Connection c = fromQuery(query);
        if (administrator) {
            connections.append(c);
        } else if (m_workspace.policy().mayUseConnection({c.name, c.allowContributors})) {
            Connection shown;
            shown.id = c.id;
            shown.name = c.name;
            shown.type = c.type;
            shown.allowContributors = true;
            shown.detailsHidden = true;
            connections.append(shown);
        }
    }
    return connections;
}

std::optional<Connection> ConnectionStore::get(const QString &id, QString *error) const
{
    if (!m_workspace.authorize(Action::ViewConnectionDetails, id, error))
        return std::nullopt;
    return read(id, error);
}

std::optional<Connection> ConnectionStore::read(const QString &id, QString *error) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QLatin1StringView("SELECT ") + kColumns
                  + QLatin1StringView(" FROM connections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = tr("No connection with id '%1'.").arg(id);
        return std::nullopt;
    }
    return fromQuery(query);
}

bool ConnectionStore::add(Connection &connection, QString *error)
{
    if (!m_workspace.authorize(Action::AddConnection, connection.name, error))
        return false;
    if (!validate(connection, error))
        return false;
    if (connection.id.isEmpty())
        connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.createdBy = m_workspace.user();
    const QString created = nowText();
    connection.createdAt = timeFromText(created);
    QSqlQuery query(m_workspace.database());
    query.prepare(QLatin1StringView("INSERT INTO connections(") + kColumns
                  + QLatin1StringView(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(connection.id);
    query.addBindValue(connection.name);
    query.addBindValue(connection.type);
    query.addBindValue(textOrEmpty(connection.clientId));
    query.addBindValue(textOrEmpty(connection.apiBaseUrl));
    query.addBindValue(textOrEmpty(connection.accountsBaseUrl));
    query.addBindValue(connection.allowContributors ? 1 : 0);
    query.addBindValue(textOrEmpty(connection.exportUser));
    query.addBindValue(connection.createdBy);
    query.addBindValue(created);
    query.addBindValue(jsonText(connection.settings));
    if (!query.exec()) {
        *error = describeWriteError(query.lastError(), connection);
        return false;
    }
    m_workspace.audit(QStringLiteral("add_connection"), connection.name, connection.id);
    return true;
}

bool ConnectionStore::update(const Connection &connection, QString *error)
{
    if (!m_workspace.authorize(Action::EditConnection, connection.name, error))
        return false;
    if (!validate(connection, error))
        return false;
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral(
        "UPDATE connections SET name = ?, client_id = ?, api_base_url = ?, accounts_base_url = ?,"
        " allow_contributors = ?, export_user = ?, settings = ? WHERE id = ?"));
    query.addBindValue(connection.name);
    query.addBindValue(textOrEmpty(connection.clientId));
    query.addBindValue(textOrEmpty(connection.apiBaseUrl));
    query.addBindValue(textOrEmpty(connection.accountsBaseUrl));
    query.addBindValue(connection.allowContributors ? 1 : 0);
    query.addBindValue(textOrEmpty(connection.exportUser));
    query.addBindValue(jsonText(connection.settings));
    query.addBindValue(connection.id);
    if (!query.exec()) {
        *error = describeWriteError(query.lastError(), connection);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("No connection with id '%1'.").arg(connection.id);
        return false;
    }
    m_workspace.audit(QStringLiteral("edit_connection"), connection.name, connection.id);
    return true;
}

bool ConnectionStore::setAllowContributors(const QString &id, bool allow, QString *error)
{
    const std::optional<ConnectionAccess> current = access(id);
    if (!m_workspace.authorize(Action::EditConnection, current ? current->name : id, error))
        return false;
    if (!current) {
        *error = tr("No connection with id '%1'.").arg(id);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE connections SET allow_contributors = ? WHERE id = ?"));
    query.addBindValue(allow ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("edit_connection"), current->name,
                      allow ? QStringLiteral("allow contributors")
                            : QStringLiteral("administrators only"));
    return true;
}

bool ConnectionStore::remove(const QString &id, QString *error)
{
    const std::optional<ConnectionAccess> current = access(id);
    if (!m_workspace.authorize(Action::RemoveConnection, current ? current->name : id, error))
        return false;
    if (!current) {
        *error = tr("No connection with id '%1'.").arg(id);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM exports WHERE connection_id = ?"));
    query.addBindValue(id);
    const int exportCount = query.exec() && query.next() ? query.value(0).toInt() : 0;
    if (exportCount > 0) {
        // The count in a variable: lupdate 6.4 never finishes on a call expression as the count.
        *error = QCoreApplication::translate("Workspace", "Connection '%1' is used by %n export(s); delete them first.",
                                             nullptr, exportCount)
                     .arg(current->name);
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM connections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("remove_connection"), current->name, id);
    return true;
}

std::optional<Connection> ConnectionStore::forUse(const QString &id, QString *error) const
{
    const std::optional<ConnectionAccess> rules = access(id);
    if (!rules) {
        *error = tr("No connection with id '%1'.").arg(id);
        return std::nullopt;
    }
    if (!m_workspace.authorize(Action::UseConnection, rules->name, error, &*rules))
        return std::nullopt;
    return read(id, error);
}

std::optional<ConnectionAccess> ConnectionStore::access(const QString &id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT name, allow_contributors FROM connections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ConnectionAccess{query.value(0).toString(), query.value(1).toBool()};
}

std::optional<QString> ConnectionStore::idOf(const QString &nameOrId) const
{
    QSqlQuery query(m_workspace.database());
    // A name wins over an id that happens to be spelled the same.
    query.prepare(QStringLiteral("SELECT id FROM connections WHERE name = ? OR id = ? ORDER BY name = ? DESC LIMIT 1"));
    query.addBindValue(nameOrId);
    query.addBindValue(nameOrId);
    query.addBindValue(nameOrId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace Workspace
