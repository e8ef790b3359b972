#include "exportsview.h"

#include "permissions.h"
#include "run/exportlaunch.h"

#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/runstore.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, ConnectionColumn, AudienceColumn, SegmentsColumn, ModeColumn, LastRunColumn };
constexpr int kConnectionIdRole = Qt::UserRole + 1;

QString lastRunText(const Workspace::Run &run)
{
    return ExportsView::tr("%1, %2").arg(Workspace::runStatusText(run.status),
                                        QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

ExportsView::ExportsView(QWidget *parent)
    : WorkspaceView(parent)
{
    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Export…"), this);
    m_addAction->setObjectName(QStringLiteral("addExportAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_addAction->setToolTip(tr("Send segments to a Snapchat audience"));
    connect(m_addAction, &QAction::triggered, this, &ExportsView::addExportRequested);

    m_runAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run"), this);
    m_runAction->setObjectName(QStringLiteral("runExportAction"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Run the selected export now"));
    connect(m_runAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentExportId())
            Q_EMIT runExportRequested(id);
    });

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editExportAction"));
    m_editAction->setToolTip(tr("Change the selected export"));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentExportId())
            Q_EMIT editExportRequested(id);
    });

    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteExportAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected export"));
    connect(m_deleteAction, &QAction::triggered, this, &ExportsView::deleteSelected);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("exportList"));
    m_list->setAccessibleName(tr("Exports"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Connection"), tr("Snapchat audience"), tr("Segments"),
                             tr("Mode"), tr("Last run")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->addAction(m_deleteAction);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ExportsView::updateActions);
    // Enter or a double click opens the export; running it (sending data) takes the Run action.
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_editAction->isEnabled())
            m_editAction->trigger();
    });

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    setWorkspace(nullptr);
}

void ExportsView::setWorkspace(Workspace::Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

void ExportsView::setWizardsAvailable(bool add, bool edit)
{
    m_addAvailable = add;
    m_editAvailable = edit;
    updateActions();
}

QList<QAction *> ExportsView::viewActions() const
{
    return {m_addAction, m_runAction, m_editAction, m_deleteAction};
}

qint64 ExportsView::currentExportId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void ExportsView::selectExport(qint64 exportId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toLongLong() == exportId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void ExportsView::refresh()
{
    const qint64 selected = currentExportId();
    m_list->clear();
    m_message->hide();
    if (!m_workspace) {
        m_message->setText(tr("Open or create a workspace to see its exports."));
        m_message->show();
        updateActions();
        return;
    }
    QString error;
    const QList<Workspace::Export> exports = Workspace::ExportStore(*m_workspace).list(&error);
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
    } else if (exports.isEmpty()) {
        m_message->setText(tr("No exports yet. Add one to send segments to a Snapchat audience."));
        m_message->show();
    }
    // Contributors may not read connection details, but the store tells everyone the name.
    const Workspace::ConnectionStore connections(*m_workspace);
    const Workspace::RunStore runs(m_workspace->database());
    for (const Workspace::Export &exportRecord : exports) {
        auto *item = new QTreeWidgetItem;
        item->setText(NameColumn, exportRecord.name);
        const std::optional<Workspace::ConnectionAccess> access =
            connections.access(exportRecord.connectionId);
        item->setText(ConnectionColumn, access ? access->name : exportRecord.connectionId);
        item->setText(AudienceColumn, exportRecord.audienceId.isEmpty()
                                          ? tr("New: %1").arg(exportRecord.newAudience.value(
                                                QStringLiteral("name")).toString())
                                          : exportRecord.audienceId);
        item->setText(SegmentsColumn, QLocale().toString(exportRecord.segmentIds.size()));
        const bool mirror = exportRecord.mode == Workspace::ExportMode::Mirror;
        item->setText(ModeColumn, mirror ? tr("Mirror") : tr("Add only"));
        item->setToolTip(ModeColumn, mirror ? tr("Adds new members and removes those who left the segments")
                                            : tr("Adds new members; never removes anyone"));
        const QList<Workspace::Run> last = runs.runs(exportRecord.id, 1);
        item->setText(LastRunColumn, last.isEmpty() ? tr("Never run") : lastRunText(last.constFirst()));
        item->setData(NameColumn, Qt::UserRole, exportRecord.id);
        item->setData(NameColumn, kConnectionIdRole, exportRecord.connectionId);
        m_list->addTopLevelItem(item);
    }
    selectExport(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateActions();
}

void ExportsView::updateActions()
{
    Ui::applyPermission(m_addAction, m_workspace, Workspace::Action::CreateExport);
    if (m_addAction->isEnabled() && !m_addAvailable) {
        m_addAction->setEnabled(false);
        m_addAction->setToolTip(tr("Adding exports is not available in this build."));
    }
    const QTreeWidgetItem *item = m_list->currentItem();
    const struct {
        QAction *action;
        Workspace::Action permission;
    } perExport[] = {{m_runAction, Workspace::Action::RunExport},
                     {m_editAction, Workspace::Action::EditExport},
                     {m_deleteAction, Workspace::Action::DeleteExport}};
    for (const auto &[action, permission] : perExport) {
        Ui::applyPermission(action, m_workspace, permission);
        if (!action->isEnabled())
            continue;
        if (!item) {
            action->setEnabled(false);
            continue;
        }
        // The role allows the action in general; this export's connection may still not be
        // shared with contributors.
        const std::optional<Workspace::ConnectionAccess> access =
            Workspace::ConnectionStore(*m_workspace).access(item->data(NameColumn, kConnectionIdRole).toString());
        if (!access || !m_workspace->policy().allows(permission, &*access)) {
            action->setEnabled(false);
            action->setToolTip(tr("The connection “%1” is for administrators only.")
                                   .arg(access ? access->name : QString()));
        }
    }
    if (m_editAction->isEnabled() && !m_editAvailable) {
        m_editAction->setEnabled(false);
        m_editAction->setToolTip(tr("Editing exports is not available in this build."));
    }
}

void ExportsView::deleteSelected()
{
    const qint64 id = currentExportId();
    if (!m_workspace || !id || !m_deleteAction->isEnabled())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete export?"),
        tr("Delete the export “%1” and its run history? The Snapchat audience itself stays.")
            .arg(m_list->currentItem()->text(NameColumn)),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!Workspace::ExportStore(*m_workspace).remove(id, &error)) {
        QMessageBox::warning(this, tr("Export not deleted"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Export deleted."));
    Q_EMIT workspaceChanged();
}
