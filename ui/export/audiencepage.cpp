#include "audiencepage.h"

#include "common/inlinemessage.h"
#include "exportdraft.h"

#include <exporting/connectionapi.h>
#include <snapchat/snapchatclient.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QWidget *indented(QWidget *widget)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(widget);
    return box;
}

} // namespace

AudiencePage::AudiencePage(ExportDraft &draft, Exporting::ConnectionApi &api, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_api(api)
    , m_status(new QLabel)
    , m_busy(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel request")))
    , m_message(new InlineMessage)
    , m_adAccounts(new QComboBox)
    , m_existing(new QRadioButton(tr("Choose an &existing customer-list audience")))
    , m_byId(new QRadioButton(tr("Enter a Snapchat &audience (segment) ID")))
    , m_new(new QRadioButton(tr("Create a &new audience")))
    , m_audiences(new QListWidget)
    , m_audienceId(new QLineEdit)
    , m_newBox(new QWidget)
    , m_newName(new QLineEdit)
    , m_newDescription(new QLineEdit)
    , m_retention(new QSpinBox)
{
    setTitle(tr("Snapchat audience"));
    setSubTitle(tr("The customer-list audience (Snap Audience Match) that receives the hashed identifiers."));

    m_status->setObjectName(QStringLiteral("audienceStatus"));
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Waiting for Snapchat"));
    m_cancel->setObjectName(QStringLiteral("cancelAudience"));
    m_message->setObjectName(QStringLiteral("audienceMessage"));
    m_adAccounts->setObjectName(QStringLiteral("adAccount"));
    m_adAccounts->setAccessibleName(tr("Ad account"));
    m_existing->setObjectName(QStringLiteral("audienceExisting"));
    m_byId->setObjectName(QStringLiteral("audienceById"));
    m_new->setObjectName(QStringLiteral("audienceNew"));
    m_existing->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_byId);
    group->addButton(m_new);
    m_audiences->setObjectName(QStringLiteral("audienceList"));
    m_audiences->setAccessibleName(tr("Customer-list audiences"));
    m_audienceId->setObjectName(QStringLiteral("audienceId"));
    m_audienceId->setAccessibleName(tr("Audience ID"));
    m_audienceId->setPlaceholderText(tr("e.g. 1234567890abcdef"));
    m_newName->setObjectName(QStringLiteral("newAudienceName"));
    m_newName->setAccessibleName(tr("New audience name"));
    m_newName->setMaxLength(375);
    m_newDescription->setObjectName(QStringLiteral("newAudienceDescription"));
    m_newDescription->setAccessibleName(tr("New audience description"));
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setAccessibleName(tr("Retention in days"));
    m_retention->setRange(1, 9999);
    m_retention->setValue(9999);
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(tr("9999 days means lifetime. It cannot be changed once the audience exists."));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);

    auto *accountRow = new QFormLayout;
    accountRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    accountRow->addRow(buddyLabel(tr("Ad a&ccount:"), m_adAccounts), m_adAccounts);

    auto *newLayout = new QFormLayout(m_newBox);
    newLayout->setContentsMargins(24, 0, 0, 0);
    newLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    newLayout->addRow(buddyLabel(tr("Na&me:"), m_newName), m_newName);
    newLayout->addRow(buddyLabel(tr("&Description:"), m_newDescription), m_newDescription);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(new QLabel(tr("(9999 = lifetime; cannot be changed later)")), 1);
    newLayout->addRow(buddyLabel(tr("&Keep members for:"), m_retention), retentionRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addLayout(accountRow);
    layout->addWidget(m_existing);
    layout->addWidget(indented(m_audiences), 1);
    layout->addWidget(m_byId);
    layout->addWidget(indented(m_audienceId));
    layout->addWidget(m_new);
    layout->addWidget(m_newBox);

    connect(m_cancel, &QPushButton::clicked, this, &AudiencePage::cancel);
    connect(m_message, &InlineMessage::retryRequested, this, &AudiencePage::retry);
    connect(m_adAccounts, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_pending)
            loadAudiences();
    });
    for (QRadioButton *button : {m_existing, m_byId, m_new})
        connect(button, &QRadioButton::toggled, this, &AudiencePage::updateChoice);
    connect(m_audiences, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_audienceId, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        Q_EMIT completeChanged();
    });
    connect(m_newName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    updateChoice();
    end();
}

