#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Workspace {
class Workspace;
}

namespace ItemModels {

// The workspace's profiles, one column per field, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore with keyset paging by ID): the table is never read whole.
class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTableModel)
public:
    explicit ProfileTableModel(Workspace::Workspace &workspace, int pageSize = 500,
                               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    qint64 totalCount() const { return m_total; } // all profiles, loaded or not
    const QString &errorString() const { return m_error; }

public Q_SLOTS:
    void reload(); // after an import

private:
    Workspace::Workspace &m_workspace;
    int m_pageSize;
    QStringList m_columns;
    QList<QStringList> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace ItemModels
