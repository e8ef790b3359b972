#include "connectionaccesspage.h"

#include "common/optionexplanation.h"
#include "connectiondraft.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

ConnectionAccessPage::ConnectionAccessPage(ConnectionDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_administrators(new QRadioButton(tr("&Administrators only")))
    , m_contributors(new QRadioButton(tr("Administrators and &contributors")))
{
    setTitle(tr("Who can use this connection?"));
    setSubTitle(tr("You can change this later in the connection's settings."));

    m_administrators->setObjectName(QStringLiteral("administratorsOnly"));
    m_contributors->setObjectName(QStringLiteral("administratorsAndContributors"));
    m_administrators->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_administrators);
    group->addButton(m_contributors);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_administrators);
    layout->addWidget(optionExplanation(tr("Only administrators of this workspace can create and run exports "
                                           "that send data through this connection.")));
    layout->addSpacing(8);
    layout->addWidget(m_contributors);
    layout->addWidget(optionExplanation(tr("Contributors can also pick this connection for their exports. "
                                           "They see only its name, never its credentials or settings.")));
    layout->addStretch();
}

bool ConnectionAccessPage::validatePage()
{
    m_draft.allowContributors = m_contributors->isChecked();
    return true;
}
