#pragma once

#include <snapchat/environmentsecretstore.h>
#include <snapchat/keychainsecretstore.h>
#include <workspace/accesspolicy.h>

#include <QEventLoop>
#include <QString>

#include <functional>

namespace Workspace {
class Workspace;
struct Connection;
}

namespace Cli {

// The secrets of the command line: AUDIENCEBRIDGE_CLIENT_SECRET / AUDIENCEBRIDGE_REFRESH_TOKEN
// when set (headless use), else the OS keychain.
class CliSecrets
{
public:
    CliSecrets();
    // Waits (up to 10 s) for the keychain writes still running, such as the refresh token a
    // run rotated: exiting first would lose it, and the next command could not sign in.
    ~CliSecrets();
    Q_DISABLE_COPY_MOVE(CliSecrets)
    Snapchat::SecretStore &store() { return m_environment; }

    // Synchronous forms for the command line (a local event loop waits for the keychain).
    Snapchat::SecretStore::Outcome read(const QString &key);
    Snapchat::SecretStore::Outcome write(const QString &key, const QString &value);
    Snapchat::SecretStore::SignIn readSignIn(const QString &connectionId);

private:
    Snapchat::KeychainSecretStore m_keychain;
    Snapchat::EnvironmentSecretStore m_environment;
};

// Runs start(done) and an event loop until done(exitCode) is called; returns that code.
int runUntilDone(const std::function<void(const std::function<void(int)> &done)> &start);

// A connection by name or id for the given action, as ConnectionStore::list() shows it to the
// user. Prints a specific error when there is none, or the role rules' refusal (written to the
// audit log) when the user may not do the action with it.
std::optional<Workspace::Connection> findConnection(Workspace::Workspace &workspace, const QString &nameOrId,
                                                    Workspace::Action action);

} // namespace Cli
