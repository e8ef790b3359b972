#include "exportnamepage.h"

#include "common/inlinemessage.h"
#include "exportdraft.h"

#include <workspace/exportstore.h>
#include <workspace/workspace.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ExportNamePage::ExportNamePage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspace(workspace)
    , m_name(new QLineEdit)
    , m_message(new InlineMessage)
{
    setTitle(tr("Name the export"));
    setSubTitle(tr("A name that says what is sent where, e.g. \"Newsletter subscribers → Snapchat\"."));
    m_name->setObjectName(QStringLiteral("exportName"));
    m_name->setAccessibleName(tr("Export name"));
    m_name->setMaxLength(200);
    registerField(QStringLiteral("exportName*"), m_name);
    connect(m_name, &QLineEdit::textEdited, m_message, &InlineMessage::clear);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Name:"));
    label->setBuddy(m_name);
    layout->addRow(label, m_name);
    layout->addRow(m_message);
}

void ExportNamePage::initializePage()
{
    if (m_name->text().isEmpty() && !m_draft.name.isEmpty())
        m_name->setText(m_draft.name); // editing an export
}

bool ExportNamePage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showError(tr("Enter a name for the export."));
        return false;
    }
    QString error;
    const QList<Workspace::Export> exports = Workspace::ExportStore(m_workspace).list(&error);
    if (!error.isEmpty()) {
        m_message->showError(tr("Could not read the workspace's exports: %1").arg(error));
        return false;
    }
    for (const Workspace::Export &existing : exports) {
        if (existing.id != m_draft.id && existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_message->showError(tr("An export named \"%1\" already exists. Choose another name.").arg(existing.name));
            m_name->setFocus();
            m_name->selectAll();
            return false;
        }
    }
    m_message->clear();
    m_draft.name = name;
    return true;
}
