#include "segmentstore.h"

#include "profilestore.h"
#include "sqlitefunctions.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <segments/rulecompiler.h>
#include <segments/ruleparser.h>
#include <sources/csvreader.h>
#include <sources/utf8.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace Workspace {

namespace {

constexpr QLatin1StringView kColumns(
    "SELECT id, name, kind, rule, created_by, created_at, updated_at, source FROM segments");

Segment fromQuery(const QSqlQuery &query)
{
    Segment s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.kind = query.value(2).toString() == QLatin1StringView("list") ? Segment::Kind::List
                                                                   : Segment::Kind::Rule;
    s.rule = query.value(3).toString();
    s.createdBy = query.value(4).toString();
    s.createdAt = timeFromText(query.value(5));
    s.updatedAt = timeFromText(query.value(6));
    s.source = query.value(7).toString();
    return s;
}

Segments::FieldColumns fieldColumns(const QSqlDatabase &db)
{
    // The ID is always there, even before the first import.
    Segments::FieldColumns fields{{QStringLiteral("id"), QStringLiteral("id")}};
    const QList<ProfileColumn> columns = ProfileStore(db).columns();
    for (const ProfileColumn &c : columns) {
        fields.insert(c.name.toLower(), c.sqlName);
    }
    return fields;
}

bool compileText(const QSqlDatabase &db, const QString &ruleText, Segments::CompiledRule *compiled,
                 QString *error)
{
    QString problem;
    const std::optional<Segments::Rule> rule = Segments::parseRule(ruleText, &problem);
    if (!rule) {
        *error = SegmentStore::tr("The rule is not valid: %1").arg(problem);
        return false;
    }
    std::optional<Segments::CompiledRule> result =
        Segments::compileRule(*rule, fieldColumns(db), Segments::Dialect::Sqlite, &problem);
    if (!result) {
        *error = SegmentStore::tr("The rule is not valid: %1").arg(problem);
        return false;
    }
    *compiled = std::move(*result);
    return true;
}

// The rule in the canonical text form segments keep (so every segment reads the same way), once
// it parses and compiles against the profile fields; nullopt with *error set otherwise.
std::optional<QString> canonicalRuleText(const QSqlDatabase &db, const QString &ruleText, QString *error)
{
    Segments::CompiledRule compiled;
    if (!compileText(db, ruleText, &compiled, error))
        return std::nullopt;
    QString ignored;
    return Segments::toText(*Segments::parseRule(ruleText, &ignored));
}

} // namespace

bool segmentCondition(const QSqlDatabase &db, const Segment &segment, QString *where,
                      QVariantList *bindings, QString *error)
{
    if (segment.kind == Segment::Kind::List) {
        *where = QStringLiteral("id IN (SELECT profile_id FROM segment_members WHERE segment_id = ?)");
        *bindings = {segment.id};
        return true;
    }
    if (!segment.source.isEmpty()) {
        // Its rule names the source's columns: evaluated here it would read the wrong profiles.
        *error = SegmentStore::tr("Segment '%1' reads profile source '%2', not the workspace's profiles.")
                     .arg(segment.name, segment.source);
        return false;
    }
    Segments::CompiledRule compiled;
    if (!compileText(db, segment.rule, &compiled, error)) {
        *error = SegmentStore::tr("Segment '%1': %2").arg(segment.name, *error);
        return false;
    }
    *where = compiled.where;
    *bindings = compiled.bindings;
    return true;
}

