#include "matchingpage.h"

#include "exportdraft.h"

#include <identity/identifierhasher.h>
#include <identity/phonenormalizer.h>
#include <identity/rejectreason.h>
#include <workspace/profilestore.h>
#include <workspace/workspace.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QLabel *sampleLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1StringView(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setIndent(4);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// The field whose name suggests the identifier, or -1.
int guess(const QStringList &fields, const QStringList &hints)
{
    for (const QString &hint : hints) {
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).contains(hint, Qt::CaseInsensitive))
                return i;
        }
    }
    return -1;
}

QString systemRegion()
{
    const QString name = QLocale::system().name(); // e.g. "de_DE"
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    return underscore > 0 ? name.mid(underscore + 1, 2) : QString();
}

} // namespace

MatchingPage::MatchingPage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspace(workspace)
    , m_email(new QComboBox)
    , m_phone(new QComboBox)
    , m_region(new QComboBox)
    , m_maid(new QComboBox)
    , m_emailSample(sampleLabel("emailSample"))
    , m_phoneSample(sampleLabel("phoneSample"))
    , m_maidSample(sampleLabel("maidSample"))
    , m_noProfiles(new QLabel)
{
    setTitle(tr("Data matching"));
    setSubTitle(tr("Which profile fields Snapchat matches its users on."));

    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setAccessibleName(tr("Email field"));
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_phone->setAccessibleName(tr("Phone field"));
    m_region->setObjectName(QStringLiteral("defaultRegion"));
    m_region->setAccessibleName(tr("Default region for phone numbers"));
    m_region->setToolTip(tr("Used for numbers written without a country code."));
    m_maid->setObjectName(QStringLiteral("maidField"));
    m_maid->setAccessibleName(tr("Mobile ad ID field"));
    m_noProfiles->setObjectName(QStringLiteral("noProfilesMessage"));
    m_noProfiles->setWordWrap(true);
    m_noProfiles->setText(tr("This workspace has no profiles yet. Import profiles (File → Import "
                             "profiles) before you set up an export."));
    m_noProfiles->hide();

    m_region->addItem(tr("None: numbers must have a country code"), QString());
    const QStringList regions = Identity::PhoneNormalizer::supportedRegions();
    for (const QString &region : regions) {
        const QString territory = QLocale::territoryToString(QLocale::codeToTerritory(region));
        m_region->addItem(tr("%1 (%2)").arg(territory, region), region);
    }

    auto *note = new QLabel(tr("<b>All personal data is sent hashed.</b> AudienceBridge normalizes every "
                               "value on this computer and sends only its SHA-256 hash to Snapchat; "
                               "values that are not valid are skipped and counted in the run's report."));
    note->setObjectName(QStringLiteral("hashedNote"));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Email field:"), m_email), m_email);
    form->addRow(QString(), m_emailSample);
    form->addRow(buddyLabel(tr("&Phone field:"), m_phone), m_phone);
    form->addRow(buddyLabel(tr("Default &region:"), m_region), m_region);
    form->addRow(QString(), m_phoneSample);
    form->addRow(buddyLabel(tr("&Mobile ad ID field:"), m_maid), m_maid);
    form->addRow(QString(), m_maidSample);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noProfiles);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(note);

    connect(m_email, &QComboBox::currentIndexChanged, this, [this] {
        updateSample(m_email, m_emailSample, Identity::IdentifierType::Email);
        Q_EMIT completeChanged();
    });
    connect(m_phone, &QComboBox::currentIndexChanged, this, [this] {
        m_region->setEnabled(m_phone->currentIndex() > 0);
        updateSample(m_phone, m_phoneSample, Identity::IdentifierType::Phone);
    });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { updateSample(m_phone, m_phoneSample, Identity::IdentifierType::Phone); });
    connect(m_maid, &QComboBox::currentIndexChanged, this,
            [this] { updateSample(m_maid, m_maidSample, Identity::IdentifierType::MobileAdId); });
}

