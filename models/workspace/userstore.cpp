#include "userstore.h"

#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Workspace {

namespace {} // namespace

UserStore::UserStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<User> UserStore::list(QString *error) const
{
    QList<User> users;
    if (!m_workspace.authorize(Action::ViewUsers, QStringLiteral("users"), error))
        return users;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT os_user, role, added_by, added_at FROM users ORDER BY os_user"))) {
        *error = query.lastError().text();
        return users;
    }
    while (query.next()) {
        users.append({query.value(0).toString(),
                      roleFromName(query.value(1).toString()).value_or(Role::Viewer),
                      query.value(2).toString(),
                      timeFromText(query.value(3))});
    }
    return users;
}

std::optional<Role> UserStore::roleOf(const QString &osUser) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT role FROM users WHERE os_user = ?"));
    query.addBindValue(osUser);
    if (query.exec() && query.next())
        return roleFromName(query.value(0).toString());
    return std::nullopt;
}

int UserStore::administratorCount() const
{
    QSqlQuery query(m_workspace.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator'"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

bool UserStore::add(const QString &osUser, Role role, QString *error)
{
    if (!m_workspace.authorize(Action::ManageUsers, osUser, error))
        return false;
    if (osUser.trimmed().isEmpty() || osUser != osUser.trimmed()) {
        *error = tr("A user name must not be empty or begin or end with spaces.");
        return false;
    }
    if (roleOf(osUser)) {
        *error = tr("'%1' already is a user of this workspace; use set-role to change the role.")
                     .arg(osUser);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO users(os_user, role, added_by, added_at) VALUES(?, ?, ?, ?)"));
    query.addBindValue(osUser);
    query.addBindValue(QString(roleName(role)));
    query.addBindValue(m_workspace.user());
    query.addBindValue(nowText());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("add_user"), osUser, QString(roleName(role)));
    return true;
}

bool UserStore::setRole(const QString &osUser, Role role, QString *error)
{
    if (!m_workspace.authorize(Action::ManageUsers, osUser, error))
        return false;
    const std::optional<Role> current = roleOf(osUser);
    if (!current) {
        *error = tr("'%1' is not a user of this workspace; add them first.").arg(osUser);
        return false;
    }
    if (*current == Role::Administrator && role != Role::Administrator
        && administratorCount() <= 1) {
        *error = tr("'%1' is the workspace's only administrator; make someone else an "
                    "administrator first.").arg(osUser);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE users SET role = ? WHERE os_user = ?"));
    query.addBindValue(QString(roleName(role)));
    query.addBindValue(osUser);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("set_role"), osUser,
                      QString(roleName(*current)) + QLatin1StringView(" -> ") + roleName(role));
    if (osUser == m_workspace.user())
        m_workspace.reloadRole();
    return true;
}

bool UserStore::remove(const QString &osUser, QString *error)
{
    if (!m_workspace.authorize(Action::ManageUsers, osUser, error))
        return false;
    const std::optional<Role> current = roleOf(osUser);
    if (!current) {
        *error = tr("'%1' is not a user of this workspace.").arg(osUser);
        return false;
    }
    if (*current == Role::Administrator && administratorCount() <= 1) {
        *error = tr("'%1' is the workspace's only administrator and cannot be removed.")
                     .arg(osUser);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM users WHERE os_user = ?"));
    query.addBindValue(osUser);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("remove_user"), osUser);
    if (osUser == m_workspace.user())
        m_workspace.reloadRole();
    return true;
}

} // namespace Workspace
