#include "connectionapi.h"

#include <exporting/exportlauncher.h>

#include <snapchat/oauthsession.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/secretstore.h>
#include <snapchat/snapchatclient.h>
#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QTimer>

namespace {

constexpr int kTransferTimeoutMs = 30 * 1000;

} // namespace

ConnectionApi::ConnectionApi(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_network(network)
{
}

ConnectionApi::~ConnectionApi() = default;

void ConnectionApi::reset()
{
    ++m_generation;
    delete m_attempt; // drops the callbacks still pending
    m_attempt = nullptr;
    delete m_client;
    delete m_executor;
    delete m_session;
    m_client = nullptr;
    m_executor = nullptr;
    m_session = nullptr;
}

void ConnectionApi::fail(const QString &message)
{
    reset();
    Q_EMIT failed(message);
}

void ConnectionApi::open(const QString &connectionId)
{
    if (connectionId == m_connectionId && m_client) {
        QTimer::singleShot(0, this, &ConnectionApi::ready);
        return;
    }
    reset();
    m_connectionId = connectionId;
    m_attempt = new QObject(this);

    QString error;
    const std::optional<Workspace::Connection> connection =
        Workspace::ConnectionStore(m_workspace).forUse(connectionId, &error);
    if (!connection) {
        QTimer::singleShot(0, m_attempt, [this, error] { fail(error); });
        return;
    }
    const Snapchat::ConnectionSettings settings = Exporting::connectionSettings(*connection);
    const QString name = connection->name;

    QObject *attempt = m_attempt;
    m_secrets.read(Snapchat::SecretStore::clientSecretKey(connectionId), attempt,
                   [this, attempt, settings, name, connectionId](const Snapchat::SecretStore::Outcome &secret) {
        if (!secret.ok()) {
            fail(tr("The client secret of connection \"%1\" could not be read: %2").arg(name, secret.message));
            return;
        }
        m_secrets.read(Snapchat::SecretStore::refreshTokenKey(connectionId), attempt,
                       [this, settings, name, connectionId, clientSecret = secret.value](
                           const Snapchat::SecretStore::Outcome &token) {
            if (!token.ok()) {
                fail(tr("Connection \"%1\" has no stored Snapchat sign-in (%2). An administrator must "
                        "reconnect it.").arg(name, token.message));
                return;
            }
            m_session = new Snapchat::OAuthSession(settings, m_network, this);
            m_session->setClientSecret(clientSecret);
            connect(m_session, &Snapchat::OAuthSession::refreshTokenChanged, this,
                    [this, connectionId](const QString &newToken) {
                // Snapchat may replace the refresh token: the newest one is the only one that works.
                m_secrets.write(Snapchat::SecretStore::refreshTokenKey(connectionId), newToken, this,
                                [](const Snapchat::SecretStore::Outcome &) {});
            });
            m_session->restore(token.value);
            const quint64 generation = m_generation;
            m_session->refreshAccessToken([this, generation, settings](const Snapchat::ApiError &refreshError) {
                if (generation != m_generation)
                    return; // a later open() replaced this attempt
                if (refreshError.isError()) {
                    fail(refreshError.userMessage());
                    return;
                }
                m_executor = new Snapchat::RequestExecutor(m_network, m_session, this);
                m_executor->setTransferTimeoutMs(kTransferTimeoutMs);
                m_client = new Snapchat::SnapchatClient(settings, m_executor, this);
                Q_EMIT ready();
            });
        });
    });
}
