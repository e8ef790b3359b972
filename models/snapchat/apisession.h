#pragma once

#include "oauthsession.h"
#include "requestexecutor.h"
#include "snapchatclient.h"

#include <QNetworkAccessManager>

namespace Snapchat {

// Everything needed to call the Marketing API for one connection on the current thread: its own
// network access manager, the OAuth session restored from the stored refresh token, the request
// executor and the client. The first calls wait for the refresh that restoring starts: there is
// no separate sign-in step.
class ApiSession
{
public:
    ApiSession(const ConnectionSettings &settings, const QString &clientSecret, const QString &refreshToken);
    Q_DISABLE_COPY_MOVE(ApiSession)

    SnapchatClient &client() { return m_client; }
    OAuthSession &oauth() { return m_oauth; }
    RequestExecutor &executor() { return m_executor; }

private:
    QNetworkAccessManager m_network;
    OAuthSession m_oauth;
    RequestExecutor m_executor;
    SnapchatClient m_client;
};

} // namespace Snapchat
