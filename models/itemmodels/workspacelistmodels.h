#pragma once

#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/runstore.h>
#include <workspace/segmentstore.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Workspace {
class Workspace;
}

namespace ItemModels {

// Shared shape of the workspace's list models: rows of one record type, loaded by refresh()
// through the stores (so the role rules apply), errorString() when the user may not look.
class WorkspaceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const QString &errorString() const { return m_error; }

    static constexpr int IdRole = Qt::UserRole + 1; // the record's id (qint64 or QString)

public Q_SLOTS:
    virtual void refresh() = 0;

protected:
    WorkspaceListModel(Workspace::Workspace &workspace, QStringList headers, QObject *parent);
    virtual int recordCount() const = 0;

    Workspace::Workspace &m_workspace;
    QStringList m_headers;
    QString m_error;
};

// Segments with their member counts (counted on refresh). Segments over a profile source are
// not counted here: that needs the source's password and a query in its database (the command
// line's `segments list` counts them).
class SegmentListModel : public WorkspaceListModel
{
    Q_OBJECT
public:
    enum Column { Name, Source, Members, Definition };
    explicit SegmentListModel(Workspace::Workspace &workspace, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void refresh() override;
    const Workspace::Segment &segment(int row) const { return m_segments.at(row); }
    // The count of a segment over a profile source, counted by the caller in its database (-1
    // with the reason on failure); until then the row says where it is counted.
    void setSourceCount(int row, qint64 count, const QString &error = {});

private:
    int recordCount() const override { return static_cast<int>(m_segments.size()); }
    QList<Workspace::Segment> m_segments;
    QList<qint64> m_counts;
    QHash<int, QString> m_countErrors;
};

// Connections as the user may see them: all details for administrators, name and type of the
// usable ones for contributors, nothing (and errorString()) for viewers.
class ConnectionListModel : public WorkspaceListModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, WhoCanUse, CreatedBy };
    explicit ConnectionListModel(Workspace::Workspace &workspace, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void refresh() override;
    const Workspace::Connection &connection(int row) const { return m_connections.at(row); }

private:
    int recordCount() const override { return static_cast<int>(m_connections.size()); }
    QList<Workspace::Connection> m_connections;
};

class ExportListModel : public WorkspaceListModel
{
    Q_OBJECT
public:
    enum Column { Name, Connection, Mode, Segments, Schedule };
    explicit ExportListModel(Workspace::Workspace &workspace, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void refresh() override;
    const Workspace::Export &exportAt(int row) const { return m_exports.at(row); }

private:
    int recordCount() const override { return static_cast<int>(m_exports.size()); }
    QList<Workspace::Export> m_exports;
    QHash<QString, QString> m_connectionNames;
    QHash<qint64, QString> m_segmentNames;
};

// The runs of one export, newest first.
class RunListModel : public WorkspaceListModel
{
    Q_OBJECT
public:
    enum Column { Started, Status, Ended, StartedBy, Counts, Error };
    explicit RunListModel(Workspace::Workspace &workspace, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setExport(qint64 exportId);
    void refresh() override;
    const Workspace::Run &run(int row) const { return m_runs.at(row); }

private:
    int recordCount() const override { return static_cast<int>(m_runs.size()); }
    qint64 m_exportId = 0;
    QList<Workspace::Run> m_runs;
};

} // namespace ItemModels
