#include "segmentspage.h"

#include "exportdraft.h"

#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

SegmentsPage::SegmentsPage(ExportDraft &draft, Workspace::Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_workspace(workspace)
    , m_segments(new QListWidget)
    , m_union(new QLabel)
    , m_none(new QLabel)
{
    setTitle(tr("Segments"));
    setSubTitle(tr("Members of any checked segment are sent to the audience."));
    m_segments->setObjectName(QStringLiteral("segmentList"));
    m_segments->setAccessibleName(tr("Segments to export"));
    m_union->setObjectName(QStringLiteral("unionSize"));
    m_union->setWordWrap(true);
    m_none->setObjectName(QStringLiteral("noSegmentsMessage"));
    m_none->setWordWrap(true);
    m_none->setText(tr("This workspace has no segments yet. Create one in the Segments view first."));
    m_none->hide();
    connect(m_segments, &QListWidget::itemChanged, this, &SegmentsPage::updateUnion);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_segments, 1);
    layout->addWidget(m_union);
}

void SegmentsPage::initializePage()
{
    const QSignalBlocker blocker(m_segments);
    m_segments->clear();
    QString error;
    Workspace::SegmentStore store(m_workspace);
    const QList<Workspace::Segment> segments = store.list(&error);
    for (const Workspace::Segment &segment : segments) {
        if (!segment.source.isEmpty()) {
            // Its fields are the source's columns, which the matching page does not offer: such
            // exports are configured on the command line, which checks them against the source.
            auto *item = new QListWidgetItem(tr("%1 — profile source “%2”: export it with “audiencebridge exports create”")
                                                 .arg(segment.name, segment.source),
                                             m_segments);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(segment.rule);
            continue;
        }
        QString countError;
        const qint64 members = store.memberCount(segment, &countError);
        const QString count = members < 0 || !countError.isEmpty() ? tr("members unknown")
                                                                  : tr("%L1 members").arg(members);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(segment.name, count), m_segments);
        item->setData(Qt::UserRole, segment.id);
        item->setData(Qt::UserRole + 1, segment.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_draft.segmentIds.contains(segment.id) ? Qt::Checked : Qt::Unchecked);
        if (!segment.rule.isEmpty())
            item->setToolTip(segment.rule);
    }
    m_none->setVisible(segments.isEmpty());
    if (!error.isEmpty()) {
        m_none->setText(error);
        m_none->show();
    }
    updateUnion();
}

QList<qint64> SegmentsPage::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_segments->count(); ++i) {
        if (m_segments->item(i)->checkState() == Qt::Checked)
            ids.append(m_segments->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

qint64 SegmentsPage::unionSize(QString *error) const
{
    QList<Workspace::Segment> segments;
    Workspace::SegmentStore store(m_workspace);
    for (const qint64 id : checkedIds()) {
        if (const std::optional<Workspace::Segment> segment = store.get(id))
            segments.append(*segment);
    }
    return store.unionCount(segments, error);
}

void SegmentsPage::updateUnion()
{
    const QList<qint64> ids = checkedIds();
    if (ids.isEmpty()) {
        m_union->setText(tr("Check at least one segment."));
        m_draft.unionSize = -1;
    } else {
        QString error;
        const qint64 size = unionSize(&error);
        m_draft.unionSize = size;
        m_union->setText(size < 0 ? tr("Could not count the members: %1").arg(error)
                                  : tr("Together: %L1 profiles (a profile in several segments counts once).")
                                        .arg(size));
    }
    Q_EMIT completeChanged();
}

bool SegmentsPage::isComplete() const
{
    return !checkedIds().isEmpty();
}

bool SegmentsPage::validatePage()
{
    m_draft.segmentIds = checkedIds();
    m_draft.segmentNames.clear();
    for (int i = 0; i < m_segments->count(); ++i) {
        if (m_segments->item(i)->checkState() == Qt::Checked)
            m_draft.segmentNames.append(m_segments->item(i)->data(Qt::UserRole + 1).toString());
    }
    return !m_draft.segmentIds.isEmpty();
}
