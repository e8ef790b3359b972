#include "privacypage.h"

#include "connectiondraft.h"

#include <l10n/translations.h>

#include <QCheckBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

PrivacyPage::PrivacyPage(ConnectionDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_text(new QTextBrowser)
    , m_agree(new QCheckBox(tr("I &agree: the data we send complies with these rules and with Snap's terms")))
{
    setTitle(tr("Data privacy and compliance"));
    setSubTitle(tr("Read how AudienceBridge handles personal data before you connect."));

    m_text->setObjectName(QStringLiteral("privacyText"));
    m_text->setAccessibleName(tr("Data privacy and compliance text"));
    m_text->setOpenExternalLinks(true);
    m_text->setReadOnly(true);
    m_text->setHtml(privacyText());

    m_agree->setObjectName(QStringLiteral("privacyAgree"));
    connect(m_agree, &QCheckBox::toggled, this, &QWizardPage::completeChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_agree);
}

QString PrivacyPage::privacyText()
{
    // The text in the language the application's texts are in (connection-privacy_de.html, ...),
    // else in English.
    const QStringList candidates{
        QStringLiteral(":/privacy/connection-privacy_%1.html").arg(L10n::Translations::installedLanguage()),
        QStringLiteral(":/privacy/connection-privacy.html")};
    for (const QString &candidate : std::as_const(candidates)) {
        QFile file(candidate);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return tr("The privacy text is missing from this build.");
}

bool PrivacyPage::isComplete() const
{
    return m_agree->isChecked();
}

bool PrivacyPage::validatePage()
{
    m_draft.privacyAccepted = m_agree->isChecked();
    return m_draft.privacyAccepted;
}
