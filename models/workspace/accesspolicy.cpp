#include "accesspolicy.h"

#include <QCoreApplication>

namespace Workspace {

QLatin1StringView roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QLatin1StringView("administrator");
    case Role::Contributor:
        return QLatin1StringView("contributor");
    case Role::Viewer:
        return QLatin1StringView("viewer");
    }
    return {};
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Workspace", "administrator");
    case Role::Contributor:
        return QCoreApplication::translate("Workspace", "contributor");
    case Role::Viewer:
        return QCoreApplication::translate("Workspace", "viewer");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::Administrator, Role::Contributor, Role::Viewer}) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QLatin1StringView actionName(Action action)
{
    switch (action) {
    case Action::ViewUsers: return QLatin1StringView("view_users");
    case Action::ManageUsers: return QLatin1StringView("manage_users");
    case Action::ViewConnectionDetails: return QLatin1StringView("view_connection");
    case Action::AddConnection: return QLatin1StringView("add_connection");
    case Action::EditConnection: return QLatin1StringView("edit_connection");
    case Action::RemoveConnection: return QLatin1StringView("remove_connection");
    case Action::ListConnections: return QLatin1StringView("list_connections");
    case Action::UseConnection: return QLatin1StringView("use_connection");
    case Action::ViewExports: return QLatin1StringView("view_exports");
    case Action::CreateExport: return QLatin1StringView("create_export");
    case Action::EditExport: return QLatin1StringView("edit_export");
    case Action::DeleteExport: return QLatin1StringView("delete_export");
    case Action::RunExport: return QLatin1StringView("run_export");
    case Action::ViewProfiles: return QLatin1StringView("view_profiles");
    case Action::ImportProfiles: return QLatin1StringView("import_profiles");
    case Action::ViewSegments: return QLatin1StringView("view_segments");
    case Action::ManageSegments: return QLatin1StringView("manage_segments");
    case Action::ViewRuns: return QLatin1StringView("view_runs");
    case Action::ViewAuditLog: return QLatin1StringView("view_audit_log");
    }
    return {};
}

QString actionPhrase(Action action)
{
    switch (action) {
    case Action::ViewUsers: return QCoreApplication::translate("Workspace", "see the users");
    case Action::ManageUsers: return QCoreApplication::translate("Workspace", "manage users");
    case Action::ViewConnectionDetails: return QCoreApplication::translate("Workspace", "see a connection's details");
    case Action::AddConnection: return QCoreApplication::translate("Workspace", "add connections");
    case Action::EditConnection: return QCoreApplication::translate("Workspace", "edit connections");
    case Action::RemoveConnection: return QCoreApplication::translate("Workspace", "remove connections");
    case Action::ListConnections: return QCoreApplication::translate("Workspace", "list connections");
    case Action::UseConnection: return QCoreApplication::translate("Workspace", "use connections");
    case Action::ViewExports: return QCoreApplication::translate("Workspace", "see the exports");
    case Action::CreateExport: return QCoreApplication::translate("Workspace", "create exports");
    case Action::EditExport: return QCoreApplication::translate("Workspace", "edit exports");
    case Action::DeleteExport: return QCoreApplication::translate("Workspace", "delete exports");
    case Action::RunExport: return QCoreApplication::translate("Workspace", "run exports");
    case Action::ViewProfiles: return QCoreApplication::translate("Workspace", "see the profiles");
    case Action::ImportProfiles: return QCoreApplication::translate("Workspace", "import profiles");
    case Action::ViewSegments: return QCoreApplication::translate("Workspace", "see the segments");
    case Action::ManageSegments: return QCoreApplication::translate("Workspace", "change segments");
    case Action::ViewRuns: return QCoreApplication::translate("Workspace", "see the run history");
    case Action::ViewAuditLog: return QCoreApplication::translate("Workspace", "read the audit log");
    }
    return {};
}

AccessPolicy::AccessPolicy(QString user, std::optional<Role> role)
    : m_user(std::move(user))
    , m_role(role)
{
}

bool AccessPolicy::mayUseConnection(const ConnectionAccess &connection) const
{
    return m_role == Role::Administrator
        || (m_role == Role::Contributor && connection.allowContributors);
}

Decision AccessPolicy::decide(Action action, const ConnectionAccess *connection) const
{
    auto refuse = [](const QString &reason) { return Decision{false, reason}; };
    if (!m_role) {
        return refuse(QCoreApplication::translate(
                          "Workspace", "User '%1' is not a user of this workspace; an "
                                       "administrator can add them.")
                          .arg(m_user));
    }
    const Role role = *m_role;
    if (role == Role::Administrator)
        return {true, {}};

    const QString roleText = roleTitle(role);
    switch (action) {
    case Action::ViewProfiles:
    case Action::ViewSegments:
    case Action::ViewExports:
    case Action::ViewRuns:
    case Action::ViewUsers:
        return {true, {}};
    case Action::ListConnections:
        if (role == Role::Contributor)
            return {true, {}};
        return refuse(QCoreApplication::translate(
            "Workspace", "Only administrators and contributors may list connections; '%1' is a %2.")
                          .arg(m_user, roleText));
    case Action::ManageUsers:
    case Action::ViewAuditLog:
    case Action::ViewConnectionDetails:
    case Action::AddConnection:
    case Action::EditConnection:
    case Action::RemoveConnection:
        return refuse(QCoreApplication::translate(
                          "Workspace", "Only administrators may %1; '%2' is a %3.")
                          .arg(actionPhrase(action), m_user, roleText));
    case Action::ImportProfiles:
    case Action::ManageSegments:
        if (role == Role::Contributor)
            return {true, {}};
        return refuse(QCoreApplication::translate(
                          "Workspace", "Viewers only look: '%1' may not %2.")
                          .arg(m_user, actionPhrase(action)));
    case Action::UseConnection:
    case Action::CreateExport:
    case Action::EditExport:
    case Action::DeleteExport:
    case Action::RunExport:
        if (role == Role::Viewer) {
            return refuse(QCoreApplication::translate(
                              "Workspace", "Viewers only look: '%1' may not %2.")
                              .arg(m_user, actionPhrase(action)));
        }
        if (!connection || !connection->allowContributors) {
            return refuse(QCoreApplication::translate(
                              "Workspace", "Connection '%1' is for administrators only; "
                                           "contributor '%2' may not %3 with it.")
                              .arg(connection ? connection->name : QString(), m_user,
                                   actionPhrase(action)));
        }
        return {true, {}};
    }
    return refuse(QCoreApplication::translate("Workspace", "Unknown action."));
}

} // namespace Workspace
