#include "sqlprofilesource.h"

#include <segments/rulecompiler.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace Sources {

namespace {

QString uniqueName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("audiencebridge-source-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqlProfileSource::SqlProfileSource(SqlSourceSettings settings, SecretProvider &secrets)
    : m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_connectionName(uniqueName())
{
}

SqlProfileSource::~SqlProfileSource()
{
    close();
}

QString SqlProfileSource::describe(const QString &problem) const
{
    return tr("Profile source '%1' (%2 %3@%4:%5/%6): %7")
        .arg(m_settings.name, m_settings.driver, m_settings.userName, m_settings.host)
        .arg(m_settings.port)
        .arg(m_settings.databaseName, problem);
}

// Names the setting to look at, ahead of the driver's own words (kept: they say the rest).
QString SqlProfileSource::connectionProblem(const QString &driverText) const
{
    const auto has = [&driverText](const char *words) {
        return driverText.contains(QLatin1StringView(words), Qt::CaseInsensitive);
    };
    QString setting;
    if (has("password authentication failed") || has("authentication failed") || has("no password supplied")
        || has("password is required"))
        setting = tr("authentication failed for user '%1': check the user and the stored password").arg(m_settings.userName);
    else if (has("does not exist") && has("database"))
        setting = tr("the database '%1' does not exist on the server").arg(m_settings.databaseName);
    else if (has("could not connect") || has("connection refused") || has("could not translate host name")
             || has("timeout expired") || has("no route to host") || has("connection to server"))
        setting = tr("the host %1, port %2 is unreachable: check the host and port").arg(m_settings.host).arg(m_settings.port);
    return setting.isEmpty() ? driverText : setting + QLatin1StringView(" (") + driverText + QLatin1Char(')');
}

bool SqlProfileSource::open(QString *error)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(m_settings.driver)) {
        *error = describe(tr("the Qt SQL driver %1 is not installed").arg(m_settings.driver));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_settings.driver, m_connectionName);
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.databaseName);
    db.setUserName(m_settings.userName);
    if (const std::optional<QString> password = m_secrets.secret(m_settings.secretKey()))
        db.setPassword(*password);
    QString options = m_settings.options;
    if (m_settings.driver == QLatin1StringView("QPSQL") && !options.contains(QLatin1StringView("connect_timeout")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = describe(connectionProblem(db.lastError().text().trimmed()));
        db = QSqlDatabase(); // no handle left, so that close() removes the connection quietly
        close();
        return false;
    }
    return true;
}

void SqlProfileSource::close()
{
    m_query = QSqlQuery();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqlProfileSource::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString SqlProfileSource::quotedTable() const
{
    QStringList parts;
    const QStringList names = m_settings.tableName.split(QLatin1Char('.'));
    for (const QString &part : names)
        parts.append(Segments::quoteName(part));
    return parts.join(QLatin1Char('.'));
}

QStringList SqlProfileSource::columns(QString *error) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The driver looks the name up as given: unquoted, lower-case for PostgreSQL.
    const QSqlRecord record = db.record(m_settings.tableName);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    if (names.isEmpty())
        *error = describe(tr("no table or view named '%1'").arg(m_settings.tableName));
    return names;
}

bool SqlProfileSource::checkIdColumn(QString *error) const
{
    const QStringList names = columns(error);
    if (names.isEmpty())
        return false;
    if (!names.contains(m_settings.idColumn, Qt::CaseInsensitive)) {
        *error = describe(tr("the ID column '%1' is not in '%2' (it has: %3)")
                              .arg(m_settings.idColumn, m_settings.tableName, names.join(QLatin1StringView(", "))));
        return false;
    }
    return true;
}

qint64 SqlProfileSource::rowCount(QString *error)
{
    if (!checkIdColumn(error))
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QLatin1StringView("SELECT count(*) FROM ") + quotedTable()) || !query.next()) {
        *error = describe(query.lastError().text().trimmed());
        return -1;
    }
    return query.value(0).toLongLong();
}

