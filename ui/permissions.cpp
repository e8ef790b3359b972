#include "permissions.h"

#include <workspace/workspace.h>

#include <QAction>
#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace Ui {

namespace {

const char kBaseToolTip[] = "ab_baseToolTip";

// The "Permissions" translation context; lupdate reads the macro, so it collects these strings under
// the context they are looked up in at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

QString administratorsOnly(Workspace::Action action)
{
    using Workspace::Action;
    switch (action) {
    case Action::AddConnection:
        return Text::tr("Only administrators can add connections.");
    case Action::EditConnection:
        return Text::tr("Only administrators can edit connections.");
    case Action::RemoveConnection:
        return Text::tr("Only administrators can remove connections.");
    case Action::ViewConnectionDetails:
        return Text::tr("Only administrators can see a connection's details.");
    case Action::ManageUsers:
        return Text::tr("Only administrators can manage users.");
    case Action::ViewAuditLog:
        return Text::tr("Only administrators can read the audit log.");
    default:
        return Text::tr("Only administrators can do this.");
    }
}

QString notForViewers(Workspace::Action action)
{
    using Workspace::Action;
    switch (action) {
    case Action::ImportProfiles:
        return Text::tr("Viewers cannot import profiles; ask an administrator for the contributor role.");
    case Action::ManageSegments:
        return Text::tr("Viewers cannot change segments; ask an administrator for the contributor role.");
    case Action::CreateExport:
        return Text::tr("Viewers cannot add exports; ask an administrator for the contributor role.");
    case Action::EditExport:
        return Text::tr("Viewers cannot edit exports; ask an administrator for the contributor role.");
    case Action::DeleteExport:
        return Text::tr("Viewers cannot delete exports; ask an administrator for the contributor role.");
    case Action::RunExport:
        return Text::tr("Viewers cannot run exports; ask an administrator for the contributor role.");
    case Action::ListConnections:
    case Action::UseConnection:
        return Text::tr("Viewers cannot use connections; ask an administrator for the contributor role.");
    default:
        return Text::tr("Viewers can only look at this workspace.");
    }
}

} // namespace

QString unavailableReason(const Workspace::Workspace *workspace, Workspace::Action action)
{
    using Workspace::Action;
    using Workspace::Role;
    if (!workspace)
        return Text::tr("Open a workspace first.");
    const Workspace::AccessPolicy &policy = workspace->policy();
    if (!policy.role())
        return Text::tr("You (%1) are not a user of this workspace; an administrator can add you.")
            .arg(policy.user());
    // Export actions depend on the connection; the toolbar asks whether the role could do them
    // at all (on a connection shared with contributors). The view of one export asks again
    // with that export's connection.
    Workspace::ConnectionAccess shared;
    shared.allowContributors = true;
    if (policy.allows(action, &shared))
        return {};
    switch (action) {
    case Action::AddConnection:
    case Action::EditConnection:
    case Action::RemoveConnection:
    case Action::ViewConnectionDetails:
    case Action::ManageUsers:
    case Action::ViewAuditLog:
        return administratorsOnly(action);
    default:
        // What a contributor may not do is for administrators; everything else viewers may not.
        return *policy.role() == Role::Contributor ? administratorsOnly(action) : notForViewers(action);
    }
}

void applyPermission(QAction *action, const Workspace::Workspace *workspace,
                     Workspace::Action permission)
{
    if (!action->property(kBaseToolTip).isValid())
        action->setProperty(kBaseToolTip, action->toolTip());
    const QString reason = unavailableReason(workspace, permission);
    action->setEnabled(reason.isEmpty());
    const QString tip = reason.isEmpty() ? action->property(kBaseToolTip).toString() : reason;
    action->setToolTip(tip);
    action->setStatusTip(reason);
}

void applyPermission(QWidget *widget, const Workspace::Workspace *workspace,
                     Workspace::Action permission)
{
    if (!widget->property(kBaseToolTip).isValid())
        widget->setProperty(kBaseToolTip, widget->toolTip());
    const QString reason = unavailableReason(workspace, permission);
    widget->setEnabled(reason.isEmpty());
    widget->setToolTip(reason.isEmpty() ? widget->property(kBaseToolTip).toString() : reason);
}

} // namespace Ui