void AudiencePage::initializePage()
{
    if (m_draft.audienceChoice == ExportDraft::AudienceChoice::New && m_newName->text().isEmpty()
        && !m_draft.newAudienceName.isEmpty()) {
        // Editing an export whose audience the first run has not created yet.
        m_new->setChecked(true);
        m_newName->setText(m_draft.newAudienceName);
        m_newDescription->setText(m_draft.newAudienceDescription);
        m_retention->setValue(m_draft.retentionDays);
    }
    if (m_loadedConnection == m_draft.connectionId && m_adAccounts->count() > 0)
        return;
    m_adAccounts->clear();
    m_audiences->clear();
    m_validatedId.clear();
    connectApi();
}

void AudiencePage::cleanupPage()
{
    // Going Back drops an answer still on its way; the next visit asks again when needed.
    if (m_pending) {
        end();
        m_loadedConnection.clear();
    }
}

QObject *AudiencePage::begin(const QString &status)
{
    delete m_pending;
    m_pending = new QObject(this);
    m_status->setText(status);
    m_status->show();
    m_busy->show();
    m_cancel->show();
    m_message->clear();
    Q_EMIT completeChanged();
    return m_pending;
}

void AudiencePage::end()
{
    delete m_pending;
    m_pending = nullptr;
    m_busy->hide();
    m_cancel->hide();
    m_status->hide();
    Q_EMIT completeChanged();
}

void AudiencePage::cancel()
{
    end();
    m_message->showError(tr("Cancelled. Snapchat's answer will be ignored."), true);
}

void AudiencePage::failed(const QString &message)
{
    end();
    m_message->showError(message, true);
}

void AudiencePage::retry()
{
    m_message->clear();
    if (m_adAccounts->count() == 0)
        connectApi();
    else if (m_byId->isChecked() && !m_audienceId->text().trimmed().isEmpty())
        checkTypedAudience(m_audienceId->text().trimmed());
    else
        loadAudiences();
}

void AudiencePage::connectApi()
{
    QObject *context = begin(tr("Connecting to Snapchat through \"%1\"…").arg(m_draft.connectionName));
    // The api object outlives attempts: its signals are routed through this attempt's context.
    connect(&m_api, &Exporting::ConnectionApi::ready, context, [this] { loadAccounts(); }, Qt::SingleShotConnection);
    connect(&m_api, &Exporting::ConnectionApi::failed, context, [this](const QString &message) { failed(message); },
            Qt::SingleShotConnection);
    m_api.open(m_draft.connectionId);
}

void AudiencePage::loadAccounts()
{
    QObject *context = begin(tr("Reading your ad accounts…"));
    m_api.client()->organizations(context, [this](const Snapchat::Result<QList<Snapchat::Organization>> &result) {
        if (!result.ok()) {
            failed(result.error.userMessage());
            return;
        }
        end();
        const QSignalBlocker blocker(m_adAccounts);
        m_adAccounts->clear();
        for (const Snapchat::Organization &organization : result.value) {
            for (const Snapchat::AdAccount &account : organization.adAccounts) {
                m_adAccounts->addItem(tr("%1 (%2)").arg(account.name, organization.name), account.id);
                if (account.id == m_draft.adAccountId)
                    m_adAccounts->setCurrentIndex(m_adAccounts->count() - 1);
            }
        }
        m_loadedConnection = m_draft.connectionId;
        if (m_adAccounts->count() == 0) {
            m_message->showError(tr("The Snapchat user of this connection has no ad accounts. Ask an "
                                    "administrator to reconnect with an account that has one."), true);
            return;
        }
        loadAudiences();
    });
}

void AudiencePage::loadAudiences()
{
    m_audiences->clear();
    m_firstParty.clear();
    const QString adAccountId = m_adAccounts->currentData().toString();
    if (adAccountId.isEmpty() || !m_api.isReady())
        return;
    QObject *context = begin(tr("Reading the audiences of %1…").arg(m_adAccounts->currentText()));
    m_api.client()->segments(adAccountId, context, [this](const Snapchat::Result<QList<Snapchat::Segment>> &result) {
        if (!result.ok()) {
            failed(result.error.userMessage());
            return;
        }
        end();
        for (const Snapchat::Segment &segment : result.value) {
            if (!segment.isFirstParty())
                continue;
            m_firstParty.append(segment);
            auto *item = new QListWidgetItem(tr("%1 — about %L2 users (%3)")
                                                 .arg(segment.name)
                                                 .arg(segment.approximateNumberUsers)
                                                 .arg(segment.status.isEmpty() ? tr("status unknown") : segment.status));
            item->setData(Qt::UserRole, segment.id);
            item->setToolTip(tr("ID %1").arg(segment.id));
            m_audiences->addItem(item);
            if (segment.id == m_draft.audienceId)
                m_audiences->setCurrentItem(item);
        }
        if (m_firstParty.isEmpty())
            m_message->showInfo(tr("This ad account has no customer-list audience yet: create a new one below."));
    });
}

