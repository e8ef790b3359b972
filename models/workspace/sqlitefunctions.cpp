#include "sqlitefunctions.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <charconv>
#include <string>

namespace Workspace {

bool parsePlainNumber(const char *text, int length, double *value)
{
    const char *begin = text;
    const char *end = text + length;
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    const char *p = begin;
    if (p < end && (*p == '+' || *p == '-'))
        ++p;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        ++p;
        ++digits;
    }
    if (p < end && *p == '.') {
        ++p;
        while (p < end && *p >= '0' && *p <= '9') {
            ++p;
            ++digits;
        }
    }
    if (digits == 0 || p != end)
        return false;
    // from_chars rejects a leading '+'.
    if (*begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, end, *value);
    return result.ec == std::errc() && result.ptr == end;
}

namespace {

void abNumber(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const int type = sqlite3_value_type(arguments[0]);
    if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
        sqlite3_result_double(context, sqlite3_value_double(arguments[0]));
        return;
    }
    if (type != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const int length = sqlite3_value_bytes(arguments[0]);
    double value = 0;
    if (text && parsePlainNumber(text, length, &value))
        sqlite3_result_double(context, value);
    else
        sqlite3_result_null(context);
}

} // namespace

void *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool registerSqliteFunctions(const QSqlDatabase &db)
{
    auto *handle = static_cast<sqlite3 *>(sqliteHandle(db));
    if (!handle)
        return false;
    return sqlite3_create_function_v2(handle, "ab_number", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &abNumber, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace Workspace