namespace {

// The condition selecting the members of any of the segments, with its bindings.
bool unionCondition(const QSqlDatabase &db, const QList<Segment> &segments, QString *where,
                    QVariantList *bindings, QString *error)
{
    if (segments.isEmpty()) {
        *error = SegmentStore::tr("No segment to read.");
        return false;
    }
    QStringList conditions;
    for (const Segment &segment : segments) {
        QString condition;
        QVariantList values;
        if (!segmentCondition(db, segment, &condition, &values, error))
            return false;
        conditions.append(QLatin1Char('(') + condition + QLatin1Char(')'));
        *bindings += values;
    }
    *where = conditions.join(QLatin1StringView(" OR "));
    return true;
}

// How many profiles the condition selects; -1 with *error set when the query fails.
qint64 countProfiles(const QSqlDatabase &db, const QString &where, const QVariantList &bindings, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT count(*) FROM profiles WHERE ") + where);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

SegmentStore::SegmentStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Segment> SegmentStore::list(QString *error) const
{
    QList<Segment> segments;
    if (!m_workspace.authorize(Action::ViewSegments, QStringLiteral("segments"), error))
        return segments;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(kColumns + QLatin1StringView(" ORDER BY name"))) {
        *error = query.lastError().text();
        return segments;
    }
    while (query.next())
        segments.append(fromQuery(query));
    return segments;
}

std::optional<Segment> SegmentStore::find(const QString &name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(kColumns + QLatin1StringView(" WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

std::optional<Segment> SegmentStore::get(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(kColumns + QLatin1StringView(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

bool SegmentStore::insertSegment(const QString &name, Segment::Kind kind, const QString &rule,
                                 Segment *created, QString *error, const QString &source)
{
    const QString now = nowText();
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO segments(name, kind, rule, created_by, created_at,"
                                 " updated_at, source) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(kind == Segment::Kind::List ? QStringLiteral("list") : QStringLiteral("rule"));
    query.addBindValue(kind == Segment::Kind::List ? QVariant() : QVariant(rule));
    query.addBindValue(m_workspace.user());
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(source.isEmpty() ? QVariant() : QVariant(source));
    if (!query.exec()) {
        *error = query.lastError().text().contains(QLatin1StringView("UNIQUE"))
            ? tr("A segment named '%1' already exists.").arg(name)
            : query.lastError().text();
        return false;
    }
    if (created) {
        *created = Segment{query.lastInsertId().toLongLong(), name, kind, rule,
                           m_workspace.user(), timeFromText(now),
                           timeFromText(now), source};
    }
    return true;
}

bool SegmentStore::createRule(const QString &name, const QString &ruleText, Segment *created,
                              QString *error)
{
    if (!m_workspace.authorize(Action::ManageSegments, name, error))
        return false;
    if (name.trimmed().isEmpty()) {
        *error = tr("A segment needs a name.");
        return false;
    }
    const std::optional<QString> canonical = canonicalRuleText(m_workspace.database(), ruleText, error);
    if (!canonical || !insertSegment(name, Segment::Kind::Rule, *canonical, created, error))
        return false;
    m_workspace.audit(QStringLiteral("create_segment"), name, *canonical);
    return true;
}

bool SegmentStore::updateRule(qint64 id, const QString &ruleText, QString *error)
{
    const std::optional<Segment> segment = get(id);
    if (!m_workspace.authorize(Action::ManageSegments, segment ? segment->name : QString::number(id), error))
        return false;
    if (!segment || segment->kind != Segment::Kind::Rule) {
        *error = tr("No rule segment with id %1.").arg(id);
        return false;
    }
    if (!segment->source.isEmpty()) {
        *error = tr("Segment '%1' reads profile source '%2': its rule is checked against that source.")
                     .arg(segment->name, segment->source);
        return false;
    }
    const std::optional<QString> canonical = canonicalRuleText(m_workspace.database(), ruleText, error);
    if (!canonical)
        return false;
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE segments SET rule = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(*canonical);
    query.addBindValue(nowText());
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("edit_segment"), segment->name, *canonical);
    return true;
}

bool SegmentStore::createSourceRule(const QString &name, const QString &canonicalRule,
                                    const QString &source, Segment *created, QString *error)
{
    if (!m_workspace.authorize(Action::ManageSegments, name, error))
        return false;
    if (name.trimmed().isEmpty()) {
        *error = tr("A segment needs a name.");
        return false;
    }
    if (!insertSegment(name, Segment::Kind::Rule, canonicalRule, created, error, source))
        return false;
    m_workspace.audit(QStringLiteral("create_segment"), name, source + QLatin1StringView(": ") + canonicalRule);
    return true;
}

bool SegmentStore::updateSourceRule(qint64 id, const QString &canonicalRule, QString *error)
{
    const std::optional<Segment> segment = get(id);
    if (!m_workspace.authorize(Action::ManageSegments, segment ? segment->name : QString::number(id), error))
        return false;
    if (!segment || segment->kind != Segment::Kind::Rule || segment->source.isEmpty()) {
        *error = tr("No rule segment over a profile source with id %1.").arg(id);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE segments SET rule = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(canonicalRule);
    query.addBindValue(nowText());
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("edit_segment"), segment->name, segment->source + QLatin1StringView(": ") + canonicalRule);
    return true;
}

bool SegmentStore::createList(const QString &name, const QString &csvFile, Segment *created,
                              ListImport *report, QString *error)
{
    if (!m_workspace.authorize(Action::ManageSegments, name, error))
        return false;
    if (name.trimmed().isEmpty()) {
        *error = tr("A segment needs a name.");
        return false;
    }
    const QString shown = QDir::toNativeSeparators(csvFile);
    QFile file(csvFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    const std::optional<ProfileColumn> idColumn = ProfileStore(db).column(QStringLiteral("id"));
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QString &message) {
        db.rollback();
        *error = message;
        return false;
    };
    Segment segment;
    if (!insertSegment(name, Segment::Kind::List, {}, &segment, error))
        return fail(*error);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO segment_members(segment_id, profile_id) VALUES(?, ?)"));
    Sources::CsvReader reader(file);
    ListImport counts;
    bool first = true;
    for (;;) {
        const Sources::CsvReader::Status status = reader.readRecord();
        if (status == Sources::CsvReader::Status::End)
            break;
        if (status != Sources::CsvReader::Status::Record) {
            return fail(tr("%1, line %2: %3")
                            .arg(shown)
                            .arg(reader.line())
                            .arg(status == Sources::CsvReader::Status::IoError ? file.errorString()
                                                                             : reader.problem()));
        }
        const QByteArrayView field = reader.fields().front();
        if (!Sources::isValidUtf8(field))
            return fail(tr("%1, line %2: invalid UTF-8").arg(shown).arg(reader.line()));
        const QString id = QString::fromUtf8(field).trimmed();
        const bool header = first
            && (id.compare(QLatin1StringView("id"), Qt::CaseInsensitive) == 0
                || (idColumn && id.compare(idColumn->name, Qt::CaseInsensitive) == 0));
        first = false;
        if (header || id.isEmpty())
            continue;
        insert.addBindValue(segment.id);
        insert.addBindValue(id);
        if (!insert.exec())
            return fail(insert.lastError().text());
        ++counts.idsRead;
    }
    QSqlQuery unknown(db);
    unknown.prepare(QStringLiteral("SELECT count(*) FROM segment_members m WHERE segment_id = ?"
                                   " AND NOT EXISTS (SELECT 1 FROM profiles p WHERE p.id = m.profile_id)"));
    unknown.addBindValue(segment.id);
    if (unknown.exec() && unknown.next())
        counts.unknownIds = unknown.value(0).toLongLong();
    unknown.finish();
    if (!db.commit())
        return fail(db.lastError().text());
    if (created)
        *created = segment;
    if (report)
        *report = counts;
    m_workspace.audit(QStringLiteral("create_segment"), name,
                      QStringLiteral("list of %1 IDs from %2").arg(counts.idsRead).arg(csvFile));
    return true;
}

bool SegmentStore::remove(qint64 id, QString *error)
{
    const std::optional<Segment> segment = get(id);
    if (!m_workspace.authorize(Action::ManageSegments, segment ? segment->name : QString::number(id), error))
        return false;
    if (!segment) {
        *error = tr("No segment with id %1.").arg(id);
        return false;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT e.name FROM export_segments s JOIN exports e"
                                 " ON e.id = s.export_id WHERE s.segment_id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        *error = tr("Segment '%1' is used by export '%2'; remove it from the export first.")
                     .arg(segment->name, query.value(0).toString());
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_workspace.audit(QStringLiteral("delete_segment"), segment->name);
    return true;
}

qint64 SegmentStore::memberCount(const Segment &segment, QString *error) const
{
    QString where;
    QVariantList bindings;
    if (!segmentCondition(m_workspace.database(), segment, &where, &bindings, error))
        return -1;
    return countProfiles(m_workspace.database(), where, bindings, error);
}

qint64 SegmentStore::unionCount(const QList<Segment> &segments, QString *error) const
{
    // Here the union of no segment is just empty; MemberCursor, which has to read it, refuses it.
    if (segments.isEmpty())
        return 0;
    QString where;
    QVariantList bindings;
    if (!unionCondition(m_workspace.database(), segments, &where, &bindings, error))
        return -1;
    return countProfiles(m_workspace.database(), where, bindings, error);
}

MemberCursor::MemberCursor(QSqlDatabase db)
    : m_db(std::move(db))
{
}

MemberCursor::~MemberCursor()
{
    finalize();
}

void MemberCursor::finalize()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool MemberCursor::start(const QList<Segment> &segments, const QStringList &fields, QString *error)
{
    const ProfileStore profiles(m_db);
    QStringList select{QStringLiteral("id")};
    for (const QString &field : fields) {
        const std::optional<ProfileColumn> column = profiles.column(field);
        if (!column) {
            *error = tr("The profiles have no field '%1'.").arg(field);
            return false;
        }
        select.append(quoteIdentifier(column->sqlName));
    }
    QString where;
    QVariantList bindings;
    if (!unionCondition(m_db, segments, &where, &bindings, error))
        return false;
    finalize();
    m_error.clear();
    auto *handle = static_cast<sqlite3 *>(sqliteHandle(m_db));
    if (!handle) {
        *error = tr("The workspace is not an SQLite database.");
        return false;
    }
    const QByteArray sql = (QLatin1StringView("SELECT ") + select.join(QLatin1StringView(", "))
                            + QLatin1StringView(" FROM profiles WHERE ") + where + QLatin1StringView(" ORDER BY id"))
                               .toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        finalize();
        return false;
    }
    // The same bindings QtSql's QSQLITE driver would make for these values.
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_statement, i + 1, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            finalize();
            return false;
        }
    }
    return true;
}

bool MemberCursor::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    finalize();
    return false;
}

qint64 MemberCursor::count(const QList<Segment> &segments, QString *error) const
{
    QString where;
    QVariantList bindings;
    if (!unionCondition(m_db, segments, &where, &bindings, error))
        return -1;
    return countProfiles(m_db, where, bindings, error);
}

QString MemberCursor::id() const
{
    const QByteArrayView text = utf8Value(-1);
    return QString::fromUtf8(text.data(), text.size());
}

QString MemberCursor::value(int fieldIndex) const
{
    const QByteArrayView text = utf8Value(fieldIndex);
    return QString::fromUtf8(text.data(), text.size());
}

QByteArrayView MemberCursor::utf8Value(int fieldIndex) const
{
    if (!m_statement)
        return {};
    const int column = fieldIndex + 1;
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace Workspace
