#pragma once

#include "secretprovider.h"
#include "sqlprofilesource.h"

#include <workspace/segmentstore.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace Workspace {
class Workspace;
}

namespace Sources {

// The one profile source a set of segments reads (an export's): an empty string for the
// workspace's own profiles, nullopt with *error when they read different ones.
std::optional<QString> commonSource(const QList<Workspace::Segment> &segments, QString *error);

// The rule selecting the union of rule segments: their rules joined with "or", so that a profile
// in several of them is read once.
std::optional<Segments::Rule> unionRule(const QList<Workspace::Segment> &segments, QString *error);

// Rule segments over a profile source: their rules are checked against the source's columns
// when they are written, and counted inside the source's database. Opens each source it needs
// once, on the calling thread, and keeps it open for the object's lifetime.
class SourceSegments
{
    Q_DECLARE_TR_FUNCTIONS(SqlSource)
    Q_DISABLE_COPY_MOVE(SourceSegments)
public:
    SourceSegments(Workspace::Workspace &workspace, SecretProvider &secrets);
    ~SourceSegments();

    bool createRule(const QString &name, const QString &ruleText, const QString &source,
                    Workspace::Segment *created, QString *error);
    bool updateRule(qint64 id, const QString &ruleText, QString *error);

    // The source's column names (the fields its rules may name).
    QStringList fields(const QString &source, QString *error);
    // The members of one segment, or of the union of segments that read one source; -1 with
    // *error on failure.
    qint64 memberCount(const Workspace::Segment &segment, QString *error);
    qint64 unionCount(const QList<Workspace::Segment> &segments, QString *error);

private:
    SqlProfileSource *source(const QString &name, QString *error);
    std::optional<QString> checkedRule(const QString &source, const QString &ruleText, QString *error);

    Workspace::Workspace &m_workspace;
    SecretProvider &m_secrets;
    std::map<QString, std::unique_ptr<SqlProfileSource>> m_sources;
};

} // namespace Sources