void AudiencePage::updateChoice()
{
    if (!m_pending && m_message->isError())
        m_message->clear(); // an error about the previous choice no longer applies
    m_audiences->setEnabled(m_existing->isChecked());
    m_audienceId->setEnabled(m_byId->isChecked());
    m_newBox->setEnabled(m_new->isChecked());
    Q_EMIT completeChanged();
}

bool AudiencePage::isComplete() const
{
    if (m_pending || m_adAccounts->currentIndex() < 0)
        return false;
    if (m_existing->isChecked())
        return m_audiences->currentItem() != nullptr;
    if (m_byId->isChecked())
        return !m_audienceId->text().trimmed().isEmpty();
    return !m_newName->text().trimmed().isEmpty();
}

QString AudiencePage::audienceProblem(const Snapchat::Result<Snapchat::Segment> &result, const QString &requestedId)
{
    if (!result.ok()) {
        if (result.error.httpStatus == 404)
            return tr("Snapchat has no audience with the ID %1. Check the ID in Snap Ads Manager (Audiences).")
                .arg(requestedId);
        if (result.error.isPermissionDenied())
            return tr("The audience %1 exists, but this connection's Snapchat user may not reach it: it "
                      "needs the Data Manager or Account Admin role on the audience's ad account.")
                .arg(requestedId);
        return result.error.userMessage();
    }
    if (!result.value.isFirstParty())
        return tr("The audience \"%1\" is a %2 audience. Only customer-list (FIRST_PARTY) audiences "
                  "accept uploaded identifiers.")
            .arg(result.value.name, result.value.sourceType);
    return {};
}

void AudiencePage::checkTypedAudience(const QString &id)
{
    QObject *context = begin(tr("Checking audience %1 with Snapchat…").arg(id));
    m_api.client()->segment(id, context, [this, id](const Snapchat::Result<Snapchat::Segment> &result) {
        QString problem = audienceProblem(result, id);
        if (problem.isEmpty()) {
            const int account = m_adAccounts->findData(result.value.adAccountId);
            if (account < 0) {
                problem = tr("The audience \"%1\" belongs to ad account %2, which this connection cannot use.")
                              .arg(result.value.name, result.value.adAccountId);
            } else {
                m_adAccounts->setCurrentIndex(account);
            }
        }
        if (!problem.isEmpty()) {
            failed(problem);
            m_audienceId->setFocus();
            return;
        }
        end();
        m_validatedId = id;
        m_draft.audienceName = result.value.name;
        wizard()->next();
    });
}

bool AudiencePage::validatePage()
{
    if (m_pending)
        return false;
    m_draft.adAccountId = m_adAccounts->currentData().toString();
    m_draft.adAccountName = m_adAccounts->currentText();
    if (m_existing->isChecked()) {
        const QListWidgetItem *item = m_audiences->currentItem();
        if (!item)
            return false;
        m_draft.audienceChoice = ExportDraft::AudienceChoice::Existing;
        m_draft.audienceId = item->data(Qt::UserRole).toString();
        for (const Snapchat::Segment &segment : std::as_const(m_firstParty)) {
            if (segment.id == m_draft.audienceId)
                m_draft.audienceName = segment.name;
        }
        return true;
    }
    if (m_new->isChecked()) {
        m_draft.audienceChoice = ExportDraft::AudienceChoice::New;
        m_draft.audienceId.clear();
        m_draft.audienceName = m_newName->text().trimmed();
        m_draft.newAudienceName = m_draft.audienceName;
        m_draft.newAudienceDescription = m_newDescription->text().trimmed();
        m_draft.retentionDays = m_retention->value();
        return true;
    }
    const QString id = m_audienceId->text().trimmed();
    m_draft.audienceChoice = ExportDraft::AudienceChoice::ById;
    m_draft.audienceId = id;
    if (id == m_validatedId)
        return true;
    // Checked with Snapchat first: the answer moves on by itself when the audience is usable.
    checkTypedAudience(id);
    return false;
}
