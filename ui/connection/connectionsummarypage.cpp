#include "connectionsummarypage.h"

#include "common/inlinemessage.h"
#include "connectiondraft.h"

#include <QLabel>
#include <QVBoxLayout>

ConnectionSummaryPage::ConnectionSummaryPage(ConnectionDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summary(new QLabel)
    , m_message(new InlineMessage)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the connection, then click Save."));
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setObjectName(QStringLiteral("saveMessage"));
    connect(m_message, &InlineMessage::retryRequested, this, &ConnectionSummaryPage::saveRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addStretch();
}

void ConnectionSummaryPage::initializePage()
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString snapUser = m_draft.snapUser.displayName.isEmpty() ? m_draft.snapUser.email
                                                                     : m_draft.snapUser.displayName;
    QString html = QStringLiteral("<table>");
    html += row(tr("Destination:"), tr("Snapchat"));
    html += row(tr("Name:"), m_draft.name);
    html += row(tr("Who can use it:"), m_draft.allowContributors ? tr("Administrators and contributors")
                                                                 : tr("Administrators only"));
    html += row(tr("Client ID:"), m_draft.clientId);
    html += row(tr("Client secret:"), tr("•••••• (kept in the system keychain)"));
    html += row(tr("Sign-in returns to:"), m_draft.redirectMode == ConnectionDraft::RedirectMode::Paste
                                                ? m_draft.pasteRedirectUri.toString()
                                                : tr("this computer (loopback)"));
    html += row(tr("API:"), m_draft.apiBaseUrl.toString());
    html += row(tr("Accounts:"), m_draft.accountsBaseUrl.toString());
    html += row(tr("Snapchat user:"), snapUser);
    html += row(tr("Ad accounts:"), QString::number(m_draft.adAccountCount()));
    html += row(tr("Export user:"), m_draft.exportUser.isEmpty() ? tr("nobody") : m_draft.exportUser);
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_message->clear();
    m_saved = false;
}

bool ConnectionSummaryPage::isComplete() const
{
    return !m_saving;
}

void ConnectionSummaryPage::setSaving(bool saving)
{
    m_saving = saving;
    if (saving)
        m_message->showInfo(tr("Saving…"));
    Q_EMIT completeChanged();
}

void ConnectionSummaryPage::setSaved()
{
    m_saved = true;
}

bool ConnectionSummaryPage::validatePage()
{
    // Saving writes to the keychain, which answers later: the first Save starts it and the
    // wizard finishes itself once everything is stored.
    if (m_saved)
        return true;
    if (!m_saving)
        Q_EMIT saveRequested();
    return false;
}
