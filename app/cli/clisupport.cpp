#include "clisupport.h"

#include "workspaceoption.h"

#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QCoreApplication>
#include <QTimer>

namespace Cli {

CliSecrets::CliSecrets()
    : m_environment(&m_keychain)
{
}

CliSecrets::~CliSecrets()
{
    // A run hands a rotated refresh token to the store as a queued call: start that write first.
    QCoreApplication::sendPostedEvents(&m_environment, QEvent::MetaCall);
    if (m_keychain.jobsRunning() == 0)
        return;
    QEventLoop loop;
    QObject::connect(&m_keychain, &Snapchat::KeychainSecretStore::allJobsFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(10), &loop, &QEventLoop::quit);
    loop.exec();
}

Snapchat::SecretStore::Outcome CliSecrets::read(const QString &key)
{
    Snapchat::SecretStore::Outcome result;
    QEventLoop loop;
    m_environment.read(key, &loop, [&](const Snapchat::SecretStore::Outcome &outcome) {
        result = outcome;
        loop.quit();
    });
    loop.exec();
    return result;
}

Snapchat::SecretStore::Outcome CliSecrets::write(const QString &key, const QString &value)
{
    Snapchat::SecretStore::Outcome result;
    QEventLoop loop;
    m_environment.write(key, value, &loop, [&](const Snapchat::SecretStore::Outcome &outcome) {
        result = outcome;
        loop.quit();
    });
    loop.exec();
    return result;
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
