#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
namespace Snapchat {
class OAuthSession;
class RequestExecutor;
class SecretStore;
class SnapchatClient;
} // namespace Snapchat
namespace Workspace {
class Workspace;
}

// A stored connection made ready for API calls: its settings from the workspace (when the user
// may use it), its client secret and refresh token from the secret store, a fresh access token.
// A refresh token Snapchat replaces is written back to the secret store.
class ConnectionApi : public QObject
{
    Q_OBJECT
public:
    ConnectionApi(Workspace::Workspace &workspace, Snapchat::SecretStore &secrets,
                  QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionApi() override;

    // Starts over for connectionId; ready() or failed() follows. Opening the same connection
    // again while it is ready emits ready() at once.
    void open(const QString &connectionId);
    bool isReady() const { return m_client != nullptr; }
    const QString &connectionId() const { return m_connectionId; }
    Snapchat::SnapchatClient *client() const { return m_client; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void reset();
    void fail(const QString &message);

    Workspace::Workspace &m_workspace;
    Snapchat::SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    QString m_connectionId;
    QObject *m_attempt = nullptr; // context of the callbacks of the current attempt
    quint64 m_generation = 0;
    Snapchat::OAuthSession *m_session = nullptr;
    Snapchat::RequestExecutor *m_executor = nullptr;
    Snapchat::SnapchatClient *m_client = nullptr;
};
