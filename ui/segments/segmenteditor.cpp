#include "segmenteditor.h"

#include "rulebuilder.h"

#include <segments/ruleparser.h>
#include <snapchat/secretstore.h>
#include <sources/profilesourcestore.h>
#include <sources/sourcesegments.h>
#include <workspace/profilestore.h>
#include <workspace/workspace.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct CountResult {
    qint64 count = -1;
    QString error;
};

// On a worker thread, on its own connection: how many profiles the rule selects.
CountResult countMembers(const QString &workspacePath, const QString &user, const QString &rule)
{
    CountResult result;
    Workspace::Workspace::Options options;
    options.user = user;
    std::unique_ptr<Workspace::Workspace> workspace =
        Workspace::Workspace::open(workspacePath, options, &result.error);
    if (!workspace)
        return result;
    Workspace::Segment segment;
    segment.kind = Workspace::Segment::Kind::Rule;
    segment.rule = rule;
    result.count = Workspace::SegmentStore(*workspace).memberCount(segment, &result.error);
    return result;
}

struct SourceAnswer {
    QStringList columns;
    qint64 count = -1;
    QString error;
};

// On a worker thread, on a connection of its own to the profile source: its columns (no rule),
// or how many of its profiles the rule selects, counted in its database.
SourceAnswer askSource(const Sources::SqlSourceSettings &settings, const std::optional<QString> &password,
                       const QString &rule)
{
    Sources::MemorySecretProvider secrets(settings.secretKey(), password);
    Sources::SqlProfileSource source(settings, secrets);
    SourceAnswer answer;
    if (!source.open(&answer.error))
        return answer;
    if (rule.isEmpty()) {
        answer.columns = source.columns(&answer.error);
        return answer;
    }
    if (const std::optional<Segments::Rule> parsed = Segments::parseRule(rule, &answer.error))
        answer.count = source.count(*parsed, &answer.error);
    return answer;
}

} // namespace

