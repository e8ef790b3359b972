#include "workspacelistmodels.h"

#include <workspace/workspace.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace ItemModels {

namespace {

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

WorkspaceListModel::WorkspaceListModel(Workspace::Workspace &workspace, QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_headers(std::move(headers))
{
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int WorkspaceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant WorkspaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

namespace {
constexpr qint64 kCountedInSource = -2; // a segment over a profile source: not counted here
} // namespace

SegmentListModel::SegmentListModel(Workspace::Workspace &workspace, QObject *parent)
    : WorkspaceListModel(workspace, {tr("Name"), tr("Profiles"), tr("Members"), tr("Definition")}, parent)
{
    refresh();
}

void SegmentListModel::refresh()
{
    beginResetModel();
    m_error.clear();
    Workspace::SegmentStore store(m_workspace);
    m_segments = store.list(&m_error);
    m_counts.clear();
    m_countErrors.clear();
    for (const Workspace::Segment &segment : std::as_const(m_segments)) {
        QString ignored;
        m_counts.append(segment.source.isEmpty() ? store.memberCount(segment, &ignored) : kCountedInSource);
    }
    endResetModel();
}

void SegmentListModel::setSourceCount(int row, qint64 count, const QString &error)
{
    if (row < 0 || row >= m_counts.size() || m_segments.at(row).source.isEmpty())
        return;
    m_counts[row] = count;
    if (count < 0)
        m_countErrors.insert(row, error);
    const QModelIndex cell = index(row, Members);
    Q_EMIT dataChanged(cell, cell);
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Workspace::Segment &s = m_segments.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Members && m_counts.at(index.row()) == kCountedInSource)
        return tr("Counted in the database of profile source “%1”: run “audiencebridge segments list”.").arg(s.source);
    if (role == Qt::ToolTipRole && index.column() == Members && m_countErrors.contains(index.row()))
        return m_countErrors.value(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Source:
        return s.source.isEmpty() ? tr("Workspace") : tr("Source “%1”").arg(s.source);
    case Members:
        if (m_counts.at(index.row()) == kCountedInSource)
            return tr("–");
        return m_counts.at(index.row()) >= 0 ? QVariant(m_counts.at(index.row())) : QVariant(tr("error"));
    case Definition:
        return s.kind == Workspace::Segment::Kind::Rule ? s.rule : tr("List of profile IDs");
    }
    return {};
}

ConnectionListModel::ConnectionListModel(Workspace::Workspace &workspace, QObject *parent)
    : WorkspaceListModel(workspace, {tr("Name"), tr("Type"), tr("Who can use it"), tr("Created by")}, parent)
{
    refresh();
}

void ConnectionListModel::refresh()
{
    beginResetModel();
    m_error.clear();
    m_connections = Workspace::ConnectionStore(m_workspace).list(&m_error);
    endResetModel();
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Workspace::Connection &c = m_connections.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.name;
    case Type:
        return c.type == QLatin1StringView("snapchat") ? tr("Snapchat") : c.type;
    case WhoCanUse:
        if (c.detailsHidden)
            return QString();
        return c.allowContributors ? tr("Administrators and contributors") : tr("Administrators");
    case CreatedBy:
        return c.createdBy;
    }
    return {};
}

ExportListModel::ExportListModel(Workspace::Workspace &workspace, QObject *parent)
    : WorkspaceListModel(workspace, {tr("Name"), tr("Connection"), tr("Mode"), tr("Segments"), tr("Schedule")}, parent)
{
    refresh();
}

void ExportListModel::refresh()
{
    beginResetModel();
    m_error.clear();
    m_exports = Workspace::ExportStore(m_workspace).list(&m_error);
    // Names only: what every role may see (a viewer may not list connections).
    m_connectionNames.clear();
    m_segmentNames.clear();
    for (const Workspace::Export &e : std::as_const(m_exports)) {
        if (!m_connectionNames.contains(e.connectionId)) {
            const std::optional<Workspace::ConnectionAccess> access =
                Workspace::ConnectionStore(m_workspace).access(e.connectionId);
            m_connectionNames.insert(e.connectionId, access ? access->name : e.connectionId);
        }
        for (qint64 id : e.segmentIds) {
            if (!m_segmentNames.contains(id)) {
                const std::optional<Workspace::Segment> segment = Workspace::SegmentStore(m_workspace).get(id);
                m_segmentNames.insert(id, segment ? segment->name : QString::number(id));
            }
        }
    }
    endResetModel();
}

QVariant ExportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Workspace::Export &e = m_exports.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.name;
    case Connection:
        return m_connectionNames.value(e.connectionId);
    case Mode:
        return e.mode == Workspace::ExportMode::Mirror ? tr("Mirror") : tr("Add only");
    case Segments: {
        QStringList names;
        for (qint64 id : e.segmentIds)
            names.append(m_segmentNames.value(id));
        return names.join(QLatin1StringView(", "));
    }
    case Schedule:
        return e.schedule.isEmpty() ? tr("On demand") : e.schedule;
    }
    return {};
}

RunListModel::RunListModel(Workspace::Workspace &workspace, QObject *parent)
    : WorkspaceListModel(workspace, {tr("Started"), tr("Status"), tr("Ended"), tr("Started by"), tr("Counts"), tr("Error")}, parent)
{
}

void RunListModel::setExport(qint64 exportId)
{
    m_exportId = exportId;
    refresh();
}

void RunListModel::refresh()
{
    beginResetModel();
    m_error.clear();
    m_runs.clear();
    if (m_exportId > 0 && m_workspace.authorize(Workspace::Action::ViewRuns, QString::number(m_exportId), &m_error))
        m_runs = Workspace::RunStore(m_workspace.database()).runs(m_exportId);
    endResetModel();
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Workspace::Run &r = m_runs.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return shownTime(r.startedAt);
    case Status:
        return Workspace::runStatusText(r.status);
    case Ended:
        return shownTime(r.endedAt);
    case StartedBy:
        return r.startedBy;
    case Counts:
        return QString::fromUtf8(QJsonDocument(r.counts).toJson(QJsonDocument::Compact));
    case Error:
        return r.error;
    }
    return {};
}

} // namespace ItemModels
