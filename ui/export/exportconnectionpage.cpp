#include "exportconnectionpage.h"

#include "exportdraft.h"

#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ExportConnectionPage::ExportConnectionPage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspace(workspace)
    , m_connections(new QListWidget)
    , m_none(new QLabel)
{
    setTitle(tr("Choose a connection"));
    setSubTitle(tr("The Snapchat connection this export sends its audience through."));
    m_connections->setObjectName(QStringLiteral("connectionList"));
    m_connections->setAccessibleName(tr("Connections you may use"));
    m_connections->setIconSize(QSize(24, 24));
    m_none->setObjectName(QStringLiteral("noConnectionMessage"));
    m_none->setWordWrap(true);
    m_none->setTextFormat(Qt::PlainText);
    connect(m_connections, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_connections, &QListWidget::itemDoubleClicked, this, [this] { wizard()->next(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connections);
    layout->addWidget(m_none);
    layout->addStretch();
}

void ExportConnectionPage::initializePage()
{
    m_connections->clear();
    QString error;
    const QList<Workspace::Connection> connections = Workspace::ConnectionStore(m_workspace).list(&error);
    for (const Workspace::Connection &connection : connections) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/snapchat.svg")), connection.name);
        item->setData(Qt::UserRole, connection.id);
        m_connections->addItem(item);
        if (connection.id == m_draft.connectionId)
            m_connections->setCurrentItem(item);
    }
    if (m_connections->currentRow() < 0 && m_connections->count() > 0)
        m_connections->setCurrentRow(0);

    const bool none = m_connections->count() == 0;
    m_connections->setVisible(!none);
    m_none->setVisible(none);
    if (none) {
        m_none->setText(error.isEmpty()
                            ? tr("No Snapchat connection is available to you. Contact an administrator: "
                                 "they can add a connection, or let contributors use an existing one.")
                            : tr("%1\n\nContact an administrator.").arg(error));
    }
    Q_EMIT completeChanged();
}

bool ExportConnectionPage::hasConnections() const
{
    return m_connections->count() > 0;
}

bool ExportConnectionPage::isComplete() const
{
    return m_connections->currentItem() != nullptr;
}

bool ExportConnectionPage::validatePage()
{
    const QListWidgetItem *item = m_connections->currentItem();
    if (!item)
        return false;
    m_draft.connectionId = item->data(Qt::UserRole).toString();
    m_draft.connectionName = item->text();
    return true;
}
