#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Workspace {

enum class Role { Administrator, Contributor, Viewer };

QLatin1StringView roleName(Role role); // "administrator", ...: stable, for the command line and the audit log
std::optional<Role> roleFromName(QStringView name); // case-insensitive
QString roleTitle(Role role);                       // the role in the user's language, lower case

enum class Action {
    ViewUsers,
    ManageUsers,           // add users, set roles
    ViewConnectionDetails, // everything about a connection beyond its name and type
    AddConnection,
    EditConnection,        // includes who may use it
    RemoveConnection,
    ListConnections,       // names and types of the connections the user may use
    UseConnection,         // pick it for an export
    ViewExports,
    CreateExport,
    EditExport,
    DeleteExport,
    RunExport,
    ViewProfiles,
    ImportProfiles,
    ViewSegments,
    ManageSegments, // create, edit, delete
    ViewRuns,
    ViewAuditLog,
};

QLatin1StringView actionName(Action action); // stable, written to the audit log
QString actionPhrase(Action action);         // "add connections": what a refusal says may not be done

// What the policy needs to know about the connection an action touches.
struct ConnectionAccess {
    QString name;
    bool allowContributors = false;
};

struct Decision {
    bool allowed = false;
    QString reason; // translated; empty when allowed
};

// The workspace's role rules, in one place. Pure logic: Workspace::authorize() applies it and
// writes each refusal to the audit log.
//  - administrators may do everything;
//  - only administrators view, add, edit or remove connections and manage users;
//  - a connection is usable by administrators, and by contributors when it allows them
//    (contributors then see only its name and type);
//  - administrators and contributors create, edit, delete and run exports on connections they
//    may use, import profiles and manage segments;
//  - viewers only look (profiles, segments, exports, runs); nobody outside the user list may
//    do anything.
class AccessPolicy
{
public:
    AccessPolicy(QString user, std::optional<Role> role);

    Decision decide(Action action, const ConnectionAccess *connection = nullptr) const;
    bool allows(Action action, const ConnectionAccess *connection = nullptr) const
    {
        return decide(action, connection).allowed;
    }
    bool mayUseConnection(const ConnectionAccess &connection) const;

    const QString &user() const { return m_user; }
    std::optional<Role> role() const { return m_role; }

private:
    QString m_user;
    std::optional<Role> m_role;
};

} // namespace Workspace
