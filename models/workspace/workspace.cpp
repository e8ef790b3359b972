#include "workspace.h"

#include "schema.h"
#include "sqlitefunctions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWorkspace, "audiencebridge.workspace", QtInfoMsg)

namespace Workspace {

namespace {

constexpr QLatin1StringView kDriver("QSQLITE");
constexpr QByteArrayView kSqliteMagic("SQLite format 3\0", 16);
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNotADb = 26;

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("audiencebridge-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

int nativeCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}

bool isLockError(const QSqlError &error)
{
    const int code = nativeCode(error) & 0xff; // extended codes keep the primary in the low byte
    return code == kSqliteBusy || code == kSqliteLocked;
}

QString lockedMessage(const QString &path)
{
    return Workspace::tr("The workspace %1 is locked by another program; close it there and try again.")
        .arg(QDir::toNativeSeparators(path));
}

QString notWorkspaceMessage(const QString &path, const QString &why)
{
    return Workspace::tr("%1 is not an AudienceBridge workspace (%2); nothing was changed.")
        .arg(QDir::toNativeSeparators(path), why);
}

bool isWritableFile(const QFileInfo &info)
{
    // Root passes access(W_OK) for any file: also look at the permission bits, so a file the
    // user marked read-only is treated as such.
    constexpr QFile::Permissions anyWrite =
        QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// Checks what can be checked without SQLite touching the file.
bool precheckFile(const QString &path, bool *isNew, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists() && !info.isFile()) {
        *error = notWorkspaceMessage(path, Workspace::tr("it is not a file"));
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        *error = Workspace::tr("The folder of the workspace %1 does not exist.").arg(shown);
        return false;
    }
    if (!isWritableFile(folder)) {
        *error = Workspace::tr("The folder of the workspace %1 is read-only: the workspace needs to write "
                               "its journal beside the file.").arg(shown);
        return false;
    }
    *isNew = !info.exists() || info.size() == 0;
    if (*isNew)
        return true;
    if (!isWritableFile(info)) {
        *error = Workspace::tr("The workspace %1 is read-only; make it writable or copy it to a writable "
                               "folder.").arg(shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Workspace::tr("Cannot read the workspace %1: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.read(kSqliteMagic.size()) != kSqliteMagic) {
        *error = notWorkspaceMessage(path, Workspace::tr("it is not an SQLite database"));
        return false;
    }
    return true;
}

bool openSqlite(const QString &connectionName, const QString &path, int busyTimeoutMs,
                QSqlDatabase *out, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *error = Workspace::tr("Cannot open the workspace %1: %2")
                     .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return false;
    }
    if (!registerSqliteFunctions(db)) {
        *error = Workspace::tr("Cannot open the workspace %1: the SQLite driver gives no native handle.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *out = db;
    return true;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error, QSqlError *sqlError = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        if (sqlError)
            *sqlError = query.lastError();
        return false;
    }
    return true;
}

} // namespace

Workspace::Workspace(QString path, QString connectionName, AccessPolicy policy,
                     const Options &options)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_policy(std::move(policy))
    , m_options(options)
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    return open(path, Options{}, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, const Options &options,
                                           QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Options effective = options;
    if (effective.user.isEmpty())
        effective.user = currentOsUser();
    std::unique_ptr<Workspace> workspace(new Workspace(
        absolute, uniqueConnectionName(), AccessPolicy(effective.user, std::nullopt), effective));
    if (!workspace->initialize(error))
        return nullptr;
    return workspace;
}

bool Workspace::initialize(QString *error)
{
    bool isNew = false;
    if (!precheckFile(m_path, &isNew, error))
        return false;
    QSqlDatabase db;
    if (!openSqlite(m_connectionName, m_path, m_options.busyTimeoutMs, &db, error))
        return false;

    // Read-only inspection first: nothing is written before the file is known to be ours.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT application_id FROM pragma_application_id),"
            " (SELECT user_version FROM pragma_user_version),"
            " (SELECT count(*) FROM sqlite_master)"))
        || !query.next()) {
        const QSqlError sqlError = query.lastError();
        if (isLockError(sqlError))
            *error = lockedMessage(m_path);
        else if ((nativeCode(sqlError) & 0xff) == kSqliteNotADb)
            *error = notWorkspaceMessage(m_path, tr("it is not an SQLite database"));
        else
            *error = tr("Cannot read the workspace %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), sqlError.text());
        return false;
    }
    const int applicationId = query.value(0).toInt();
    const int version = query.value(1).toInt();
    const int objectCount = query.value(2).toInt();
    query.finish();
    m_created = applicationId == 0 && objectCount == 0 && version == 0;
    if (!m_created && applicationId != Schema::kApplicationId) {
        *error = notWorkspaceMessage(m_path, tr("it is an SQLite database of another program"));
        return false;
    }
    if (version > Schema::kCurrentVersion) {
        *error = tr("The workspace %1 was written by a newer AudienceBridge (schema version %2; "
                    "this version knows up to %3). Update AudienceBridge to open it; the file "
                    "was not changed.")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(version)
                     .arg(Schema::kCurrentVersion);
        return false;
    }

    QString sqlError;
    QSqlError walError;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError, &walError)) {
        *error = isLockError(walError)
            ? lockedMessage(m_path)
            : tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(m_path), sqlError);
        return false;
    }
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &sqlError)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &sqlError)) {
        *error = tr("Cannot configure the workspace %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), sqlError);
        return false;
    }

    if (version < Schema::kCurrentVersion) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = isLockError(begin.lastError())
                ? lockedMessage(m_path)
                : tr("Cannot update the workspace %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), begin.lastError().text());
            return false;
        }
        QString migrationError;
        bool ok = Schema::migrate(db, version, Schema::kCurrentVersion, &migrationError);
        if (ok && m_created) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES"
                                          " ('created_by', ?), ('created_at', ?)"));
            insert.addBindValue(m_options.user);
            insert.addBindValue(nowText());
            ok = insert.exec();
            // Whoever creates a workspace is its first administrator.
            insert.prepare(QStringLiteral("INSERT INTO users(os_user, role, added_by, added_at)"
                                          " VALUES (?, 'administrator', ?, ?)"));
            insert.addBindValue(m_options.user);
            insert.addBindValue(m_options.user);
            insert.addBindValue(nowText());
            ok = ok && insert.exec();
            if (!ok)
                migrationError = insert.lastError().text();
        }
        if (ok && !m_created) {
            AuditLog(db).record(m_options.user, QStringLiteral("migrate_schema"), m_path,
                                QStringLiteral("%1 -> %2").arg(version).arg(Schema::kCurrentVersion));
        }
        if (!ok || !db.commit()) {
            db.rollback();
            *error = tr("Cannot update the workspace %1 to schema version %2: %3")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(Schema::kCurrentVersion)
                         .arg(ok ? db.lastError().text() : migrationError);
            return false;
        }
        if (m_created)
            AuditLog(db).record(m_options.user, QStringLiteral("create_workspace"), m_path);
        qCDebug(lcWorkspace) << "workspace schema" << version << "->" << Schema::kCurrentVersion;
    }
    m_schemaVersion = Schema::kCurrentVersion;
    reloadRole();
    return true;
}

