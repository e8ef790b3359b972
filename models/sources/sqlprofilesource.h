#pragma once

#include "secretprovider.h"

#include <segments/rule.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Sources {

// Where the profiles live when they stay in a company database: a PostgreSQL table or view
// (QPSQL), or an ODBC data source (QODBC) where a driver is installed. No password here: it
// comes from the SecretProvider under secretKey().
struct SqlSourceSettings {
    QString name;                       // unique within the workspace
    QString driver = QStringLiteral("QPSQL");
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString databaseName;
    QString userName;
    QString tableName;                  // "table" or "schema.table"; a view works too
    QString idColumn;
    QString options;                    // QSqlDatabase::setConnectOptions(), e.g. "sslmode=require"

    QString secretKey() const { return QStringLiteral("profile-source/") + name; }
};

// Reads profiles from an external SQL database. Segment rules compile to the database's own
// SQL and run there; members stream back through a forward-only query, so large tables never
// sit in memory. One object per thread: open() creates a connection for the calling thread.
class SqlProfileSource
{
    Q_DECLARE_TR_FUNCTIONS(SqlSource)
    Q_DISABLE_COPY_MOVE(SqlProfileSource)
public:
    SqlProfileSource(SqlSourceSettings settings, SecretProvider &secrets);
    ~SqlProfileSource();

    bool open(QString *error);
    void close();
    bool isOpen() const;

    QStringList columns(QString *error) const; // the table's column names
    // Checks the table and its ID column and counts its rows; -1 with *error naming the
    // setting that is wrong.
    qint64 rowCount(QString *error);
    // Checks the rule's fields against the table's columns without running it.
    bool checkRule(const Segments::Rule &rule, QString *error) const;
    qint64 count(const Segments::Rule &rule, QString *error);

    // Streams the ID and the given fields of the profiles matching the rule, in ID order.
    bool startMembers(const Segments::Rule &rule, const QStringList &fields, QString *error);
    bool next() { return m_query.next(); }
    QString id() const;
    QString value(int fieldIndex) const;
    // Why next() returned false, when it was not the end of the members (a broken connection).
    QString streamError() const;

    const SqlSourceSettings &settings() const { return m_settings; }

private:
    QString quotedTable() const;
    bool where(const Segments::Rule &rule, QString *sql, QVariantList *bindings, QString *error) const;
    QString describe(const QString &problem) const;
    QString connectionProblem(const QString &driverText) const;
    bool checkIdColumn(QString *error) const;

    SqlSourceSettings m_settings;
    SecretProvider &m_secrets;
    QString m_connectionName;
    QSqlQuery m_query;
};

} // namespace Sources
