#include "csvimporter.h"

#include "csvreader.h"
#include "utf8.h"

#include <workspace/profilestore.h>
#include <workspace/sqlitefunctions.h>
#include <workspace/workspace.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcSources, "audiencebridge.sources", QtInfoMsg)

namespace Sources {

namespace {

// SQLite allows 2000 columns in a table; the profiles table adds two of its own.
constexpr qsizetype kMaxColumns = 1998;
// No profile attribute is anywhere near this long: a longer field is a broken file (a stray
// quote, a binary column), not data to store and send.
constexpr qsizetype kMaxFieldBytes = 1 << 20;

// A UTF-16 file (as some spreadsheets save "Unicode text") starts with its byte order mark or
// has NUL bytes between ASCII letters.
bool looksLikeUtf16(const std::vector<QByteArrayView> &header)
{
    if (header.empty())
        return false;
    const QByteArrayView first = header.front();
    return first.startsWith("\xff\xfe") || first.startsWith("\xfe\xff")
        || std::any_of(header.begin(), header.end(), [](QByteArrayView field) {
               return std::memchr(field.data(), 0, static_cast<size_t>(field.size())) != nullptr;
           });
}

// RAII for a sqlite3 statement.
class Statement
{
    Q_DISABLE_COPY_MOVE(Statement)
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_ok = sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()),
                                  SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
            == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
};

bool execRaw(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

// Why a header cannot be used, or empty.
QString checkHeader(const QStringList &names, const QString &idColumn, int *idIndex)
{
    QSet<QString> seen;
    *idIndex = -1;
    if (names.size() > kMaxColumns)
        return CsvImporter::tr("the header has %1 columns; at most %2 are supported").arg(names.size()).arg(kMaxColumns);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        if (name.isEmpty())
            return CsvImporter::tr("column %1 of the header has no name").arg(i + 1);
        const QString folded = name.toLower();
        if (seen.contains(folded))
            return CsvImporter::tr("the header names column '%1' twice").arg(name);
        seen.insert(folded);
        if (name == idColumn)
            *idIndex = static_cast<int>(i);
    }
    if (*idIndex < 0) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names[i].compare(idColumn, Qt::CaseInsensitive) == 0)
                *idIndex = static_cast<int>(i);
        }
    }
    if (*idIndex < 0) {
        return CsvImporter::tr("the ID column '%1' is not in the header (columns: %2)")
            .arg(idColumn, names.join(QLatin1StringView(", ")));
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString folded = names[i].toLower();
        if (i != *idIndex
            && (folded == QLatin1StringView("id") || folded.startsWith(QLatin1StringView("ab_import_")))) {
            return CsvImporter::tr("column name '%1' is reserved; rename the column or make it the ID column")
                .arg(names[i]);
        }
    }
    return {};
}

// Brings the profiles table to the header's fields: recreated for a full import; for an
// update the ID column must match and new fields become new columns. *sqlNames gets each
// header column's quoted column name.
bool prepareTable(Workspace::ProfileStore &profiles, const QList<Workspace::ProfileColumn> &existing,
                  const QStringList &header, int idIndex, bool fullImport, QStringList *sqlNames,
                  QString *error)
{
    const qsizetype width = header.size();
    if (fullImport) {
        QList<Workspace::ProfileColumn> columns;
        for (qsizetype i = 0; i < width; ++i) {
            const bool isId = i == idIndex;
            columns.append({header[i], isId ? QStringLiteral("id") : header[i], isId});
        }
        if (!profiles.recreate(columns, error))
            return false;
    } else {
        const Workspace::ProfileColumn &currentId = existing.constFirst();
        if (currentId.name.compare(header[idIndex], Qt::CaseInsensitive) != 0) {
            *error = CsvImporter::tr("The workspace's profiles use '%1' as ID, not '%2'; import with "
                                     "--id-column %1, or use --replace to replace all profiles.")
                         .arg(currentId.name, header[idIndex]);
            return false;
        }
        for (qsizetype i = 0; i < width; ++i) {
            if (i != idIndex && !profiles.column(header[i]) && !profiles.addColumn(header[i], error))
                return false;
        }
    }
    for (qsizetype i = 0; i < width; ++i) {
        sqlNames->append(i == idIndex ? QStringLiteral("id")
                                      : Workspace::quoteIdentifier(profiles.column(header[i])->sqlName));
    }
    return true;
}

