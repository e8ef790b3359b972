#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
namespace Snapchat {
class ApiSession;
class SecretStore;
class SnapchatClient;
} // namespace Snapchat
namespace Workspace {
class Workspace;
}

namespace Exporting {

// A stored connection made ready for API calls on this thread: its settings from the workspace
// (when the user may use it), its client secret and refresh token from the secret store, an
// ApiSession (which keeps every refresh token Snapchat rotates in that store) with a fresh access
// token.
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
    bool isReady() const { return m_ready; }
    const QString &connectionId() const { return m_connectionId; }
    // Null until ready().
    Snapchat::SnapchatClient *client() const;

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
    std::unique_ptr<Snapchat::ApiSession> m_api;
    bool m_ready = false;
};

} // namespace Exporting
