#include "workspacemembersource.h"

namespace Exporting {

WorkspaceMemberSource::WorkspaceMemberSource(QSqlDatabase db, QList<Workspace::Segment> segments,
                                             std::array<QString, kSchemaCount> fields)
    : m_db(db)
    , m_segments(std::move(segments))
    , m_selected(fields)
    , m_cursor(db)
{
}

qint64 WorkspaceMemberSource::count()
{
    return m_cursor.count(m_segments, &m_error);
}

bool WorkspaceMemberSource::start()
{
    m_started = true;
    return m_cursor.start(m_segments, m_selected.columns, &m_error);
}

bool WorkspaceMemberSource::read(std::vector<ProfileIdentifiers> &rows, qsizetype maxRows)
{
    rows.clear();
    if (!m_started && !start())
        return false;
    while (static_cast<qsizetype>(rows.size()) < maxRows && m_cursor.next()) {
        ProfileIdentifiers &row = rows.emplace_back();
        for (size_t s = 0; s < m_selected.indexOf.size(); ++s) {
            if (m_selected.indexOf[s] >= 0)
                row.values[s] = m_cursor.utf8Value(m_selected.indexOf[s]).toByteArray();
        }
    }
    if (!m_cursor.error().isEmpty()) {
        m_error = m_cursor.error();
        return false;
    }
    return true;
}

} // namespace Exporting