SegmentEditor::SegmentEditor(Workspace::Workspace &workspace, std::optional<Workspace::Segment> existing,
                             QWidget *parent, Snapchat::SecretStore *secrets)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("segmentEditor"));
    setWindowTitle(m_existing ? tr("Edit Segment") : tr("New Segment"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setAccessibleName(tr("Segment name"));
    m_name->setPlaceholderText(tr("e.g. Newsletter subscribers in Germany"));
    connect(m_name, &QLineEdit::textChanged, this, &SegmentEditor::updateSaveButton);

    m_builder = new RuleBuilder;
    QStringList fields;
    const QList<Workspace::ProfileColumn> columns = Workspace::ProfileStore(workspace.database()).columns();
    for (const Workspace::ProfileColumn &column : columns)
        fields.append(column.name);
    m_builder->setFields(fields);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_text->setAccessibleName(tr("The rule as text"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 4);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_count->setAccessibleName(tr("Members"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("segmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SegmentEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SegmentEditor::reject);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *ruleLabel = new QLabel(tr("Profiles that match:"));
    auto *textLabel = new QLabel(tr("As &text:"));
    textLabel->setBuddy(m_text);
    auto *countLabel = new QLabel(tr("Members:"));
    countLabel->setBuddy(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(ruleLabel);
    layout->addWidget(m_builder, 1);
    layout->addWidget(textLabel);
    layout->addWidget(m_text);
    auto *countRow = new QFormLayout;
    countRow->addRow(countLabel, m_count);
    layout->addLayout(countRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Count a moment after the last change, not on every key press.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(350);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentEditor::startCount);
    connect(m_builder, &RuleBuilder::ruleChanged, this, &SegmentEditor::ruleChanged);

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_name->setReadOnly(true); // the store renames nothing; a new name is a new segment
        QString error;
        if (const std::optional<Segments::Rule> rule = Segments::parseRule(m_existing->rule, &error))
            m_builder->setRule(*rule);
    }
    resize(720, 520);
    if (readsProfileSource()) {
        // Its fields are the source's columns and it is counted in the source's database: nothing
        // is offered until the source has answered.
        disconnect(m_builder, &RuleBuilder::ruleChanged, this, &SegmentEditor::ruleChanged);
        m_countTimer->stop();
        m_counting = false;
        ++m_generation;
        m_text->setPlainText(m_existing->rule);
        m_builder->setEnabled(false);
        m_sourceNote = new QLabel;
        m_sourceNote->setObjectName(QStringLiteral("sourceNote"));
        m_sourceNote->setWordWrap(true);
        m_sourceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_sourceNote->hide();
        layout->insertWidget(layout->indexOf(m_buttons), m_sourceNote); // above the buttons
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_source = Sources::ProfileSourceStore(workspace).find(m_existing->source);
        if (secrets && m_source) {
            m_count->setText(tr("connecting to the source…"));
            connectToSource(secrets);
        } else {
            m_count->setText(tr("counted in the source's database"));
            showSourceNote(tr("This segment reads the profile source “%1”. Segments over a profile source "
                              "are changed on the command line, which checks the rule against the source's "
                              "columns: “audiencebridge segments edit \"%2\" --rule RULE”; "
                              "“audiencebridge segments list” counts their members.")
                               .arg(m_existing->source, m_existing->name));
        }
        return;
    }
    ruleChanged();
}

void SegmentEditor::showSourceNote(const QString &text)
{
    m_sourceNote->setText(text);
    m_sourceNote->show();
}

void SegmentEditor::connectToSource(Snapchat::SecretStore *secrets)
{
    secrets->read(m_source->secretKey(), this, [this](const Snapchat::SecretStore::Outcome &outcome) {
        if (!outcome.okOrAbsent()) {
            m_count->setText(tr("cannot count"));
            showSourceNote(tr("The password of profile source “%1” could not be read: %2").arg(m_source->name, outcome.message));
            return;
        }
        m_sourcePassword = outcome.storedValue();
        auto *watcher = new QFutureWatcher<SourceAnswer>(this);
        connect(watcher, &QFutureWatcher<SourceAnswer>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const SourceAnswer answer = watcher->result();
            if (answer.columns.isEmpty()) {
                m_count->setText(tr("cannot count"));
                showSourceNote(answer.error);
                return;
            }
            m_sourceReady = true;
            m_builder->setFields(answer.columns);
            QString ignored;
            if (const std::optional<Segments::Rule> rule = Segments::parseRule(m_existing->rule, &ignored))
                m_builder->setRule(*rule);
            m_builder->setEnabled(true);
            connect(m_builder, &RuleBuilder::ruleChanged, this, &SegmentEditor::ruleChanged);
            showSourceNote(tr("The fields are the columns of the profile source “%1” (table %2); the members "
                              "are counted in its database.")
                               .arg(m_source->name, m_source->tableName));
            ruleChanged();
        });
        watcher->setFuture(QtConcurrent::run(askSource, *m_source, m_sourcePassword, QString()));
    });
}

QString SegmentEditor::ruleText() const
{
    return m_builder->isEmpty() ? QString() : Segments::toText(m_builder->rule());
}

void SegmentEditor::ruleChanged()
{
    const QString text = ruleText();
    m_text->setPlainText(text.isEmpty() ? tr("Add a condition to choose profiles.") : text);
    m_error->hide();
    ++m_generation; // a count still running is for an older rule
    m_countValue = -1;
    if (text.isEmpty()) {
        m_countTimer->stop();
        m_counting = false;
        m_count->setText(tr("–"));
    } else {
        m_counting = true;
        m_count->setText(tr("counting…"));
        m_countTimer->start();
    }
    updateSaveButton();
}

void SegmentEditor::startCount()
{
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<CountResult>(this);
    connect(watcher, &QFutureWatcher<CountResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const CountResult result = watcher->result();
        m_counting = false;
        m_countValue = result.count;
        if (result.count < 0) {
            m_count->setText(tr("cannot count"));
            m_error->setText(result.error);
            m_error->show();
        } else {
            m_count->setText(tr("%1 profiles").arg(QLocale().toString(result.count)));
        }
    });
    if (m_source && m_sourceReady) {
        watcher->setFuture(QtConcurrent::run([settings = *m_source, password = m_sourcePassword, rule = ruleText()] {
            const SourceAnswer answer = askSource(settings, password, rule);
            return CountResult{answer.count, answer.error};
        }));
        return;
    }
    watcher->setFuture(QtConcurrent::run(countMembers, m_workspace.path(), m_workspace.user(), ruleText()));
}

bool SegmentEditor::readsProfileSource() const
{
    return m_existing && !m_existing->source.isEmpty();
}

void SegmentEditor::updateSaveButton()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled((!readsProfileSource() || m_sourceReady) && !m_name->text().trimmed().isEmpty()
                     && !m_builder->isEmpty());
}

void SegmentEditor::accept()
{
    if (readsProfileSource()) {
        if (!m_sourceReady)
            return;
        // The rule is checked against the source's columns once more as it is stored.
        Sources::MemorySecretProvider secrets(m_source->secretKey(), m_sourcePassword);
        QString error;
        if (!Sources::SourceSegments(m_workspace, secrets).updateRule(m_existing->id, ruleText(), &error)) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_saved = Workspace::SegmentStore(m_workspace).get(m_existing->id).value_or(*m_existing);
        QDialog::accept();
        return;
    }
    QString error;
    Workspace::SegmentStore store(m_workspace);
    bool saved = false;
    if (m_existing) {
        saved = store.updateRule(m_existing->id, ruleText(), &error);
        if (saved)
            m_saved = store.get(m_existing->id).value_or(*m_existing);
    } else {
        saved = store.createRule(m_name->text().trimmed(), ruleText(), &m_saved, &error);
    }
    if (!saved) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
