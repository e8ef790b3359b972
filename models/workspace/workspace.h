#pragma once

#include "accesspolicy.h"
#include "auditlog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Workspace {

// One workspace file: an SQLite database (WAL, busy timeout, foreign keys on) holding profiles,
// segments, connections, exports, runs, sync state, users and the audit log.
//
// open() refuses, with a message naming the file and without writing to it: a file that is not
// an SQLite database, an SQLite database of another program, a workspace of a newer schema, a
// read-only file or folder, and a file another program holds locked.
//
// QSqlDatabase connections belong to one thread: the Workspace's own connection serves the
// thread that opened it; a worker thread opens its own with ThreadConnection.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    struct Options {
        QString user;             // the OS user; empty: currentOsUser()
        int busyTimeoutMs = 5000; // how long to wait for another writer before "locked"
    };

    ~Workspace();

    // Opens the workspace at path, creating it (with the user as first administrator) when the
    // file does not exist or is empty. Returns nullptr with *error set on failure.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);
    static std::unique_ptr<Workspace> open(const QString &path, const Options &options,
                                           QString *error);

    // The --workspace option's value when given, else $AUDIENCEBRIDGE_WORKSPACE, else
    // defaultPath().
    static QString resolvePath(const QString &option);
    static QString defaultPath(); // under QStandardPaths::AppDataLocation
    // $AUDIENCEBRIDGE_USER (meant for tests), else the login name of the effective user.
    static QString currentOsUser();

    const QString &path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }

    // The workspace user and the role rules that apply to them.
    const QString &user() const { return m_policy.user(); }
    const AccessPolicy &policy() const { return m_policy; }
    void reloadRole(); // after the users table changed

    // Checks the role rules; a refusal is written to the audit log and returned in *error.
    bool authorize(Action action, const QString &target, QString *error,
                   const ConnectionAccess *connection = nullptr);
    // Records what the workspace user did.
    void audit(const QString &action, const QString &target, const QString &details = {});
    AuditLog auditLog() const { return AuditLog(database()); }

    // Opens a further connection to the same file under connectionName, for the calling thread
    // only, configured like the main one. Close it with closeConnection() in the same thread.
    bool openConnection(const QString &connectionName, QString *error) const;
    // The same for a workspace file this thread has no Workspace object for (a worker thread's
    // own connection).
    static bool openConnection(const QString &path, const QString &connectionName,
                               int busyTimeoutMs, QString *error);
    static void closeConnection(const QString &connectionName);

private:
    Workspace(QString path, QString connectionName, AccessPolicy policy, const Options &options);
    bool initialize(QString *error);

    QString m_path;
    QString m_connectionName;
    AccessPolicy m_policy;
    Options m_options;
    int m_schemaVersion = 0;
    bool m_created = false;
};

// A worker thread's own connection to a workspace: opened by the constructor, removed by the
// destructor; construct and destroy it in the worker thread.
class ThreadConnection
{
    Q_DISABLE_COPY_MOVE(ThreadConnection)
public:
    ThreadConnection(const Workspace &workspace, QString connectionName);
    ThreadConnection(const QString &path, QString connectionName);
    ~ThreadConnection();

    bool isOpen() const { return m_open; }
    const QString &errorString() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace Workspace
