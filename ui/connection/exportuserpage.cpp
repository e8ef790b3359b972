#include "exportuserpage.h"

#include "connectiondraft.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

ExportUserPage::ExportUserPage(ConnectionDraft &draft, QString workspaceUser, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspaceUser(std::move(workspaceUser))
    , m_explanation(new QLabel)
    , m_addSelf(new QCheckBox(tr("Add &yourself (%1) as export user").arg(m_workspaceUser)))
{
    setTitle(tr("Add yourself as export user"));
    setSubTitle(tr("Exports through this connection send data with your Snapchat authorization."));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_addSelf->setObjectName(QStringLiteral("addSelfAsExportUser"));
    m_addSelf->setChecked(true);

    auto *note = new QLabel(tr("The export user is the person answerable for what is sent; it is stored "
                               "with the connection. Without an export user the connection is saved, "
                               "but nobody is named."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_addSelf);
    layout->addWidget(note);
    layout->addStretch();
}

void ExportUserPage::initializePage()
{
    const QString snapUser = m_draft.snapUser.displayName.isEmpty() ? m_draft.snapUser.email
                                                                     : m_draft.snapUser.displayName;
    m_explanation->setText(tr("You signed in to Snapchat as %1. Every export through \"%2\" will use this "
                              "authorization.")
                               .arg(snapUser, m_draft.name));
}

bool ExportUserPage::validatePage()
{
    m_draft.exportUser = m_addSelf->isChecked() ? m_workspaceUser : QString();
    return true;
}
