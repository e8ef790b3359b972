#include "sourcesupport.h"

#include "clicommand.h"
#include "clisupport.h"
#include "workspaceoption.h"

#include <sources/sourcesegments.h>
#include <workspace/workspace.h>

#include <QTextStream>

namespace Cli {

SourcePasswords::SourcePasswords(CliSecrets &secrets)
    : m_secrets(secrets)
{
}

std::optional<QString> SourcePasswords::secret(const QString &key)
{
    const auto known = m_read.constFind(key);
    if (known != m_read.cend())
        return *known;
    const Snapchat::SecretStore::Outcome outcome = m_secrets.read(key);
    if (!outcome.okOrAbsent())
        m_problem = outcome.message;
    const std::optional<QString> value = outcome.storedValue();
    m_read.insert(key, value);
    return value;
}

SegmentCounter::SegmentCounter(Workspace::Workspace &workspace)
    : m_workspace(workspace)
{
}

SegmentCounter::~SegmentCounter() = default;

qint64 SegmentCounter::memberCount(const Workspace::Segment &segment, QString *error)
{
    if (segment.source.isEmpty())
        return Workspace::SegmentStore(m_workspace).memberCount(segment, error);
    if (!m_sources) {
        m_secrets = std::make_unique<CliSecrets>();
        m_passwords = std::make_unique<SourcePasswords>(*m_secrets);
        m_sources = std::make_unique<Sources::SourceSegments>(m_workspace, *m_passwords);
    }
    const qint64 count = m_sources->memberCount(segment, error);
    if (count < 0 && !m_passwords->problem().isEmpty())
        *error += QLatin1Char('\n') + Text::tr("The keychain could not be read: %1").arg(m_passwords->problem());
    return count;
}

int createSourceSegment(Workspace::Workspace &workspace, const QString &name, const QString &rule,
                        const QString &source)
{
    CliSecrets secrets;
    SourcePasswords passwords(secrets);
    Sources::SourceSegments segments(workspace, passwords);
    Workspace::Segment segment;
    QString error;
    if (!segments.createRule(name, rule, source, &segment, &error)) {
        if (!passwords.problem().isEmpty())
            error += QLatin1Char('\n') + Text::tr("The keychain could not be read: %1").arg(passwords.problem());
        printError(error);
        return workspace.policy().allows(Workspace::Action::ManageSegments) ? DataError : Failure;
    }
    QTextStream out(stdout);
    out << Text::tr("Created segment '%1' over profile source '%2': %3").arg(name, source, segment.rule) << '\n';
    const qint64 members = segments.memberCount(segment, &error);
    if (members >= 0)
        out << Text::tr("Members: %1").arg(members) << '\n';
    else
        printError(error);
    return Success;
}

bool updateSourceSegment(Workspace::Workspace &workspace, qint64 id, const QString &rule, QString *error)
{
    CliSecrets secrets;
    SourcePasswords passwords(secrets);
    if (Sources::SourceSegments(workspace, passwords).updateRule(id, rule, error))
        return true;
    if (!passwords.problem().isEmpty())
        *error += QLatin1Char('\n') + Text::tr("The keychain could not be read: %1").arg(passwords.problem());
    return false;
}

std::optional<int> checkSourceExport(Workspace::Workspace &workspace, const QList<Workspace::Segment> &segments,
                                     const QList<std::pair<QString, QString>> &optionFields)
{
    QString error;
    const std::optional<QString> source = Sources::commonSource(segments, &error);
    if (!source) {
        printError(error);
        return DataError;
    }
    if (source->isEmpty())
        return std::nullopt;
    CliSecrets secrets;
    SourcePasswords passwords(secrets);
    Sources::SourceSegments sources(workspace, passwords);
    const QStringList columns = sources.fields(*source, &error);
    if (columns.isEmpty()) {
        printError(error);
        return Failure;
    }
    for (const auto &[option, field] : optionFields) {
        if (!field.isEmpty() && !columns.contains(field, Qt::CaseInsensitive)) {
            printError(Text::tr("%1: profile source '%2' has no column '%3' (it has: %4).")
                           .arg(option, *source, field, columns.join(QStringLiteral(", "))));
            return DataError;
        }
    }
    return Success;
}

} // namespace Cli
