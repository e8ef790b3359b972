#pragma once

#include <QSqlDatabase>

namespace Workspace {

// Registers the SQL functions segment rules compile to on an open QSQLITE connection:
//   ab_number(text) -> REAL, or NULL when the text is not a plain decimal number
//   ([+-]digits[.digits], surrounding spaces allowed). Numeric rule conditions use it, so a
//   text value never compares as a number by accident.
bool registerSqliteFunctions(const QSqlDatabase &db);

// The sqlite3* behind a QSQLITE connection, for hot loops that bypass QtSql's per-row cost.
void *sqliteHandle(const QSqlDatabase &db);

// Parses a plain decimal number the way ab_number() does; false otherwise.
bool parsePlainNumber(const char *text, int length, double *value);

} // namespace Workspace
