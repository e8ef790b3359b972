#include "runhistoryview.h"

#include "run/exportlaunch.h"
#include "run/runchart.h"

#include <exporting/runcounts.h>
#include <identity/identifiertype.h>
#include <identity/rejectreason.h>
#include <workspace/exportstore.h>
#include <workspace/runstore.h>
#include <workspace/workspace.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum RunColumn { ExportColumn, StatusColumn, StartedColumn, EndedColumn, UserColumn, ProfilesColumn, UploadedColumn };
constexpr int kRunIdRole = Qt::UserRole;
constexpr int kExportIdRole = Qt::UserRole + 1;
const char kSchemaNames[Exporting::kSchemaCount][24] = {"EMAIL_SHA256", "PHONE_SHA256",
                                                        "MOBILE_AD_ID_SHA256"};

QString schemaText(int schema)
{
    switch (schema) {
    case 0:
        return RunHistoryView::tr("Email addresses");
    case 1:
        return RunHistoryView::tr("Phone numbers");
    default:
        return RunHistoryView::tr("Mobile ad IDs");
    }
}

// Short labels for the counts tree; the full sentence is the row's tooltip.
QString reasonText(Identity::RejectReason reason)
{
    using Identity::RejectReason;
    switch (reason) {
    case RejectReason::None:
        return {};
    case RejectReason::Empty:
        return RunHistoryView::tr("field empty");
    case RejectReason::InvalidUtf8:
        return RunHistoryView::tr("rejected: not valid UTF-8");
    case RejectReason::InvalidEmail:
        return RunHistoryView::tr("rejected: not an email address");
    case RejectReason::TooLong:
        return RunHistoryView::tr("rejected: email address too long");
    case RejectReason::NoCountryCode:
        return RunHistoryView::tr("rejected: phone without country code");
    case RejectReason::InvalidPhone:
        return RunHistoryView::tr("rejected: not a phone number");
    case RejectReason::InvalidMobileAdId:
        return RunHistoryView::tr("rejected: not a mobile ad ID");
    }
    return {};
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The audience size after a run: Snapchat's figure when the run recorded one, else unknown.
qint64 audienceSizeOf(const QJsonObject &counts)
{
    const QJsonValue audience = counts.value(QStringLiteral("audience"));
    if (audience.isObject()) {
        const QJsonValue users = audience.toObject().value(QStringLiteral("approximate_users"));
        if (users.isDouble())
            return static_cast<qint64>(users.toDouble());
    }
    const QJsonValue size = counts.value(QStringLiteral("audience_size"));
    return size.isDouble() ? static_cast<qint64>(size.toDouble()) : -1;
}

} // namespace

RunHistoryView::RunHistoryView(QWidget *parent)
    : WorkspaceView(parent)
{
    auto *filterLabel = new QLabel(tr("E&xport:"));
    m_exportFilter = new QComboBox;
    m_exportFilter->setObjectName(QStringLiteral("runExportFilter"));
    m_exportFilter->setAccessibleName(tr("Show the runs of"));
    m_exportFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_exportFilter);
    connect(m_exportFilter, &QComboBox::activated, this, &RunHistoryView::refresh);

    m_runs = new QTreeWidget;
    m_runs->setObjectName(QStringLiteral("runList"));
    m_runs->setAccessibleName(tr("Runs"));
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels({tr("Export"), tr("Status"), tr("Started"), tr("Ended"), tr("By"),
                             tr("Profiles"), tr("Uploaded")});
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &RunHistoryView::showRun);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counts = new QTreeWidget;
    m_counts->setObjectName(QStringLiteral("runCounts"));
    m_counts->setAccessibleName(tr("Counts by reason"));
    m_counts->setHeaderLabels({tr("What"), tr("Count")});
    m_counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->header()->setStretchLastSection(false);

    m_batches = new QTreeWidget;
    m_batches->setObjectName(QStringLiteral("batchLog"));
    m_batches->setAccessibleName(tr("Batch log"));
    m_batches->setRootIsDecorated(false);
    m_batches->setHeaderLabels({tr("Batch"), tr("Schema"), tr("Action"), tr("Identifiers"),
                                tr("Snapchat request ID"), tr("Status"), tr("Error")});
    m_batches->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chart = new RunChart;

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("runDetailTabs"));
    tabs->addTab(m_counts, tr("&Counts"));
    tabs->addTab(m_batches, tr("&Batch log"));

    auto *details = new QSplitter(Qt::Horizontal);
    details->addWidget(tabs);
    details->addWidget(m_chart);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    details->setChildrenCollapsible(false);

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(details, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_runs);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_message = new QLabel;
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_exportFilter);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setTabOrder(m_exportFilter, m_runs);
    setTabOrder(m_runs, tabs);
    setWorkspace(nullptr);
}

