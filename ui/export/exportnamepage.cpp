#include "exportnamepage.h"

#include "exportdraft.h"

#include <workspace/exportstore.h>
#include <workspace/workspace.h>

#include <QLineEdit>

ExportNamePage::ExportNamePage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : UniqueNamePage(QStringLiteral("exportName"), 200,
                     {.fieldLabel = tr("&Name:"),
                      .accessibleName = tr("Export name"),
                      .emptyName = tr("Enter a name for the export."),
                      .cannotRead = tr("Could not read the workspace's exports: %1"),
                      .nameTaken = tr("An export named \"%1\" already exists. Choose another name.")},
                     parent)
    , m_draft(draft)
    , m_workspace(workspace)
{
    setTitle(tr("Name the export"));
    setSubTitle(tr("A name that says what is sent where, e.g. \"Newsletter subscribers → Snapchat\"."));
}

void ExportNamePage::initializePage()
{
    if (nameEdit()->text().isEmpty() && !m_draft.name.isEmpty())
        nameEdit()->setText(m_draft.name); // editing an export
}

QStringList ExportNamePage::otherNames(QString *error) const
{
    QStringList names;
    for (const Workspace::Export &existing : Workspace::ExportStore(m_workspace).list(error)) {
        if (existing.id != m_draft.id) // an edited export keeps its own name
            names.append(existing.name);
    }
    return names;
}

void ExportNamePage::acceptName(const QString &name)
{
    m_draft.name = name;
}