QString Workspace::resolvePath(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("AUDIENCEBRIDGE_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString Workspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/workspace.audiencebridge");
}

QString Workspace::currentOsUser()
{
    const QString overridden = qEnvironmentVariable("AUDIENCEBRIDGE_USER");
    if (!overridden.isEmpty())
        return overridden;
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Workspace::reloadRole()
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT role FROM users WHERE os_user = ?"));
    query.addBindValue(m_policy.user());
    std::optional<Role> role;
    if (query.exec() && query.next())
        role = roleFromName(query.value(0).toString());
    m_policy = AccessPolicy(m_policy.user(), role);
}

bool Workspace::authorize(Action action, const QString &target, QString *error,
                          const ConnectionAccess *connection)
{
    const Decision decision = m_policy.decide(action, connection);
    if (decision.allowed)
        return true;
    auditLog().record(user(), QLatin1StringView("denied:") + actionName(action), target,
                      decision.reason);
    if (error)
        *error = decision.reason;
    return false;
}

void Workspace::audit(const QString &action, const QString &target, const QString &details)
{
    if (!auditLog().record(user(), action, target, details))
        qCWarning(lcWorkspace) << "could not write the audit log entry" << action;
}

bool Workspace::openConnection(const QString &connectionName, QString *error) const
{
    return openConnection(m_path, connectionName, m_options.busyTimeoutMs, error);
}

bool Workspace::openConnection(const QString &path, const QString &connectionName,
                               int busyTimeoutMs, QString *error)
{
    QSqlDatabase db;
    if (!openSqlite(connectionName, path, busyTimeoutMs, &db, error))
        return false;
    QString sqlError;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &sqlError)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &sqlError)) {
        *error = sqlError;
        return false;
    }
    return true;
}

void Workspace::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

ThreadConnection::ThreadConnection(const Workspace &workspace, QString connectionName)
    : m_name(std::move(connectionName))
{
    m_open = workspace.openConnection(m_name, &m_error);
}

ThreadConnection::ThreadConnection(const QString &path, QString connectionName)
    : m_name(std::move(connectionName))
{
    m_open = Workspace::openConnection(path, m_name, Workspace::Options().busyTimeoutMs, &m_error);
}

ThreadConnection::~ThreadConnection()
{
    Workspace::closeConnection(m_name);
}

QSqlDatabase ThreadConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Workspace
