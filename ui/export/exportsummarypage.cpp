#include "exportsummarypage.h"

#include "common/inlinemessage.h"
#include "exportdraft.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

ExportSummaryPage::ExportSummaryPage(ExportDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summary(new QLabel)
    , m_busy(new QProgressBar)
    , m_message(new InlineMessage)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the export, then click Save. Saving does not send anything yet."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Saving"));
    m_busy->hide();
    m_message->setObjectName(QStringLiteral("saveMessage"));
    connect(m_message, &InlineMessage::retryRequested, this, &ExportSummaryPage::saveRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addStretch();
}

void ExportSummaryPage::initializePage()
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString audience;
    switch (m_draft.audienceChoice) {
    case ExportDraft::AudienceChoice::Existing:
    case ExportDraft::AudienceChoice::ById:
        audience = tr("%1 (ID %2)").arg(m_draft.audienceName, m_draft.audienceId);
        break;
    case ExportDraft::AudienceChoice::New:
        audience = m_draft.retentionDays >= 9999
            ? tr("new: %1, kept for lifetime, created on the first run").arg(m_draft.newAudienceName)
            : tr("new: %1, kept %2 days, created on the first run").arg(m_draft.newAudienceName).arg(m_draft.retentionDays);
        break;
    }
    QStringList identifiers{tr("email (%1)").arg(m_draft.emailField)};
    if (!m_draft.phoneField.isEmpty()) {
        identifiers.append(m_draft.defaultRegion.isEmpty()
                               ? tr("phone (%1)").arg(m_draft.phoneField)
                               : tr("phone (%1, region %2)").arg(m_draft.phoneField, m_draft.defaultRegion));
    }
    if (!m_draft.maidField.isEmpty())
        identifiers.append(tr("mobile ad ID (%1)").arg(m_draft.maidField));
    QString schedule;
    switch (m_draft.schedule) {
    case ExportDraft::Schedule::None:
        schedule = tr("on demand");
        break;
    case ExportDraft::Schedule::Daily:
        schedule = tr("daily at %1").arg(m_draft.dailyAt.toString(QStringLiteral("HH:mm")));
        break;
    case ExportDraft::Schedule::EveryHours:
        schedule = tr("every %n hour(s)", nullptr, m_draft.everyHours);
        break;
    }

    QString html = QStringLiteral("<table>");
    html += row(tr("Export:"), m_draft.name);
    html += row(tr("Connection:"), m_draft.connectionName);
    html += row(tr("Ad account:"), m_draft.adAccountName);
    html += row(tr("Audience:"), audience);
    html += row(tr("Matched on:"), identifiers.join(QStringLiteral(", ")) + tr(" — sent hashed"));
    html += row(tr("Segments:"), m_draft.segmentNames.join(QStringLiteral(", ")));
    if (m_draft.unionSize >= 0)
        html += row(tr("Profiles:"), tr("%L1").arg(m_draft.unionSize));
    html += row(tr("Sync mode:"), m_draft.mode == Workspace::ExportMode::Mirror ? tr("mirror the segments")
                                                                                : tr("add only"));
    html += row(tr("Schedule:"), schedule);
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_message->clear();
    m_saved = false;
}

bool ExportSummaryPage::isComplete() const
{
    return !m_saving;
}

void ExportSummaryPage::setSaving(bool saving)
{
    m_saving = saving;
    m_busy->setVisible(saving);
    if (saving)
        m_message->showInfo(tr("Checking the audience with Snapchat and saving…"));
    Q_EMIT completeChanged();
}

bool ExportSummaryPage::validatePage()
{
    if (m_saved)
        return true;
    if (!m_saving)
        Q_EMIT saveRequested();
    return false;
}