// One row's INSERT; when updating, an upsert that leaves a row this import already wrote alone,
// so that sqlite3_changes() == 0 reveals an ID repeated in the file.
QString insertStatement(const QStringList &sqlNames, int idIndex, bool fullImport)
{
    QStringList placeholders;
    QStringList updates;
    for (qsizetype i = 0; i < sqlNames.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
        if (i != idIndex)
            updates.append(sqlNames[i] + QLatin1StringView(" = excluded.") + sqlNames[i]);
    }
    updates.append(QStringLiteral("ab_import_run = excluded.ab_import_run"));
    updates.append(QStringLiteral("ab_import_line = excluded.ab_import_line"));
    QString sql = QLatin1StringView("INSERT INTO profiles(") + sqlNames.join(QLatin1StringView(", "))
        + QLatin1StringView(", ab_import_run, ab_import_line) VALUES(")
        + placeholders.join(QLatin1StringView(", ")) + QLatin1StringView(", ?, ?)");
    if (!fullImport) {
        sql += QLatin1StringView(" ON CONFLICT(id) DO UPDATE SET ")
            + updates.join(QLatin1StringView(", "))
            + QLatin1StringView(" WHERE profiles.ab_import_run IS NOT excluded.ab_import_run");
    }
    return sql;
}

// Builds the unique ID index after a full import. When the file repeated an ID, reports every
// later occurrence (with the line of the first) and, when bad rows are skipped, deletes them so
// the first occurrence wins, as it does when updating.
template <typename Reject>
bool finishFullImport(QSqlDatabase &db, qint64 importRun, bool skipBadRows, Reject reject,
                      QString *error)
{
    Workspace::ProfileStore profiles(db);
    if (profiles.createIdIndex(error))
        return true;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("CREATE INDEX profiles_id_duplicates ON profiles(id)"))
        || !query.exec(QStringLiteral(
            "SELECT rowid, id, ab_import_line, first FROM (SELECT rowid, id, ab_import_line,"
            " first_value(ab_import_line) OVER (PARTITION BY id ORDER BY ab_import_line) AS first,"
            " row_number() OVER (PARTITION BY id ORDER BY ab_import_line) AS n FROM profiles"
            " WHERE ab_import_run = %1) WHERE n > 1").arg(importRun))) {
        *error = query.lastError().text();
        return false;
    }
    QList<qint64> rowids;
    while (query.next()) {
        rowids.append(query.value(0).toLongLong());
        reject(query.value(2).toLongLong(), QStringLiteral("duplicate_id"),
               CsvImporter::tr("duplicate ID '%1' (first on line %2)")
                   .arg(query.value(1).toString())
                   .arg(query.value(3).toLongLong()));
    }
    query.finish();
    if (!skipBadRows)
        return true; // the transaction is rolled back anyway
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM profiles WHERE rowid = ?"));
    for (qint64 rowid : std::as_const(rowids)) {
        remove.addBindValue(rowid);
        if (!remove.exec()) {
            *error = remove.lastError().text();
            return false;
        }
    }
    if (!query.exec(QStringLiteral("DROP INDEX profiles_id_duplicates"))) {
        *error = query.lastError().text();
        return false;
    }
    return profiles.createIdIndex(error);
}

} // namespace

CsvImporter::CsvImporter(Workspace::Workspace &workspace)
    : m_workspace(workspace)
{
}

