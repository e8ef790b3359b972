#include "credentialspage.h"

#include "common/inlinemessage.h"
#include "connectiondraft.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// The address the loopback listener answers on; the port is free-chosen at each sign-in and
// loopback redirects match on any port.
const QString kLoopbackRedirect = QStringLiteral("http://127.0.0.1/callback");

} // namespace

CredentialsPage::CredentialsPage(ConnectionDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_clientId(new QLineEdit)
    , m_clientSecret(new QLineEdit)
    , m_loopback(new QRadioButton(tr("&This computer (loopback address)")))
    , m_paste(new QRadioButton(tr("An https &page I registered; I will paste the address the browser lands on")))
    , m_pasteUri(new QLineEdit)
    , m_registerUri(new QLineEdit)
    , m_copy(new QPushButton(tr("C&opy")))
    , m_advancedToggle(new QToolButton)
    , m_advanced(new QGroupBox)
    , m_apiBaseUrl(new QLineEdit(draft.apiBaseUrl.toString()))
    , m_accountsBaseUrl(new QLineEdit(draft.accountsBaseUrl.toString()))
    , m_message(new InlineMessage)
{
    setTitle(tr("Snapchat app credentials"));
    setSubTitle(tr("From the OAuth app an organization admin created in Snap Business Manager "
                   "(Business Details → OAuth Apps)."));

    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setToolTip(tr("Kept in the system keychain, never in the workspace file."));
    registerField(QStringLiteral("clientId*"), m_clientId);
    registerField(QStringLiteral("clientSecret*"), m_clientSecret);

    m_loopback->setObjectName(QStringLiteral("redirectLoopback"));
    m_paste->setObjectName(QStringLiteral("redirectPaste"));
    m_loopback->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_loopback);
    group->addButton(m_paste);
    m_pasteUri->setObjectName(QStringLiteral("pasteRedirectUri"));
    m_pasteUri->setAccessibleName(tr("Registered https redirect address"));
    m_pasteUri->setPlaceholderText(tr("https://www.example.com/snapchat-callback"));

    m_registerUri->setObjectName(QStringLiteral("redirectUriToRegister"));
    m_registerUri->setAccessibleName(tr("Redirect URI to register"));
    m_registerUri->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyRedirectUri"));
    m_copy->setAccessibleName(tr("Copy the redirect URI"));

    m_apiBaseUrl->setObjectName(QStringLiteral("apiBaseUrl"));
    m_apiBaseUrl->setAccessibleName(tr("API base URL"));
    m_accountsBaseUrl->setObjectName(QStringLiteral("accountsBaseUrl"));
    m_accountsBaseUrl->setAccessibleName(tr("Accounts base URL"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Ad&vanced: API addresses"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));

    auto *advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedLayout->addRow(buddyLabel(tr("A&PI base URL:"), m_apiBaseUrl), m_apiBaseUrl);
    advancedLayout->addRow(buddyLabel(tr("Acco&unts base URL:"), m_accountsBaseUrl), m_accountsBaseUrl);
    auto *sandboxHint = new QLabel(tr("Keep Snapchat's addresses unless you try AudienceBridge against "
                                      "its local sandbox."));
    sandboxHint->setWordWrap(true);
    advancedLayout->addRow(sandboxHint);
    m_advanced->setVisible(false);

    auto *credentials = new QFormLayout;
    credentials->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    credentials->addRow(buddyLabel(tr("Client &ID:"), m_clientId), m_clientId);
    credentials->addRow(buddyLabel(tr("Client &secret:"), m_clientSecret), m_clientSecret);

    auto *redirectBox = new QGroupBox(tr("After you sign in, the browser returns to"));
    auto *redirectLayout = new QVBoxLayout(redirectBox);
    redirectLayout->addWidget(m_loopback);
    redirectLayout->addWidget(m_paste);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addSpacing(24);
    pasteRow->addWidget(m_pasteUri);
    redirectLayout->addLayout(pasteRow);
    auto *registerLabel = buddyLabel(tr("Redirect URI to &register on the Snap OAuth app:"), m_registerUri);
    redirectLayout->addWidget(registerLabel);
    auto *registerRow = new QHBoxLayout;
    registerRow->addWidget(m_registerUri, 1);
    registerRow->addWidget(m_copy);
    redirectLayout->addLayout(registerRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(credentials);
    layout->addWidget(redirectBox);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_loopback, &QRadioButton::toggled, this, &CredentialsPage::updateRedirect);
    connect(m_pasteUri, &QLineEdit::textChanged, this, &CredentialsPage::updateRedirect);
    connect(m_copy, &QPushButton::clicked, this, &CredentialsPage::copyRedirectUri);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    for (QLineEdit *edit : {m_clientId, m_clientSecret, m_pasteUri, m_apiBaseUrl, m_accountsBaseUrl})
        connect(edit, &QLineEdit::textEdited, m_message, &InlineMessage::clear);
    updateRedirect();
}

QString CredentialsPage::redirectUriToRegister() const
{
    if (m_loopback->isChecked())
        return kLoopbackRedirect;
    return m_pasteUri->text().trimmed();
}

void CredentialsPage::updateRedirect()
{
    m_pasteUri->setEnabled(m_paste->isChecked());
    m_registerUri->setText(redirectUriToRegister());
    m_registerUri->setPlaceholderText(m_paste->isChecked() ? tr("Enter your https page above") : QString());
    m_copy->setEnabled(!m_registerUri->text().isEmpty());
    Q_EMIT completeChanged();
}

void CredentialsPage::copyRedirectUri()
{
    QGuiApplication::clipboard()->setText(m_registerUri->text());
    m_message->showInfo(tr("Copied. Paste it as the redirect URI of your Snap OAuth app."));
}

bool CredentialsPage::isComplete() const
{
    return QWizardPage::isComplete() && (m_loopback->isChecked() || !m_pasteUri->text().trimmed().isEmpty());
}

bool CredentialsPage::validatePage()
{
    ConnectionDraft candidate = m_draft;
    candidate.clientId = m_clientId->text().trimmed();
    candidate.clientSecret = m_clientSecret->text().trimmed();
    candidate.redirectMode = m_paste->isChecked() ? ConnectionDraft::RedirectMode::Paste
                                                  : ConnectionDraft::RedirectMode::Loopback;
    candidate.pasteRedirectUri = QUrl(m_pasteUri->text().trimmed(), QUrl::StrictMode);
    candidate.apiBaseUrl = QUrl(m_apiBaseUrl->text().trimmed(), QUrl::StrictMode);
    candidate.accountsBaseUrl = QUrl(m_accountsBaseUrl->text().trimmed(), QUrl::StrictMode);

    if (candidate.redirectMode == ConnectionDraft::RedirectMode::Paste
        && (!candidate.pasteRedirectUri.isValid() || candidate.pasteRedirectUri.scheme() != QLatin1StringView("https")
            || candidate.pasteRedirectUri.host().isEmpty())) {
        m_message->showError(tr("The redirect page must be a full https address, like "
                                "https://www.example.com/snapchat-callback."));
        m_pasteUri->setFocus();
        return false;
    }
    QString error;
    if (!candidate.connectionSettings().validate(&error)) {
        m_message->showError(error);
        m_advancedToggle->setChecked(true);
        return false;
    }
    const bool changed = candidate.clientId != m_draft.clientId || candidate.clientSecret != m_draft.clientSecret
        || candidate.redirectMode != m_draft.redirectMode || candidate.pasteRedirectUri != m_draft.pasteRedirectUri
        || candidate.apiBaseUrl != m_draft.apiBaseUrl || candidate.accountsBaseUrl != m_draft.accountsBaseUrl;
    if (changed) {
        // A sign-in made with other credentials no longer applies.
        candidate.refreshToken.clear();
        candidate.snapUser = {};
        candidate.organizations.clear();
    }
    m_message->clear();
    m_draft = candidate;
    return true;
}
