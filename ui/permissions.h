#pragma once

#include <workspace/accesspolicy.h>

class QAction;
class QWidget;

namespace Workspace {
class Workspace;
}

namespace Ui {

// Why the current user may not do `action`, in words for a tooltip ("Only administrators can
// add connections."); empty when they may. The models enforce the rules again when the action
// runs: this only spares users a refusal they can foresee.
QString unavailableReason(const Workspace::Workspace *workspace, Workspace::Action action);

// Enables the action when the user may do it; otherwise disables it and puts the reason in its
// tooltip and status tip. The action's own tooltip comes back once it is allowed again.
void applyPermission(QAction *action, const Workspace::Workspace *workspace,
                     Workspace::Action permission);
void applyPermission(QWidget *widget, const Workspace::Workspace *workspace,
                     Workspace::Action permission);

} // namespace Ui
