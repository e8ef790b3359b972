#pragma once

#include "accesspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Workspace {

class Workspace;

struct User {
    QString osUser;
    Role role = Role::Viewer;
    QString addedBy;
    QDateTime addedAt;
};

// The workspace's users and their roles. Only administrators add users or change roles; the
// last administrator cannot be demoted, so a workspace always has one.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    explicit UserStore(Workspace &workspace);

    QList<User> list(QString *error) const;
    bool add(const QString &osUser, Role role, QString *error);
    bool setRole(const QString &osUser, Role role, QString *error);
    bool remove(const QString &osUser, QString *error);

private:
    int administratorCount() const;
    std::optional<Role> roleOf(const QString &osUser) const;

    Workspace &m_workspace;
};

} // namespace Workspace
