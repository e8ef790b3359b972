#include "connectionsview.h"

#include "permissions.h"

#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, TypeColumn, UsersColumn, ExportUserColumn, CreatedColumn };

QString typeText(const QString &type)
{
    return type == QLatin1StringView("snapchat") ? ConnectionsView::tr("Snapchat") : type;
}

} // namespace

ConnectionsView::ConnectionsView(QWidget *parent)
    : WorkspaceView(parent)
{
    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")),
                              tr("&Add Connection…"), this);
    m_addAction->setObjectName(QStringLiteral("addConnectionAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setToolTip(tr("Connect a Snapchat ad account"));
    connect(m_addAction, &QAction::triggered, this, &ConnectionsView::addConnectionRequested);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Type"), tr("Who can use it"), tr("Snapchat user"), tr("Created")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConnectionsView::showDetails);

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setMargin(8);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setWorkspace(nullptr);
}

void ConnectionsView::setWorkspace(Workspace::Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

void ConnectionsView::setAddConnectionAvailable(bool available)
{
    m_addAvailable = available;
    updateActions();
}

QList<QAction *> ConnectionsView::viewActions() const
{
    return {m_addAction};
}

void ConnectionsView::refresh()
{
    m_list->clear();
    m_message->hide();
    if (!m_workspace) {
        m_message->setText(tr("Open or create a workspace to see its connections."));
        m_message->show();
        updateActions();
        return;
    }
    QString error;
    const QList<Workspace::Connection> connections = Workspace::ConnectionStore(*m_workspace).list(&error);
    const bool details = m_workspace->policy().allows(Workspace::Action::ViewConnectionDetails);
    if (!error.isEmpty()) {
        m_message->setText(Ui::unavailableReason(m_workspace, Workspace::Action::ListConnections));
        m_message->show();
    } else if (connections.isEmpty()) {
        m_message->setText(details ? tr("No connections yet. Add one to export to Snapchat.")
                                   : tr("No connection is shared with you. Contact an "
                                        "administrator to use one."));
        m_message->show();
    }
    for (const Workspace::Connection &connection : connections) {
        auto *item = new QTreeWidgetItem;
        item->setText(NameColumn, connection.name);
        item->setText(TypeColumn, typeText(connection.type));
        if (!connection.detailsHidden) {
            item->setText(UsersColumn, connection.allowContributors
                                           ? tr("Administrators and contributors")
                                           : tr("Administrators only"));
            item->setText(ExportUserColumn, connection.exportUser);
            item->setText(CreatedColumn,
                          QLocale().toString(connection.createdAt.toLocalTime(), QLocale::ShortFormat));
        }
        item->setData(NameColumn, Qt::UserRole, connection.id);
        m_list->addTopLevelItem(item);
    }
    // Contributors get names and types only: the other columns would be empty.
    for (int c = UsersColumn; c <= CreatedColumn; ++c)
        m_list->setColumnHidden(c, !details);
    m_details->setVisible(details);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    updateActions();
}

void ConnectionsView::updateActions()
{
    Ui::applyPermission(m_addAction, m_workspace, Workspace::Action::AddConnection);
    if (m_addAction->isEnabled() && !m_addAvailable) {
        m_addAction->setEnabled(false);
        m_addAction->setToolTip(tr("Adding connections is not available in this build."));
    }
}

void ConnectionsView::showDetails()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!m_workspace || !item
        || !m_workspace->policy().allows(Workspace::Action::ViewConnectionDetails)) {
        m_details->clear();
        return;
    }
    QString error;
    const std::optional<Workspace::Connection> connection =
        Workspace::ConnectionStore(*m_workspace).get(item->data(NameColumn, Qt::UserRole).toString(), &error);
    if (!connection) {
        m_details->setText(error.toHtmlEscaped());
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_details->setText(
        QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(connection->name.toHtmlEscaped())
        + row(tr("Snapchat app client ID:"), connection->clientId)
        + row(tr("API address:"), connection->apiBaseUrl)
        + row(tr("Sign-in address:"), connection->accountsBaseUrl)
        + row(tr("Export user:"), connection->exportUser.isEmpty() ? tr("none yet") : connection->exportUser)
        + row(tr("Added by:"), connection->createdBy)
        + QStringLiteral("</table><p>")
        + tr("The client secret and the tokens are kept in the system keychain, not in the "
             "workspace.").toHtmlEscaped()
        + QStringLiteral("</p>"));
}
