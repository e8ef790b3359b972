#include "connectionnamepage.h"

#include "connectiondraft.h"

#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QLineEdit>

ConnectionNamePage::ConnectionNamePage(ConnectionDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : UniqueNamePage(QStringLiteral("connectionName"), 120,
                     {.fieldLabel = tr("&Display name:"),
                      .accessibleName = tr("Display name"),
                      .emptyName = tr("Enter a name for the connection."),
                      .cannotRead = tr("Could not read the workspace's connections: %1"),
                      .nameTaken = tr("A connection named \"%1\" already exists in this workspace. Choose another name.")},
                     parent)
    , m_draft(draft)
    , m_workspace(workspace)
{
    setTitle(tr("Name the connection"));
    setSubTitle(tr("People pick the connection by this name when they set up an export."));
    nameEdit()->setPlaceholderText(tr("e.g. Snapchat – Brand EU"));
}

QStringList ConnectionNamePage::otherNames(QString *error) const
{
    QStringList names;
    for (const Workspace::Connection &connection : Workspace::ConnectionStore(m_workspace).list(error))
        names.append(connection.name);
    return names;
}

void ConnectionNamePage::acceptName(const QString &name)
{
    m_draft.name = name;
}
