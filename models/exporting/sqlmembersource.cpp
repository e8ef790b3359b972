#include "sqlmembersource.h"

#include "workspacemembersource.h"

#include <snapchat/secretstore.h>
#include <sources/profilesourcestore.h>
#include <sources/sourcesegments.h>

#include <QCoreApplication>

namespace Exporting {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exporting)
};

} // namespace

SqlMemberSource::SqlMemberSource(const Sources::SqlSourceSettings &settings, const std::optional<QString> &password,
                                 QList<Workspace::Segment> segments, std::array<QString, kSchemaCount> fields)
    : m_secrets(settings.secretKey(), password)
    , m_source(settings, m_secrets)
    , m_segments(std::move(segments))
    , m_selected(fields)
{
}

SqlMemberSource::~SqlMemberSource() = default;

bool SqlMemberSource::open()
{
    if (m_source.isOpen())
        return true;
    if (!m_rule) {
        m_rule = Sources::unionRule(m_segments, &m_error);
        if (!m_rule)
            return false;
    }
    return m_source.open(&m_error);
}

qint64 SqlMemberSource::count()
{
    return open() ? m_source.count(*m_rule, &m_error) : -1;
}

bool SqlMemberSource::start()
{
    m_started = true;
    if (!open())
        return false;
    return m_source.startMembers(*m_rule, m_selected.columns, &m_error);
}

bool SqlMemberSource::read(std::vector<ProfileIdentifiers> &rows, qsizetype maxRows)
{
    rows.clear();
    if (!m_started && !start())
        m_failed = true;
    if (m_failed)
        return false;
    while (static_cast<qsizetype>(rows.size()) < maxRows && m_source.next()) {
        ProfileIdentifiers &row = rows.emplace_back();
        for (size_t s = 0; s < m_selected.indexOf.size(); ++s) {
            if (m_selected.indexOf[s] >= 0)
                row.values[s] = m_source.value(m_selected.indexOf[s]).toUtf8();
        }
    }
    // Fewer rows than asked for: the end, or the connection broke mid-stream.
    if (static_cast<qsizetype>(rows.size()) < maxRows) {
        m_error = m_source.streamError();
        m_failed = !m_error.isEmpty();
    }
    return !m_failed;
}

bool planMemberSource(Workspace::Workspace &workspace, const QList<Workspace::Segment> &segments,
                      MemberSourcePlan *plan, QString *error)
{
    const std::optional<QString> source = Sources::commonSource(segments, error);
    if (!source)
        return false;
    plan->source.reset();
    if (source->isEmpty())
        return true;
    plan->source = Sources::ProfileSourceStore(workspace).find(*source);
    if (!plan->source) {
        *error = Text::tr("The segments read profile source '%1', which no longer exists.").arg(*source);
        return false;
    }
    return true;
}

void readMemberSourcePassword(Snapchat::SecretStore *store, const MemberSourcePlan &plan, QObject *context,
                              const std::function<void(const MemberSourcePlan &)> &then,
                              const std::function<void(const QString &)> &fail)
{
    if (!plan.source) {
        then(plan);
        return;
    }
    if (!store) {
        fail(Text::tr("No secret store to read the password of profile source '%1' from.").arg(plan.source->name));
        return;
    }
    store->read(plan.source->secretKey(), context, [plan, then, fail](const Snapchat::SecretStore::Outcome &outcome) {
        if (!outcome.okOrAbsent()) {
            fail(Text::tr("The password of profile source '%1' could not be read: %2")
                     .arg(plan.source->name, outcome.message));
            return;
        }
        MemberSourcePlan completed = plan;
        completed.password = outcome.storedValue();
        then(completed);
    });
}

std::unique_ptr<MemberSource> createMemberSource(const MemberSourcePlan &plan, QSqlDatabase db,
                                                 const QList<Workspace::Segment> &segments,
                                                 const std::array<QString, kSchemaCount> &fields)
{
    if (plan.source)
        return std::make_unique<SqlMemberSource>(*plan.source, plan.password, segments, fields);
    return std::make_unique<WorkspaceMemberSource>(db, segments, fields);
}

} // namespace Exporting
