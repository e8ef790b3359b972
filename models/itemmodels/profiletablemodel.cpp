#include "profiletablemodel.h"

#include <workspace/profilestore.h>

#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

namespace ItemModels {

namespace {

// Every ID starting with prefix sorts before prefix + U+10FFFF.
QString upperBound(const QString &prefix)
{
    return QString(prefix + QChar(0xDBFF) + QChar(0xDFFF));
}

} // namespace

ProfileTableModel::ProfileTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProfileTableModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void ProfileTableModel::setIdPrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    reload();
}

QString ProfileTableModel::whereClause() const
{
    // A prefix range rather than LIKE so SQLite walks the ID index: [prefix, prefix + U+10FFFF).
    return m_prefix.isEmpty() ? QString() : QStringLiteral(" WHERE id >= :low AND id < :high");
}

void ProfileTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pagesRead = 0;
    m_headers.clear();
    m_selectList.clear();
    m_rows = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        const Workspace::ProfileStore store(m_db);
        QStringList names;
        const QList<Workspace::ProfileColumn> columns = store.columns();
        for (const Workspace::ProfileColumn &column : columns) {
            m_headers.append(column.name);
            names.append(Workspace::quoteIdentifier(column.sqlName));
        }
        m_selectList = names.join(QLatin1StringView(", "));
        if (!m_headers.isEmpty()) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT count(*) FROM profiles") + whereClause());
            if (!m_prefix.isEmpty()) {
                query.bindValue(QStringLiteral(":low"), m_prefix);
                query.bindValue(QStringLiteral(":high"), upperBound(m_prefix));
            }
            if (query.exec() && query.next())
                m_rows = query.value(0).toLongLong();
        }
    }
    endResetModel();
}

const QList<QStringList> *ProfileTableModel::page(int pageIndex) const
{
    if (const QList<QStringList> *cached = m_pages.object(pageIndex))
        return cached;

    // After the previous page's last ID when that page is at hand (an index seek); otherwise by
    // offset, which SQLite answers by walking the index: fine for a jump, rare while scrolling.
    QString afterId;
    bool keyset = false;
    if (const QList<QStringList> *previous = m_pages.object(pageIndex - 1);
        previous && !previous->isEmpty()) {
        afterId = previous->constLast().constFirst();
        keyset = true;
    }
    QString sql = QLatin1StringView("SELECT ") + m_selectList + QLatin1StringView(" FROM profiles");
    QStringList conditions;
    if (!m_prefix.isEmpty())
        conditions << QStringLiteral("id >= :low AND id < :high");
    if (keyset)
        conditions << QStringLiteral("id > :after");
    if (!conditions.isEmpty())
        sql += QLatin1StringView(" WHERE ") + conditions.join(QLatin1StringView(" AND "));
    sql += QStringLiteral(" ORDER BY id LIMIT %1").arg(kPageSize);
    if (!keyset)
        sql += QStringLiteral(" OFFSET %1").arg(qint64(pageIndex) * kPageSize);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!m_prefix.isEmpty()) {
        query.bindValue(QStringLiteral(":low"), m_prefix);
        query.bindValue(QStringLiteral(":high"), upperBound(m_prefix));
    }
    if (keyset)
        query.bindValue(QStringLiteral(":after"), afterId);
    auto *rows = new QList<QStringList>;
    if (query.exec()) {
        const int width = query.record().count();
        rows->reserve(kPageSize);
        while (query.next()) {
            QStringList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row.append(query.value(i).toString());
            rows->append(std::move(row));
        }
    }
    ++m_pagesRead;
    m_pages.insert(pageIndex, rows);
    return m_pages.object(pageIndex);
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(qMin<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QList<QStringList> *rows = page(index.row() / kPageSize);
    const int offset = index.row() % kPageSize;
    if (!rows || offset >= rows->size())
        return {};
    const QStringList &row = rows->at(offset);
    return index.column() < row.size() ? QVariant(row.at(index.column())) : QVariant();
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
    return section + 1;
}

} // namespace ItemModels
