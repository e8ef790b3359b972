#include "sourcesegments.h"

#include "profilesourcestore.h"

#include <segments/ruleparser.h>
#include <workspace/workspace.h>

namespace Sources {

std::optional<QString> commonSource(const QList<Workspace::Segment> &segments, QString *error)
{
    if (segments.isEmpty())
        return QString();
    const Workspace::Segment &first = segments.constFirst();
    for (const Workspace::Segment &segment : segments) {
        if (segment.source != first.source) {
            const auto where = [](const Workspace::Segment &s) {
                return s.source.isEmpty() ? SourceSegments::tr("the workspace's profiles")
                                          : SourceSegments::tr("profile source '%1'").arg(s.source);
            };
            *error = SourceSegments::tr("The segments of one export must read the same profiles: "
                                        "segment '%1' reads %2, segment '%3' reads %4.")
                         .arg(first.name, where(first), segment.name, where(segment));
            return std::nullopt;
        }
    }
    return first.source;
}

std::optional<Segments::Rule> unionRule(const QList<Workspace::Segment> &segments, QString *error)
{
    std::vector<Segments::Rule> rules;
    for (const Workspace::Segment &segment : segments) {
        if (segment.kind != Workspace::Segment::Kind::Rule) {
            *error = SourceSegments::tr("Segment '%1' is a list of IDs, which only the workspace's profiles have.")
                         .arg(segment.name);
            return std::nullopt;
        }
        QString problem;
        std::optional<Segments::Rule> rule = Segments::parseRule(segment.rule, &problem);
        if (!rule) {
            *error = SourceSegments::tr("Segment '%1': the rule is not valid: %2").arg(segment.name, problem);
            return std::nullopt;
        }
        rules.push_back(std::move(*rule));
    }
    if (rules.empty()) {
        *error = SourceSegments::tr("No segment to read.");
        return std::nullopt;
    }
    if (rules.size() == 1)
        return std::move(rules.front());
    return Segments::Rule::any(std::move(rules));
}

SourceSegments::SourceSegments(Workspace::Workspace &workspace, SecretProvider &secrets)
    : m_workspace(workspace)
    , m_secrets(secrets)
{
}

SourceSegments::~SourceSegments() = default;

SqlProfileSource *SourceSegments::source(const QString &name, QString *error)
{
    const auto open = m_sources.find(name);
    if (open != m_sources.end())
        return open->second.get();
    const std::optional<SqlSourceSettings> settings = ProfileSourceStore(m_workspace).find(name);
    if (!settings) {
        *error = tr("No profile source named '%1'; 'audiencebridge sources list' shows them.").arg(name);
        return nullptr;
    }
    auto source = std::make_unique<SqlProfileSource>(*settings, m_secrets);
    if (!source->open(error))
        return nullptr;
    return m_sources.emplace(name, std::move(source)).first->second.get();
}

std::optional<QString> SourceSegments::checkedRule(const QString &sourceName, const QString &ruleText,
                                                   QString *error)
{
    QString problem;
    const std::optional<Segments::Rule> rule = Segments::parseRule(ruleText, &problem);
    if (!rule) {
        *error = tr("The rule is not valid: %1").arg(problem);
        return std::nullopt;
    }
    SqlProfileSource *source = this->source(sourceName, error);
    if (!source || !source->checkRule(*rule, error))
        return std::nullopt;
    return Segments::toText(*rule);
}

bool SourceSegments::createRule(const QString &name, const QString &ruleText, const QString &sourceName,
                                Workspace::Segment *created, QString *error)
{
    // The role first: a refusal must not depend on whether the source answers.
    if (!m_workspace.authorize(Workspace::Action::ManageSegments, name, error))
        return false;
    const std::optional<QString> canonical = checkedRule(sourceName, ruleText, error);
    return canonical
        && Workspace::SegmentStore(m_workspace).createSourceRule(name, *canonical, sourceName, created, error);
}

bool SourceSegments::updateRule(qint64 id, const QString &ruleText, QString *error)
{
    Workspace::SegmentStore store(m_workspace);
    const std::optional<Workspace::Segment> segment = store.get(id);
    if (!m_workspace.authorize(Workspace::Action::ManageSegments, segment ? segment->name : QString::number(id), error))
        return false;
    if (!segment || segment->source.isEmpty()) {
        *error = tr("No rule segment over a profile source with id %1.").arg(id);
        return false;
    }
    const std::optional<QString> canonical = checkedRule(segment->source, ruleText, error);
    return canonical && store.updateSourceRule(id, *canonical, error);
}

QStringList SourceSegments::fields(const QString &sourceName, QString *error)
{
    SqlProfileSource *source = this->source(sourceName, error);
    return source ? source->columns(error) : QStringList();
}

qint64 SourceSegments::memberCount(const Workspace::Segment &segment, QString *error)
{
    return unionCount({segment}, error);
}

qint64 SourceSegments::unionCount(const QList<Workspace::Segment> &segments, QString *error)
{
    const std::optional<QString> sourceName = commonSource(segments, error);
    if (!sourceName)
        return -1;
    if (sourceName->isEmpty()) {
        *error = tr("These segments read the workspace's own profiles, not a profile source.");
        return -1;
    }
    const std::optional<Segments::Rule> rule = unionRule(segments, error);
    if (!rule)
        return -1;
    SqlProfileSource *source = this->source(*sourceName, error);
    return source ? source->count(*rule, error) : -1;
}

} // namespace Sources
