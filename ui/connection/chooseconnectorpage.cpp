#include "chooseconnectorpage.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ChooseConnectorPage::ChooseConnectorPage(QWidget *parent)
    : QWizardPage(parent)
    , m_connectors(new QListWidget)
{
    setTitle(tr("Choose a destination"));
    setSubTitle(tr("Where should AudienceBridge send your audiences?"));

    m_connectors->setObjectName(QStringLiteral("connectorList"));
    m_connectors->setAccessibleName(tr("Destinations"));
    m_connectors->setIconSize(QSize(32, 32));
    m_connectors->setSpacing(4);
    auto *snapchat = new QListWidgetItem(
        QIcon(QStringLiteral(":/icons/snapchat.svg")),
        tr("Snapchat\nSnap Audience Match: send hashed customer lists to your Snapchat ad accounts"));
    snapchat->setData(Qt::UserRole, QStringLiteral("snapchat"));
    snapchat->setToolTip(tr("Uses the Snap Marketing API with your own Snap OAuth app."));
    m_connectors->addItem(snapchat);
    m_connectors->setCurrentRow(0);
    connect(m_connectors, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);

    auto *hint = new QLabel(tr("Snapchat is the only destination available in this version."));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connectors);
    layout->addWidget(hint);
}

bool ChooseConnectorPage::isComplete() const
{
    return m_connectors->currentItem() != nullptr;
}
