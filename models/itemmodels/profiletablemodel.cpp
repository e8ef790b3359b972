#include "profiletablemodel.h"

#include <workspace/profilestore.h>
#include <workspace/workspace.h>

namespace ItemModels {

ProfileTableModel::ProfileTableModel(Workspace::Workspace &workspace, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_pageSize(pageSize)
{
    reload();
}

void ProfileTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_error.clear();
    m_total = 0;
    m_atEnd = true;
    if (m_workspace.authorize(Workspace::Action::ViewProfiles, QStringLiteral("profiles"), &m_error)) {
        const Workspace::ProfileStore store(m_workspace.database());
        const QList<Workspace::ProfileColumn> columns = store.columns();
        for (const Workspace::ProfileColumn &column : columns)
            m_columns.append(column.name);
        m_total = store.count();
        m_atEnd = m_total == 0;
    }
    endResetModel();
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return section + 1;
}

bool ProfileTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ProfileTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QString after = m_rows.isEmpty() ? QString() : m_rows.constLast().constFirst();
    const QList<QStringList> page = Workspace::ProfileStore(m_workspace.database()).page(after, m_pageSize);
    if (page.size() < m_pageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace ItemModels
