#pragma once

#include "membersource.h"

#include <workspace/segmentstore.h>

#include <QSqlDatabase>

namespace Exporting {

// The members of an export's segments in the workspace's own profiles table, streamed with a
// forward-only query on the worker's connection.
class WorkspaceMemberSource : public MemberSource
{
public:
    // fields: the profile field per schema (email, phone, mobile ad ID); empty when not matched.
    WorkspaceMemberSource(QSqlDatabase db, QList<Workspace::Segment> segments,
                          std::array<QString, kSchemaCount> fields);

    qint64 count() override;
    bool read(std::vector<ProfileIdentifiers> &rows, qsizetype maxRows) override;
    QString error() const override { return m_error; }

private:
    bool start();

    QSqlDatabase m_db;
    QList<Workspace::Segment> m_segments;
    SelectedFields m_selected;
    Workspace::MemberCursor m_cursor;
    bool m_started = false;
    QString m_error;
};

} // namespace Exporting
