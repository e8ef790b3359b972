#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared SQLite statement on a Qt SQL connection's own handle. For the few hot loops where
// QtSql's per-row overhead (QVariant binding, QSqlResult bookkeeping) costs more than the work.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bindBlob(int index, const void *data, int size); // the data must outlive step()
    void bindText(int index, QLatin1StringView text);      // the text must outlive step()

    // SQLITE_ROW, SQLITE_DONE or an error code; reset() before stepping a finished statement again.
    int step();
    void reset();
    // Runs to completion; false (and error() says why) on any error.
    bool execute();

    qint64 columnInt64(int column) const;
    QByteArrayView columnBlob(int column) const;

    QString error() const;

    // The sqlite3* behind a QSQLITE connection, or nullptr for other drivers.
    static sqlite3 *handleOf(const QSqlDatabase &database);
    // Runs SQL without results (DDL, BEGIN, COMMIT); false with error on failure.
    static bool exec(sqlite3 *db, const char *sql, QString *error);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};
