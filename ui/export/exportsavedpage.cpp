#include "exportsavedpage.h"

#include "exportdraft.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ExportSavedPage::ExportSavedPage(ExportDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_text(new QLabel)
    , m_runNow(new QPushButton(tr("&Run now")))
{
    setTitle(tr("Export saved"));
    setSubTitle(tr("Run it now, or later from the Exports view."));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("savedText"));
    m_runNow->setObjectName(QStringLiteral("runNow"));
    m_runNow->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    connect(m_runNow, &QPushButton::clicked, this, &ExportSavedPage::runNowClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_runNow, 0, Qt::AlignLeft);
    layout->addStretch();
}

void ExportSavedPage::initializePage()
{
    if (m_draft.id != 0) {
        m_text->setText(tr("\"%1\" is updated. The next run uses the new settings.\n\nRun now starts that "
                           "run. Close keeps the export for later.").arg(m_draft.name));
    } else {
        m_text->setText(tr("\"%1\" is saved. Nothing has been sent yet.\n\nRun now sends the hashed "
                           "identifiers of the segments' members to Snapchat. Close keeps the export for later.")
                            .arg(m_draft.name));
    }
    m_runNow->setFocus();
}
