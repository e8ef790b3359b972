#include "apisession.h"

#include <QPointer>

namespace Snapchat {

namespace {

QNetworkAccessManager *networkOf(QNetworkAccessManager *given, std::unique_ptr<QNetworkAccessManager> &own)
{
    if (given)
        return given;
    own = std::make_unique<QNetworkAccessManager>();
    return own.get();
}

} // namespace

ApiSession::ApiSession(const ConnectionSettings &settings, const QString &connectionId,
                       const SecretStore::SignIn &signIn, SecretStore *store, QNetworkAccessManager *network)
    : m_oauth(settings, networkOf(network, m_ownNetwork))
    , m_executor(m_ownNetwork ? m_ownNetwork.get() : network, &m_oauth)
    , m_client(settings, &m_executor)
{
    m_oauth.setClientSecret(signIn.clientSecret.value);
    if (store) {
        // writeLater() is safe from this thread whatever the store's; the pointer is checked here
        // because the store may go away before a late refresh.
        QObject::connect(&m_oauth, &OAuthSession::refreshTokenChanged, &m_oauth,
                         [store = QPointer<SecretStore>(store), key = SecretStore::refreshTokenKey(connectionId)](
                             const QString &token) {
            if (store)
                store->writeLater(key, token);
        });
    }
    m_oauth.restore(signIn.refreshToken.value);
}

} // namespace Snapchat