CsvImportSummary CsvImporter::import(const QString &fileName, const CsvImportOptions &options)
{
    CsvImportSummary summary;
    const QString shown = QDir::toNativeSeparators(fileName);
    if (!m_workspace.authorize(Workspace::Action::ImportProfiles, fileName, &summary.error)) {
        summary.refused = true;
        return summary;
    }
    if (options.idColumn.isEmpty()) {
        summary.error = tr("Name the column that holds the profile ID (--id-column).");
        return summary;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return summary;
    }
    CsvReader reader(file, options.delimiter);
    const CsvReader::Status headerStatus = reader.readRecord();
    summary.delimiter = reader.delimiter();
    if (headerStatus == CsvReader::Status::End) {
        summary.error = tr("%1 is empty: the first line must name the columns.").arg(shown);
        return summary;
    }
    if (headerStatus != CsvReader::Status::Record) {
        summary.error = headerStatus == CsvReader::Status::IoError
            ? tr("Cannot read %1: %2").arg(shown, file.errorString())
            : tr("%1, line %2 (header): %3").arg(shown).arg(reader.line()).arg(reader.problem());
        return summary;
    }
    if (looksLikeUtf16(reader.fields())) {
        summary.error = tr("%1 is UTF-16 text; save it as UTF-8 (\"CSV UTF-8\") and import it again.").arg(shown);
        return summary;
    }
    QStringList header;
    for (QByteArrayView field : reader.fields()) {
        if (!isValidUtf8(field)) {
            summary.error = tr("%1, line 1 (header): invalid UTF-8 in column %2; save the file as UTF-8")
                                .arg(shown)
                                .arg(header.size() + 1);
            return summary;
        }
        header.append(QString::fromUtf8(field).trimmed());
    }
    int idIndex = -1;
    const QString headerProblem = checkHeader(header, options.idColumn, &idIndex);
    if (!headerProblem.isEmpty()) {
        summary.error = tr("%1, line 1 (header): %2").arg(shown, headerProblem);
        return summary;
    }
    summary.columns = header;
    const qsizetype width = header.size();

    QSqlDatabase db = m_workspace.database();
    auto *handle = static_cast<sqlite3 *>(Workspace::sqliteHandle(db));
    QString sqlError;
    if (!execRaw(handle, "BEGIN IMMEDIATE", &sqlError)) {
        summary.error = tr("Cannot write to the workspace %1: %2")
                            .arg(QDir::toNativeSeparators(m_workspace.path()), sqlError);
        return summary;
    }
    auto fail = [&](const QString &message) {
        QString ignored;
        execRaw(handle, "ROLLBACK", &ignored);
        summary.ok = false;
        summary.error = message;
        return summary;
    };

    Workspace::ProfileStore profiles(db);
    const QList<Workspace::ProfileColumn> existing = profiles.columns();
    // A full import (new or replaced profiles) appends rows and builds the ID index once at the
    // end; an update of existing profiles upserts through the index row by row.
    const bool fullImport = options.replace || existing.isEmpty();
    // IDs rarely arrive in key order: when updating, a cache that holds most of the ID index
    // keeps its pages from being written to the WAL over and over; a full import only needs
    // room for the index build's sort. Bounded, so memory stays flat for any file size.
    execRaw(handle, fullImport ? "PRAGMA cache_size = -65536" : "PRAGMA cache_size = -131072",
            &sqlError);
    // The index build sorts with a helper thread.
    execRaw(handle, "PRAGMA threads = 2", &sqlError);
    const auto restoreCache = qScopeGuard([handle] {
        QString ignoredError;
        execRaw(handle, "PRAGMA cache_size = -2000", &ignoredError);
        execRaw(handle, "PRAGMA threads = 0", &ignoredError);
    });
    QStringList sqlNames;
    if (!prepareTable(profiles, existing, header, idIndex, fullImport, &sqlNames, &sqlError))
        return fail(sqlError);

    // Which import wrote a row: a second row with the same ID in this file finds the row
    // already stamped with this run and leaves it alone (no change = a duplicate).
    qint64 importRun = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('import_run', '1')"
                                       " ON CONFLICT(key) DO UPDATE SET value = value + 1"))
            || !query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'import_run'"))
            || !query.next())
            return fail(query.lastError().text());
        importRun = query.value(0).toLongLong();
    }
    const QString insertSql = insertStatement(sqlNames, idIndex, fullImport);
    qint64 badRowCount = 0;
    auto reject = [&](qint64 line, const QString &kind, const QString &reason) {
        ++badRowCount;
        summary.skippedByReason[kind] += 1;
        if (summary.badRows.size() < options.maxReportedRows)
            summary.badRows.append({line, reason});
    };
    {
        Statement insert(handle, insertSql);
        Statement firstLine(handle, QStringLiteral("SELECT ab_import_line FROM profiles WHERE id = ?"
                                                   " AND ab_import_run = ?"));
        if (!insert.ok() || !firstLine.ok())
            return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_stmt *const statement = insert.get();
        const int runParameter = static_cast<int>(width) + 1;
        const int lineParameter = static_cast<int>(width) + 2;
        sqlite3_bind_int64(statement, runParameter, importRun);

        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const CsvReader::Status status = reader.readRecord();
            if (status == CsvReader::Status::End)
                break;
            if (status == CsvReader::Status::IoError)
                return fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
            ++summary.rowsRead;
            if ((summary.rowsRead & 0xFFFF) == 0 && options.progress
                && !options.progress(reader.bytesConsumed()))
                return fail(tr("The import was cancelled; nothing was imported."));
            if (status == CsvReader::Status::Malformed) {
                reject(reader.line(), QStringLiteral("malformed"), reader.problem());
                continue;
            }
            const std::vector<QByteArrayView> &fields = reader.fields();
            if (static_cast<qsizetype>(fields.size()) != width) {
                reject(reader.line(), QStringLiteral("wrong_field_count"),
                       tr("%1 fields, the header has %2").arg(fields.size()).arg(width));
                continue;
            }
            const QByteArrayView id = fields[static_cast<size_t>(idIndex)];
            if (id.trimmed().isEmpty()) {
                reject(reader.line(), QStringLiteral("empty_id"),
                       tr("empty ID in column '%1'").arg(header[idIndex]));
                continue;
            }
            bool fieldsOk = true;
            for (size_t i = 0; i < fields.size() && fieldsOk; ++i) {
                const QByteArrayView field = fields[i];
                const QString &column = header[static_cast<qsizetype>(i)];
                fieldsOk = false;
                if (field.size() > kMaxFieldBytes) {
                    reject(reader.line(), QStringLiteral("field_too_long"),
                           tr("the field in column '%1' is %2 bytes long; at most %3 are allowed")
                               .arg(column)
                               .arg(field.size())
                               .arg(kMaxFieldBytes));
                } else if (!isValidUtf8(field)) {
                    reject(reader.line(), QStringLiteral("invalid_utf8"),
                           tr("invalid UTF-8 in column '%1'").arg(column));
                } else if (std::memchr(field.data(), 0, static_cast<size_t>(field.size()))) {
                    reject(reader.line(), QStringLiteral("nul_byte"),
                           tr("NUL byte in column '%1'").arg(column));
                } else {
                    fieldsOk = true;
                }
            }
            if (!fieldsOk)
                continue;
            for (size_t i = 0; i < fields.size(); ++i) {
                sqlite3_bind_text(statement, static_cast<int>(i) + 1, fields[i].data(),
                                  static_cast<int>(fields[i].size()), SQLITE_STATIC);
            }
            sqlite3_bind_int64(statement, lineParameter, reader.line());
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            if (rc != SQLITE_DONE)
                return fail(tr("Cannot write to the workspace: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
            if (sqlite3_changes(handle) == 0) {
                sqlite3_stmt *lookup = firstLine.get();
                sqlite3_bind_text(lookup, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
                sqlite3_bind_int64(lookup, 2, importRun);
                const qint64 first = sqlite3_step(lookup) == SQLITE_ROW ? sqlite3_column_int64(lookup, 0) : 0;
                sqlite3_reset(lookup);
                reject(reader.line(), QStringLiteral("duplicate_id"),
                       tr("duplicate ID '%1' (first on line %2)").arg(QString::fromUtf8(id)).arg(first));
                continue;
            }
            ++summary.imported;
        }
        qCDebug(lcSources) << "parsed and inserted" << summary.rowsRead << "rows in"
                           << timer.elapsed() << "ms";
    }
    QElapsedTimer phase;
    phase.start();
    if (fullImport) {
        QString duplicatesError;
        const qint64 before = badRowCount;
        if (!finishFullImport(db, importRun, options.skipBadRows, reject, &duplicatesError))
            return fail(duplicatesError);
        summary.imported -= badRowCount - before;
        std::stable_sort(summary.badRows.begin(), summary.badRows.end(),
                         [](const BadRow &a, const BadRow &b) { return a.line < b.line; });
    }
    qCDebug(lcSources) << "ID index and duplicate check in" << phase.restart() << "ms";
    summary.skipped = badRowCount;
    // A header without rows is a failed export upstream, not "no customers": with --replace it
    // would delete every profile.
    if (summary.rowsRead == 0)
        return fail(tr("%1 has only a header (line 1) and no rows; nothing was imported.").arg(shown));
    if (badRowCount > 0 && !options.skipBadRows) {
        summary.imported = 0;
        return fail(tr("Bad rows in %1: %2; nothing was imported. Fix them, or import the "
                       "other rows with --skip-bad-rows.")
                        .arg(shown)
                        .arg(badRowCount));
    }
    // The audit entry goes in with the profiles: a process killed right after the commit must
    // not leave an import that happened without its entry.
    m_workspace.audit(QStringLiteral("import_profiles"), fileName,
                      QStringLiteral("read %1, imported %2, skipped %3%4")
                          .arg(summary.rowsRead)
                          .arg(summary.imported)
                          .arg(summary.skipped)
                          .arg(options.replace ? QStringLiteral(", replaced all") : QString()));
    if (!execRaw(handle, "COMMIT", &sqlError))
        return fail(tr("Cannot write to the workspace: %1").arg(sqlError));
    qCDebug(lcSources) << "committed in" << phase.elapsed() << "ms";
    summary.ok = true;
    return summary;
}

} // namespace Sources
