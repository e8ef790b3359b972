#include "clisupport.h"

#include "workspaceoption.h"

#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QCoreApplication>

namespace Cli {

CliSecrets::CliSecrets()
    : m_environment(&m_keychain)
{
}

CliSecrets::~CliSecrets()
{
    // Counts the keychain's writes too: the environment store hands them on.
    m_environment.waitForWrites(std::chrono::seconds(10));
}

namespace {

// Runs start(context, answer) and a local event loop until answer(result) is called.
template<typename Result, typename Start>
Result waitFor(const Start &start)
{
    Result result;
    QEventLoop loop;
    start(&loop, [&](const Result &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

Snapchat::SecretStore::Outcome CliSecrets::read(const QString &key)
{
    return waitFor<Snapchat::SecretStore::Outcome>(
        [&](QObject *context, const Snapchat::SecretStore::Callback &answer) { m_environment.read(key, context, answer); });
}

Snapchat::SecretStore::Outcome CliSecrets::write(const QString &key, const QString &value)
{
    return waitFor<Snapchat::SecretStore::Outcome>([&](QObject *context, const Snapchat::SecretStore::Callback &answer) {
        m_environment.write(key, value, context, answer);
    });
}

Snapchat::SecretStore::SignIn CliSecrets::readSignIn(const QString &connectionId)
{
    return waitFor<Snapchat::SecretStore::SignIn>(
        [&](QObject *context, const Snapchat::SecretStore::SignInCallback &answer) {
            m_environment.readSignIn(connectionId, context, answer);
        });
}

int runUntilDone(const std::function<void(const std::function<void(int)> &done)> &start)
{
    // Shared, so that a late second done() (a signal arriving after the loop ended) is harmless.
    struct State {
        QEventLoop loop;
        int exitCode = 0;
        bool finished = false;
    };
    const auto state = std::make_shared<State>();
    start([weak = std::weak_ptr<State>(state)](int code) {
        const std::shared_ptr<State> alive = weak.lock();
        if (!alive || alive->finished)
            return;
        alive->exitCode = code;
        alive->finished = true;
        alive->loop.quit();
    });
    if (!state->finished) // done() may come before the loop runs
        state->loop.exec();
    return state->exitCode;
}

std::optional<Workspace::Connection> findConnection(Workspace::Workspace &workspace, const QString &nameOrId,
                                                    Workspace::Action action)
{
    Workspace::ConnectionStore store(workspace);
    const std::optional<QString> id = store.idOf(nameOrId);
    const std::optional<Workspace::ConnectionAccess> access = id ? store.access(*id) : std::nullopt;
    if (!access) {
        printError(QCoreApplication::translate("Cli", "No connection named '%1'; 'audiencebridge connections list' shows them.")
                       .arg(nameOrId));
        return std::nullopt;
    }
    // The rules first: a connection this user may not use is hidden from their list, and an
    // attempt on it must be refused and audited, not answered "no such connection".
    QString error;
    if (!workspace.authorize(action, access->name, &error, &*access)) {
        printError(error);
        return std::nullopt;
    }
    const QList<Workspace::Connection> connections = store.list(&error);
    if (!error.isEmpty()) {
        printError(error);
        return std::nullopt;
    }
    for (const Workspace::Connection &connection : connections) {
        if (connection.id == *id)
            return connection;
    }
    printError(QCoreApplication::translate("Cli", "No connection named '%1'; 'audiencebridge connections list' shows them.")
                   .arg(nameOrId));
    return std::nullopt;
}

} // namespace Cli
