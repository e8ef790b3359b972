#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QSqlDatabase>
#include <QStringList>

namespace ItemModels {

// The imported profiles as a read-only table, one column per field, in ID order. Built for
// millions of rows: it counts once, then reads only the pages the view shows (256 rows each,
// kept in a small cache), so scrolling anywhere costs one indexed query and memory stays flat.
// An optional ID prefix filter narrows the rows through the ID index.
class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTableModel)

public:
    static constexpr int kPageSize = 256;

    explicit ProfileTableModel(QObject *parent = nullptr);

    // An invalid database empties the model.
    void setDatabase(const QSqlDatabase &db);
    // Shows only profiles whose ID starts with prefix (case-sensitive); empty shows all.
    void setIdPrefix(const QString &prefix);
    const QString &idPrefix() const { return m_prefix; }
    // Reads the columns and the count again (after an import).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How many pages were read from the database since the last reload (for tests).
    int pagesRead() const { return m_pagesRead; }

private:
    const QList<QStringList> *page(int pageIndex) const;
    QString whereClause() const;

    QSqlDatabase m_db;
    QString m_prefix;
    QStringList m_headers;
    QString m_selectList;
    qint64 m_rows = 0;
    mutable QCache<int, QList<QStringList>> m_pages{64};
    mutable int m_pagesRead = 0;
};

} // namespace ItemModels
