#pragma once

#include <sources/secretprovider.h>
#include <workspace/segmentstore.h>

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace Workspace {
class Workspace;
}

namespace Sources {
class SourceSegments;
}

namespace Cli {

class CliSecrets;

// Profile source passwords for the command line, read when a source opens: from
// $AUDIENCEBRIDGE_SOURCE_PASSWORD when set, else the OS keychain (waiting for it). A source
// without a stored password connects without one (e.g. PostgreSQL's trust or peer rules).
class SourcePasswords final : public Sources::SecretProvider
{
public:
    explicit SourcePasswords(CliSecrets &secrets);
    std::optional<QString> secret(const QString &key) override;
    // Why the keychain could not be read, if it could not; empty otherwise.
    QString problem() const { return m_problem; }

private:
    CliSecrets &m_secrets;
    QHash<QString, std::optional<QString>> m_read;
    QString m_problem;
};

// Counts segments for `segments list` and `segments create`: the workspace's own in SQLite,
// those over a profile source inside its database (each source opened once).
class SegmentCounter
{
public:
    explicit SegmentCounter(Workspace::Workspace &workspace);
    ~SegmentCounter();
    Q_DISABLE_COPY_MOVE(SegmentCounter)

    qint64 memberCount(const Workspace::Segment &segment, QString *error);

private:
    Workspace::Workspace &m_workspace;
    std::unique_ptr<CliSecrets> m_secrets;
    std::unique_ptr<SourcePasswords> m_passwords;
    std::unique_ptr<Sources::SourceSegments> m_sources;
};

// `segments create NAME --rule RULE --source SOURCE`: checks the rule against the source's
// columns, stores the segment, prints it and its member count. Returns the exit code.
int createSourceSegment(Workspace::Workspace &workspace, const QString &name, const QString &rule,
                        const QString &source);

// `segments edit NAME --rule RULE` for a segment over a profile source: the new rule is checked
// against the source's columns. False with *error.
bool updateSourceSegment(Workspace::Workspace &workspace, qint64 id, const QString &rule, QString *error);

// For `exports create`: the profile fields the export matches on are checked against the
// columns of the profile source its segments read, and all its segments must read the same one.
// nullopt when the segments read the workspace's own profiles (the caller checks its fields),
// else the exit code (Success when the fields are the source's).
std::optional<int> checkSourceExport(Workspace::Workspace &workspace, const QList<Workspace::Segment> &segments,
                                     const QList<std::pair<QString, QString>> &optionFields);

} // namespace Cli
