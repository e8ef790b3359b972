#include "apisession.h"

namespace Snapchat {

ApiSession::ApiSession(const ConnectionSettings &settings, const QString &clientSecret,
                       const QString &refreshToken)
    : m_oauth(settings, &m_network)
    , m_executor(&m_network, &m_oauth)
    , m_client(settings, &m_executor)
{
    m_oauth.setClientSecret(clientSecret);
    m_oauth.restore(refreshToken);
}

} // namespace Snapchat