void MatchingPage::initializePage()
{
    if (!m_fields.isEmpty())
        return; // keep the choices made on an earlier visit
    const Workspace::ProfileStore profiles(m_workspace.database());
    for (const Workspace::ProfileColumn &column : profiles.columns())
        m_fields.append(column.name);
    m_rows = profiles.page(QString(), kSampleSize);

    const QSignalBlocker emailBlocker(m_email);
    const QSignalBlocker phoneBlocker(m_phone);
    const QSignalBlocker maidBlocker(m_maid);
    const QSignalBlocker regionBlocker(m_region);
    m_email->clear();
    m_phone->clear();
    m_maid->clear();
    m_phone->addItem(tr("(not exported)"));
    m_maid->addItem(tr("(not exported)"));
    for (const QString &field : std::as_const(m_fields)) {
        m_email->addItem(field, field);
        m_phone->addItem(field, field);
        m_maid->addItem(field, field);
    }
    m_email->setCurrentIndex(qMax(0, guess(m_fields, {QStringLiteral("email"), QStringLiteral("mail")})));
    m_phone->setCurrentIndex(guess(m_fields, {QStringLiteral("phone"), QStringLiteral("mobile_number"),
                                              QStringLiteral("tel")}) + 1);
    m_maid->setCurrentIndex(guess(m_fields, {QStringLiteral("maid"), QStringLiteral("ad_id"),
                                             QStringLiteral("idfa"), QStringLiteral("gaid")}) + 1);
    // Editing: the export's own choices.
    if (!m_draft.emailField.isEmpty() && m_email->findData(m_draft.emailField) >= 0)
        m_email->setCurrentIndex(m_email->findData(m_draft.emailField));
    if (m_draft.id != 0) {
        m_phone->setCurrentIndex(qMax(0, m_phone->findData(m_draft.phoneField)));
        m_maid->setCurrentIndex(qMax(0, m_maid->findData(m_draft.maidField)));
    }
    const int region = m_region->findData(m_draft.id != 0 ? m_draft.defaultRegion : systemRegion());
    m_region->setCurrentIndex(region > 0 ? region : 0);
    m_region->setEnabled(m_phone->currentIndex() > 0);
    m_noProfiles->setVisible(m_fields.isEmpty());
    updateSamples();
}

void MatchingPage::updateSamples()
{
    updateSample(m_email, m_emailSample, Identity::IdentifierType::Email);
    updateSample(m_phone, m_phoneSample, Identity::IdentifierType::Phone);
    updateSample(m_maid, m_maidSample, Identity::IdentifierType::MobileAdId);
    Q_EMIT completeChanged();
}

QStringList MatchingPage::columnValues(const QString &field) const
{
    QStringList values;
    const qsizetype column = m_fields.indexOf(field);
    if (column < 0)
        return values;
    for (const QStringList &row : m_rows)
        values.append(row.value(column));
    return values;
}

void MatchingPage::updateSample(QComboBox *field, QLabel *label, Identity::IdentifierType type)
{
    const QString name = field->currentData().toString();
    if (name.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    const QString region = type == Identity::IdentifierType::Phone ? m_region->currentData().toString() : QString();
    const Sample sample = sampleValues(columnValues(name), type, region);
    QString text = tr("%1 of the first %2 profiles have a valid value.").arg(sample.valid).arg(sample.total);
    for (const QString &example : sample.examples)
        text += QLatin1Char('\n') + example;
    label->setText(text);
    label->show();
}

MatchingPage::Sample MatchingPage::sampleValues(const QStringList &values, Identity::IdentifierType type,
                                                const QString &defaultRegion, int examples)
{
    Sample sample;
    Identity::IdentifierHasher hasher(type, defaultRegion);
    for (const QString &value : values) {
        ++sample.total;
        const QByteArray raw = value.toUtf8();
        const Identity::Normalization outcome = hasher.normalize(raw);
        if (outcome.ok())
            ++sample.valid;
        if (sample.examples.size() >= examples || value.trimmed().isEmpty())
            continue;
        const QString shown = outcome.ok() ? QString::fromUtf8(hasher.normalized())
                                           : tr("skipped: %1").arg(Identity::reasonDescription(outcome.reason));
        sample.examples.append(tr("  %1  →  %2").arg(value, shown));
    }
    return sample;
}

bool MatchingPage::isComplete() const
{
    return m_email->currentIndex() >= 0 && !m_email->currentData().toString().isEmpty();
}

bool MatchingPage::validatePage()
{
    m_draft.emailField = m_email->currentData().toString();
    m_draft.phoneField = m_phone->currentData().toString();
    m_draft.defaultRegion = m_region->currentData().toString();
    m_draft.maidField = m_maid->currentData().toString();
    return !m_draft.emailField.isEmpty();
}
