#include "connectionnamepage.h"

#include "common/inlinemessage.h"
#include "connectiondraft.h"

#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ConnectionNamePage::ConnectionNamePage(ConnectionDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspace(workspace)
    , m_name(new QLineEdit)
    , m_message(new InlineMessage)
{
    setTitle(tr("Name the connection"));
    setSubTitle(tr("People pick the connection by this name when they set up an export."));

    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("e.g. Snapchat – Brand EU"));
    m_name->setMaxLength(120);
    registerField(QStringLiteral("connectionName*"), m_name);
    connect(m_name, &QLineEdit::textEdited, m_message, &InlineMessage::clear);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Display name:"));
    label->setBuddy(m_name);
    layout->addRow(label, m_name);
    layout->addRow(m_message);
}

bool ConnectionNamePage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showError(tr("Enter a name for the connection."));
        return false;
    }
    QString error;
    const QList<Workspace::Connection> existing = Workspace::ConnectionStore(m_workspace).list(&error);
    if (!error.isEmpty()) {
        m_message->showError(tr("Could not read the workspace's connections: %1").arg(error));
        return false;
    }
    for (const Workspace::Connection &connection : existing) {
        if (connection.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_message->showError(
                tr("A connection named \"%1\" already exists in this workspace. Choose another name.")
                    .arg(connection.name));
            m_name->setFocus();
            m_name->selectAll();
            return false;
        }
    }
    m_message->clear();
    m_draft.name = name;
    return true;
}
