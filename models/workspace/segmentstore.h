#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3_stmt;

namespace Workspace {

class Workspace;

struct Segment {
    enum class Kind { Rule, List };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Rule;
    QString rule; // the rule's text form (Kind::Rule)
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The profile source a rule segment reads (Sources::ProfileSourceStore); empty: the
    // workspace's own profiles. List segments are always the workspace's.
    QString source;
};

struct ListImport {
    qint64 idsRead = 0;
    qint64 unknownIds = 0; // listed but not among the profiles (kept; they match once imported)
};

// Rule segments (conditions over profile fields, see Segments::parseRule) and list segments
// (profile IDs from a CSV file). Administrators and contributors manage segments; everyone in
// the workspace may look.
class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    explicit SegmentStore(Workspace &workspace);

    QList<Segment> list(QString *error) const;
    std::optional<Segment> find(const QString &name) const; // no permission check
    std::optional<Segment> get(qint64 id) const;            // no permission check

    // The rule is parsed and checked against the profiles' fields before it is stored.
    bool createRule(const QString &name, const QString &ruleText, Segment *created, QString *error);
    bool updateRule(qint64 id, const QString &ruleText, QString *error);
    // A rule segment over a profile source. The caller has checked the rule against the
    // source's columns (Sources::SourceSegments does both); this stores it.
    bool createSourceRule(const QString &name, const QString &canonicalRule, const QString &source,
                          Segment *created, QString *error);
    bool updateSourceRule(qint64 id, const QString &canonicalRule, QString *error);
    // Reads profile IDs from the first column of a CSV file; a first line naming the ID column
    // (or "id") is a header and skipped.
    bool createList(const QString &name, const QString &csvFile, Segment *created,
                    ListImport *report, QString *error);
    bool remove(qint64 id, QString *error);

    qint64 memberCount(const Segment &segment, QString *error) const;
    // Profiles in any of the segments, each counted once (one COUNT over the combined
    // conditions: no rows leave SQLite). -1 with *error set on failure.
    qint64 unionCount(const QList<Segment> &segments, QString *error) const;

private:
    bool insertSegment(const QString &name, Segment::Kind kind, const QString &rule,
                       Segment *created, QString *error, const QString &source = {});

    Workspace &m_workspace;
};

// Streams the members of one or more segments (their union) in ID order with a forward-only
// query: the ID and the requested fields. Works on any connection, e.g. a worker thread's.
class MemberCursor
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(MemberCursor)
public:
    explicit MemberCursor(QSqlDatabase db);
    ~MemberCursor();

    bool start(const QList<Segment> &segments, const QStringList &fields, QString *error);
    // How many members the union of the segments has; -1 with *error on failure.
    qint64 count(const QList<Segment> &segments, QString *error) const;
    // The next member; false at the end, or on an error (error() then says which).
    bool next();
    QString id() const;
    QString value(int fieldIndex) const; // in the order of fields given to start()
    // The field's UTF-8 text as stored, valid until the next call of next(): the exporter's
    // hot loop reads millions of these and needs no QString.
    QByteArrayView utf8Value(int fieldIndex) const;
    QString error() const { return m_error; }

private:
    void finalize();

    QSqlDatabase m_db;
    // Read through the sqlite3 API: QtSql would turn every field into a QVariant holding a
    // UTF-16 QString, which costs more than SQLite's own work for a million rows.
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// The SQL condition selecting a segment's members in the workspace's profiles table, with its
// bindings (used by MemberCursor and the counts).
bool segmentCondition(const QSqlDatabase &db, const Segment &segment, QString *where,
                      QVariantList *bindings, QString *error);

} // namespace Workspace