void RunHistoryView::setWorkspace(Workspace::Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

QList<QAction *> RunHistoryView::viewActions() const
{
    return {};
}

void RunHistoryView::setExportFilter(qint64 exportId)
{
    const int index = m_exportFilter->findData(exportId);
    m_exportFilter->setCurrentIndex(qMax(0, index));
    refresh();
}

void RunHistoryView::selectRun(qint64 runId)
{
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        if (m_runs->topLevelItem(i)->data(ExportColumn, kRunIdRole).toLongLong() == runId)
            m_runs->setCurrentItem(m_runs->topLevelItem(i));
    }
}

void RunHistoryView::refresh()
{
    const qint64 selectedRun = m_runs->currentItem()
        ? m_runs->currentItem()->data(ExportColumn, kRunIdRole).toLongLong()
        : 0;
    const qint64 filter = m_exportFilter->currentData().toLongLong();
    m_runs->clear();
    m_exportFilter->clear();
    m_message->hide();
    if (!m_workspace) {
        m_message->setText(tr("Open or create a workspace to see its runs."));
        m_message->show();
        showRun();
        return;
    }
    QString error;
    const QList<Workspace::Export> exports = Workspace::ExportStore(*m_workspace).list(&error);
    m_exportFilter->addItem(tr("All exports"), qint64(0));
    for (const Workspace::Export &e : exports)
        m_exportFilter->addItem(e.name, e.id);
    m_exportFilter->setCurrentIndex(qMax(0, m_exportFilter->findData(filter)));

    QList<Workspace::Run> runs;
    QHash<qint64, QString> names;
    const Workspace::RunStore store(m_workspace->database());
    for (const Workspace::Export &e : exports) {
        names.insert(e.id, e.name);
        if (filter == 0 || filter == e.id)
            runs += store.runs(e.id);
    }
    std::sort(runs.begin(), runs.end(), [](const Workspace::Run &a, const Workspace::Run &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    const QLocale locale;
    for (const Workspace::Run &run : std::as_const(runs)) {
        const Exporting::RunCounts counts = Exporting::RunCounts::fromJson(run.counts);
        auto *item = new QTreeWidgetItem;
        item->setText(ExportColumn, names.value(run.exportId));
        item->setText(StatusColumn, Workspace::runStatusText(run.status));
        item->setText(StartedColumn, when(run.startedAt));
        item->setText(EndedColumn, when(run.endedAt));
        item->setText(UserColumn, run.startedBy);
        item->setText(ProfilesColumn, locale.toString(counts.profiles));
        item->setText(UploadedColumn, locale.toString(counts.uploaded()));
        item->setTextAlignment(ProfilesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(UploadedColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!run.error.isEmpty())
            item->setToolTip(StatusColumn, run.error);
        item->setData(ExportColumn, kRunIdRole, run.id);
        item->setData(ExportColumn, kExportIdRole, run.exportId);
        m_runs->addTopLevelItem(item);
    }
    if (runs.isEmpty()) {
        m_message->setText(exports.isEmpty() ? tr("No exports yet, so no runs.")
                                             : tr("No runs yet. Run an export from the Exports view."));
        m_message->show();
    }
    selectRun(selectedRun);
    if (!m_runs->currentItem() && m_runs->topLevelItemCount() > 0)
        m_runs->setCurrentItem(m_runs->topLevelItem(0));
    showRun();
}

void RunHistoryView::showRun()
{
    m_counts->clear();
    m_batches->clear();
    QTreeWidgetItem *item = m_runs->currentItem();
    if (!m_workspace || !item) {
        m_summary->clear();
        m_chart->setPoints({});
        return;
    }
    const qint64 runId = item->data(ExportColumn, kRunIdRole).toLongLong();
    const qint64 exportId = item->data(ExportColumn, kExportIdRole).toLongLong();
    const Workspace::RunStore store(m_workspace->database());
    const std::optional<Workspace::Run> run = store.run(runId);
    if (!run)
        return;
    const QLocale locale;
    QString summary = tr("<b>%1</b>, run %2: %3").arg(item->text(ExportColumn).toHtmlEscaped())
                          .arg(runId)
                          .arg(Workspace::runStatusText(run->status));
    if (run->startedAt.isValid() && run->endedAt.isValid())
        summary += tr(" in %1 s").arg(locale.toString(run->startedAt.secsTo(run->endedAt)));
    if (!run->error.isEmpty())
        summary += QStringLiteral("<br>") + run->error.toHtmlEscaped();
    m_summary->setText(summary);

    const Exporting::RunCounts counts = Exporting::RunCounts::fromJson(run->counts);
    const auto addRow = [&](QTreeWidgetItem *parent, const QString &what, qint64 value) {
        auto *row = new QTreeWidgetItem(parent, {what, locale.toString(value)});
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return row;
    };
    auto *total = new QTreeWidgetItem(m_counts, {tr("Profiles in the segments"), locale.toString(counts.profiles)});
    total->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    for (int s = 0; s < Exporting::kSchemaCount; ++s) {
        if (!counts.active[s])
            continue;
        const Exporting::SchemaCounts &c = counts.bySchema[s];
        auto *schema = new QTreeWidgetItem(m_counts, {schemaText(s), locale.toString(c.profiles)});
        schema->setToolTip(0, QLatin1StringView(kSchemaNames[s]));
        schema->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        addRow(schema, tr("uploaded"), c.uploaded);
        addRow(schema, tr("already in the audience"), c.alreadyInAudience);
        addRow(schema, tr("duplicates in this run"), c.duplicates);
        addRow(schema, tr("in failed batches"), c.failed);
        addRow(schema, tr("not sent (run stopped)"), c.notSent);
        for (int r = 0; r < Exporting::kReasonCount; ++r) {
            if (c.rejected[r] > 0) {
                const auto reason = static_cast<Identity::RejectReason>(r);
                addRow(schema, reasonText(reason), c.rejected[r])
                    ->setToolTip(0, Identity::reasonDescription(reason));
            }
        }
        if (c.removed > 0)
            addRow(schema, tr("removed (left the segments)"), c.removed);
        schema->setExpanded(true);
    }

    const QList<Workspace::RunBatch> batches = store.batches(runId);
    for (const Workspace::RunBatch &batch : batches) {
        auto *row = new QTreeWidgetItem(m_batches);
        row->setText(0, QString::number(batch.sequence));
        row->setText(1, batch.schema);
        row->setText(2, batch.action == Workspace::BatchAction::Add ? tr("add") : tr("remove"));
        row->setText(3, locale.toString(batch.identifierCount));
        row->setText(4, batch.requestId);
        row->setText(5, batch.status);
        row->setText(6, batch.error);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }

    // The chart: this export's runs, oldest first.
    QList<Workspace::Run> history = store.runs(exportId, 30);
    std::reverse(history.begin(), history.end());
    QList<RunChart::Point> points;
    for (const Workspace::Run &r : std::as_const(history)) {
        RunChart::Point point;
        point.label = locale.toString(r.startedAt.toLocalTime().date(), QLocale::ShortFormat);
        point.uploaded = Exporting::RunCounts::fromJson(r.counts).uploaded();
        point.audienceSize = audienceSizeOf(r.counts);
        point.highlighted = r.id == runId;
        points.append(point);
    }
    m_chart->setPoints(points);
}