bool SqlProfileSource::checkRule(const Segments::Rule &rule, QString *error) const
{
    QString sql;
    QVariantList bindings;
    return where(rule, &sql, &bindings, error);
}

bool SqlProfileSource::where(const Segments::Rule &rule, QString *sql, QVariantList *bindings,
                             QString *error) const
{
    QString problem;
    const QStringList names = columns(&problem);
    if (names.isEmpty()) {
        *error = problem;
        return false;
    }
    Segments::FieldColumns fields;
    for (const QString &name : names)
        fields.insert(name.toLower(), name);
    if (!fields.contains(m_settings.idColumn.toLower()) && !checkIdColumn(error))
        return false;
    fields.insert(QStringLiteral("id"), fields.value(m_settings.idColumn.toLower()));
    // Rules compile to PostgreSQL's SQL; other databases' dialects are not written yet.
    if (m_settings.driver != QLatin1StringView("QPSQL")) {
        *error = describe(tr("segment rules run only in PostgreSQL sources so far"));
        return false;
    }
    std::optional<Segments::CompiledRule> compiled =
        Segments::compileRule(rule, fields, Segments::Dialect::PostgreSql, &problem);
    if (!compiled) {
        *error = tr("The rule is not valid: %1").arg(problem);
        return false;
    }
    *sql = compiled->where;
    *bindings = compiled->bindings;
    return true;
}

qint64 SqlProfileSource::count(const Segments::Rule &rule, QString *error)
{
    QString condition;
    QVariantList bindings;
    if (!where(rule, &condition, &bindings, error))
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT count(*) FROM ") + quotedTable()
                  + QLatin1StringView(" WHERE ") + condition);
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = describe(query.lastError().text().trimmed());
        return -1;
    }
    return query.value(0).toLongLong();
}

bool SqlProfileSource::startMembers(const Segments::Rule &rule, const QStringList &fields,
                                    QString *error)
{
    QString condition;
    QVariantList bindings;
    if (!where(rule, &condition, &bindings, error))
        return false;
    const QString idColumn = Segments::quoteName(m_settings.idColumn);
    QStringList select{QLatin1StringView("CAST(") + idColumn + QLatin1StringView(" AS text)")};
    const QStringList known = columns(error);
    for (const QString &field : fields) {
        const auto match = std::find_if(known.cbegin(), known.cend(), [&](const QString &name) {
            return name.compare(field, Qt::CaseInsensitive) == 0;
        });
        if (match == known.cend()) {
            *error = describe(tr("no field '%1' in '%2'").arg(field, m_settings.tableName));
            return false;
        }
        select.append(QLatin1StringView("CAST(") + Segments::quoteName(*match) + QLatin1StringView(" AS text)"));
    }
    m_query = QSqlQuery(QSqlDatabase::database(m_connectionName, false));
    // Forward-only: the driver fetches rows as they are read, not the whole result at once.
    m_query.setForwardOnly(true);
    m_query.prepare(QLatin1StringView("SELECT ") + select.join(QLatin1StringView(", "))
                    + QLatin1StringView(" FROM ") + quotedTable() + QLatin1StringView(" WHERE ")
                    + condition + QLatin1StringView(" ORDER BY ") + select.constFirst()
                    + QLatin1StringView(" COLLATE \"C\""));
    for (const QVariant &value : std::as_const(bindings))
        m_query.addBindValue(value);
    if (!m_query.exec()) {
        *error = describe(m_query.lastError().text().trimmed());
        return false;
    }
    return true;
}

QString SqlProfileSource::id() const
{
    return m_query.value(0).toString();
}

QString SqlProfileSource::streamError() const
{
    const QSqlError error = m_query.lastError();
    return error.type() == QSqlError::NoError ? QString() : describe(error.text().trimmed());
}

QString SqlProfileSource::value(int fieldIndex) const
{
    return m_query.value(fieldIndex + 1).toString();
}

} // namespace Sources
