#include "segmentsview.h"

#include "common/countdelegate.h"
#include "permissions.h"
#include "segments/segmenteditor.h"

#include <itemmodels/workspacelistmodels.h>
#include <segments/ruleparser.h>
#include <snapchat/secretstore.h>
#include <sources/profilesourcestore.h>
#include <sources/sqlprofilesource.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct SourceCount {
    int row = -1;
    qint64 count = -1;
    QString error;
};

// On a worker thread, on a connection of its own: each (row, rule) counted in the source.
QList<SourceCount> countInSource(const Sources::SqlSourceSettings &settings, const std::optional<QString> &password,
                                 const QList<std::pair<int, QString>> &rules)
{
    Sources::MemorySecretProvider secrets(settings.secretKey(), password);
    Sources::SqlProfileSource source(settings, secrets);
    QString openError;
    const bool open = source.open(&openError);
    QList<SourceCount> counts;
    for (const auto &[row, text] : rules) {
        SourceCount count{row, -1, openError};
        if (open) {
            count.error.clear();
            if (const std::optional<Segments::Rule> rule = Segments::parseRule(text, &count.error))
                count.count = source.count(*rule, &count.error);
        }
        counts.append(count);
    }
    return counts;
}

} // namespace

SegmentsView::SegmentsView(QWidget *parent)
    : WorkspaceView(parent)
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Segment…"), this);
    m_newAction->setObjectName(QStringLiteral("newSegmentAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_newAction->setToolTip(tr("Choose profiles with a rule"));
    connect(m_newAction, &QAction::triggered, this, &SegmentsView::newSegment);
    m_listAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                               tr("New &List from CSV…"), this);
    m_listAction->setObjectName(QStringLiteral("newListSegmentAction"));
    m_listAction->setToolTip(tr("Make a segment of the profile IDs in a CSV file"));
    connect(m_listAction, &QAction::triggered, this, &SegmentsView::newListSegment);
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editSegmentAction"));
    m_editAction->setToolTip(tr("Change the selected segment's rule"));
    connect(m_editAction, &QAction::triggered, this, &SegmentsView::editSelected);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteSegmentAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected segment"));
    connect(m_deleteAction, &QAction::triggered, this, &SegmentsView::deleteSelected);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setAccessibleName(tr("Segments"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(ItemModels::SegmentListModel::Members, new CountDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->addAction(m_deleteAction);
    connect(m_table, &QTableView::activated, this, &SegmentsView::editSelected);

    m_message = new QLabel;
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    setWorkspace(nullptr);
}

void SegmentsView::setWorkspace(Workspace::Workspace *workspace)
{
    m_workspace = workspace;
    auto *old = m_model;
    m_model = workspace ? new ItemModels::SegmentListModel(*workspace, this) : nullptr;
    m_table->setModel(m_model);
    delete old;
    if (m_model) {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &SegmentsView::updateActions);
        m_table->horizontalHeader()->setSectionResizeMode(ItemModels::SegmentListModel::Name,
                                                          QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(ItemModels::SegmentListModel::Members,
                                                          QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(ItemModels::SegmentListModel::Source,
                                                          QHeaderView::ResizeToContents);
    }
    refresh();
}

QList<QAction *> SegmentsView::viewActions() const
{
    return {m_newAction, m_listAction, m_editAction, m_deleteAction};
}

void SegmentsView::refresh()
{
    m_message->hide();
    if (!m_workspace) {
        m_message->setText(tr("Open or create a workspace to see its segments."));
        m_message->show();
    } else {
        m_model->refresh();
        ++m_refreshes;
        countSourceSegments();
        if (!m_model->errorString().isEmpty()) {
            m_message->setText(m_model->errorString());
            m_message->show();
        } else if (m_model->rowCount() == 0) {
            m_message->setText(tr("No segments yet. A segment chooses the profiles an export "
                                  "sends: by a rule, or from a list of IDs."));
            m_message->show();
        } else if (!m_table->currentIndex().isValid()) {
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
    }
    updateActions();
}

void SegmentsView::countSourceSegments()
{
    if (!m_secrets || !m_workspace)
        return;
    std::map<QString, QList<std::pair<int, QString>>> bySource;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Workspace::Segment &segment = m_model->segment(row);
        if (!segment.source.isEmpty())
            bySource[segment.source].append({row, segment.rule});
    }
    const int refresh = m_refreshes;
    for (const auto &[name, rules] : bySource) {
        const std::optional<Sources::SqlSourceSettings> settings = Sources::ProfileSourceStore(*m_workspace).find(name);
        if (!settings)
            continue;
        m_secrets->read(settings->secretKey(), this,
                        [this, refresh, settings = *settings, rules = rules](const Snapchat::SecretStore::Outcome &outcome) {
            if (refresh != m_refreshes)
                return;
            if (!outcome.okOrAbsent()) {
                for (const auto &[row, rule] : rules)
                    m_model->setSourceCount(row, -1, outcome.message);
                return;
            }
            const std::optional<QString> password = outcome.storedValue();
            auto *watcher = new QFutureWatcher<QList<SourceCount>>(this);
            connect(watcher, &QFutureWatcher<QList<SourceCount>>::finished, this, [this, watcher, refresh] {
                watcher->deleteLater();
                if (refresh != m_refreshes)
                    return;
                const QList<SourceCount> counts = watcher->result();
                for (const SourceCount &count : counts)
                    m_model->setSourceCount(count.row, count.count, count.error);
            });
            watcher->setFuture(QtConcurrent::run(countInSource, settings, password, rules));
        });
    }
}

int SegmentsView::currentRow() const
{
    return m_model && m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void SegmentsView::updateActions()
{
    for (QAction *action : {m_newAction, m_listAction, m_editAction, m_deleteAction})
        Ui::applyPermission(action, m_workspace, Workspace::Action::ManageSegments);
    const int row = currentRow();
    if (row < 0) {
        m_editAction->setEnabled(false);
        m_deleteAction->setEnabled(false);
    } else if (m_model->segment(row).kind != Workspace::Segment::Kind::Rule) {
        m_editAction->setEnabled(false); // a list changes by importing a new list
    }
}

void SegmentsView::newSegment()
{
    if (!m_workspace || !m_newAction->isEnabled())
        return;
    SegmentEditor editor(*m_workspace, std::nullopt, this);
    if (editor.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(tr("Segment “%1” saved.").arg(editor.savedSegment().name));
        Q_EMIT workspaceChanged();
    }
}

void SegmentsView::editSelected()
{
    const int row = currentRow();
    if (!m_workspace || row < 0 || !m_editAction->isEnabled())
        return;
    SegmentEditor editor(*m_workspace, m_model->segment(row), this, m_secrets);
    if (editor.exec() == QDialog::Accepted)
        Q_EMIT workspaceChanged();
}

void SegmentsView::newListSegment()
{
    if (!m_workspace || !m_listAction->isEnabled())
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Profile IDs"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New List Segment"), tr("Segment &name:"),
                                               QLineEdit::Normal, QFileInfo(file).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString message;
    if (!createListSegment(file, name.trimmed(), &message)) {
        QMessageBox::warning(this, tr("Segment not created"), message);
        return;
    }
    QMessageBox::information(this, tr("Segment created"), message);
}

bool SegmentsView::createListSegment(const QString &csvFile, const QString &name, QString *message)
{
    if (!m_workspace)
        return false;
    Workspace::Segment created;
    Workspace::ListImport report;
    if (!Workspace::SegmentStore(*m_workspace).createList(name, csvFile, &created, &report, message))
        return false;
    const QLocale locale;
    *message = tr("“%1” lists %2 profile IDs; %3 of them are not among the profiles yet (they "
                  "join the segment once imported).")
                   .arg(created.name, locale.toString(report.idsRead), locale.toString(report.unknownIds));
    Q_EMIT statusMessage(*message);
    Q_EMIT workspaceChanged();
    return true;
}

void SegmentsView::deleteSelected()
{
    const int row = currentRow();
    if (!m_workspace || row < 0 || !m_deleteAction->isEnabled())
        return;
    const Workspace::Segment segment = m_model->segment(row);
    const auto answer = QMessageBox::question(
        this, tr("Delete segment?"), tr("Delete the segment “%1”?").arg(segment.name),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!Workspace::SegmentStore(*m_workspace).remove(segment.id, &error)) {
        QMessageBox::warning(this, tr("Segment not deleted"), error);
        return;
    }
    Q_EMIT workspaceChanged();
}
