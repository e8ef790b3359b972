#include "connectionapi.h"

#include "exportlauncher.h"

#include <snapchat/apisession.h>
#include <snapchat/secretstore.h>
#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QTimer>

namespace Exporting {

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

Snapchat::SnapchatClient *ConnectionApi::client() const
{
    return m_ready ? &m_api->client() : nullptr;
}

void ConnectionApi::reset()
{
    ++m_generation;
    delete m_attempt; // drops the callbacks still pending
    m_attempt = nullptr;
    m_ready = false;
    m_api.reset();
}

void ConnectionApi::fail(const QString &message)
{
    reset();
    Q_EMIT failed(message);
}

void ConnectionApi::open(const QString &connectionId)
{
    if (connectionId == m_connectionId && m_ready) {
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
    const Snapchat::ConnectionSettings settings = connectionSettings(*connection);
    const QString name = connection->name;

    m_secrets.readSignIn(connectionId, m_attempt, [this, settings, name, connectionId](
                                                      const Snapchat::SecretStore::SignIn &signIn) {
        if (!signIn.clientSecret.ok()) {
            fail(tr("The client secret of connection \"%1\" could not be read: %2").arg(name, signIn.clientSecret.message));
            return;
        }
        if (!signIn.refreshToken.ok()) {
            fail(tr("Connection \"%1\" has no stored Snapchat sign-in (%2). An administrator must "
                    "reconnect it.").arg(name, signIn.refreshToken.message));
            return;
        }
        m_api = std::make_unique<Snapchat::ApiSession>(settings, connectionId, signIn, &m_secrets, m_network);
        m_api->executor().setTransferTimeoutMs(kTransferTimeoutMs);
        const quint64 generation = m_generation;
        // Joins the refresh that restoring the session started. The answer is taken in later: a
        // failure deletes the session, which must not happen inside its own callback.
        m_api->oauth().refreshAccessToken([this, generation](const Snapchat::ApiError &refreshError) {
            if (generation != m_generation)
                return; // a later open() replaced this attempt
            QMetaObject::invokeMethod(m_attempt, [this, refreshError] {
                if (refreshError.isError()) {
                    fail(refreshError.userMessage());
                    return;
                }
                m_ready = true;
                Q_EMIT ready();
            }, Qt::QueuedConnection);
        });
    });
}

} // namespace Exporting
