#include "schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace Workspace::Schema {

namespace {

// Version 1: everything but external profile sources.
constexpr std::array kVersion1{
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    // The profiles' fields in CSV order; sql_name is the column in `profiles` (the ID is `id`).
    "CREATE TABLE profile_columns(position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " sql_name TEXT NOT NULL UNIQUE, is_id INTEGER NOT NULL DEFAULT 0)",
    // A rowid table (rows are appended in file order) with the ID's unique index beside it:
    // IDs rarely arrive sorted, and a small index absorbs random inserts far better than a
    // table clustered on the ID; a full import builds the index once at the end. The import
    // adds one column per CSV field. ab_import_run and ab_import_line record which import wrote
    // a row and from which line, so a second row with the same ID in one file is found without
    // holding the IDs in memory.
    "CREATE TABLE profiles(id TEXT NOT NULL, ab_import_run INTEGER, ab_import_line INTEGER)",
    "CREATE UNIQUE INDEX profiles_id ON profiles(id)",
    "CREATE TABLE users(os_user TEXT PRIMARY KEY, role TEXT NOT NULL"
    " CHECK(role IN ('administrator','contributor','viewer')), added_by TEXT NOT NULL,"
    " added_at TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE segments(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL"
    " CHECK(kind IN ('rule','list')), rule TEXT, created_by TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE segment_members(segment_id INTEGER NOT NULL REFERENCES segments(id)"
    " ON DELETE CASCADE, profile_id TEXT NOT NULL, PRIMARY KEY(segment_id, profile_id))"
    " WITHOUT ROWID",
    // No secret here: tokens live in the OS keychain, keyed by the connection's id.
    "CREATE TABLE connections(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL"
    " CHECK(type IN ('snapchat')), client_id TEXT NOT NULL, api_base_url TEXT NOT NULL,"
    " accounts_base_url TEXT NOT NULL, allow_contributors INTEGER NOT NULL DEFAULT 0,"
    " export_user TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL,"
    " settings TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID",
    "CREATE TABLE exports(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " connection_id TEXT NOT NULL REFERENCES connections(id), ad_account_id TEXT NOT NULL,"
    " audience_id TEXT, new_audience TEXT NOT NULL DEFAULT '{}', email_field TEXT,"
    " phone_field TEXT, default_region TEXT, maid_field TEXT, mode TEXT NOT NULL"
    " CHECK(mode IN ('add','mirror')), schedule TEXT, created_by TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX exports_connection ON exports(connection_id)",
    "CREATE TABLE export_segments(export_id INTEGER NOT NULL REFERENCES exports(id)"
    " ON DELETE CASCADE, segment_id INTEGER NOT NULL REFERENCES segments(id),"
    " PRIMARY KEY(export_id, segment_id)) WITHOUT ROWID",
    "CREATE INDEX export_segments_segment ON export_segments(segment_id)",
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, export_id INTEGER NOT NULL REFERENCES exports(id)"
    " ON DELETE CASCADE, status TEXT NOT NULL, started_by TEXT NOT NULL,"
    " started_at TEXT NOT NULL, ended_at TEXT, counts TEXT NOT NULL DEFAULT '{}', error TEXT)",
    "CREATE INDEX runs_export ON runs(export_id, id)",
    "CREATE TABLE run_batches(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " sequence INTEGER NOT NULL, schema TEXT NOT NULL, action TEXT NOT NULL"
    " CHECK(action IN ('add','remove')), identifier_count INTEGER NOT NULL, request_id TEXT,"
    " status TEXT NOT NULL, error TEXT, confirmed_at TEXT, PRIMARY KEY(run_id, sequence))"
    " WITHOUT ROWID",
    // The SHA-256 hashes an export has confirmed in its audience, per schema (EMAIL_SHA256...).
    "CREATE TABLE sync_state(export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,"
    " schema TEXT NOT NULL, hash BLOB NOT NULL, PRIMARY KEY(export_id, schema, hash))"
    " WITHOUT ROWID",
    "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,"
    " action TEXT NOT NULL, target TEXT NOT NULL, details TEXT NOT NULL DEFAULT '')",
};

// Version 2: external profile sources (a PostgreSQL table or view) and the run status index
// that startup's interrupted-run sweep uses. The password is never stored here.
constexpr std::array kVersion2{
    "CREATE TABLE profile_sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " driver TEXT NOT NULL CHECK(driver IN ('QPSQL','QODBC')), host TEXT NOT NULL DEFAULT '',"
    " port INTEGER NOT NULL DEFAULT 0, database_name TEXT NOT NULL DEFAULT '',"
    " user_name TEXT NOT NULL DEFAULT '', table_name TEXT NOT NULL, id_column TEXT NOT NULL,"
    " options TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX runs_status ON runs(status)",
};

// Version 3: a rule segment may read a profile source instead of the workspace's own profiles
// (NULL: the workspace's). The reference keeps a source from going while a segment uses it.
constexpr std::array kVersion3{
    "ALTER TABLE segments ADD COLUMN source TEXT REFERENCES profile_sources(name)",
    "CREATE INDEX segments_source ON segments(source)",
};

template <size_t N>
bool runAll(QSqlDatabase &db, const std::array<const char *, N> &statements, QString *error)
{
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = QCoreApplication::translate("Workspace", "Schema migration failed: %1")
                         .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

bool migrate(QSqlDatabase &db, int fromVersion, int targetVersion, QString *error)
{
    for (int version = fromVersion + 1; version <= targetVersion; ++version) {
        bool ok = false;
        switch (version) {
        case 1:
            ok = runAll(db, kVersion1, error);
            break;
        case 2:
            ok = runAll(db, kVersion2, error);
            break;
        case 3:
            ok = runAll(db, kVersion3, error);
            break;
        default:
            *error = QCoreApplication::translate("Workspace", "No migration to schema version %1.")
                         .arg(version);
            return false;
        }
        if (!ok)
            return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Workspace::Schema
