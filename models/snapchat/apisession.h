#pragma once

#include "oauthsession.h"
#include "requestexecutor.h"
#include "secretstore.h"
#include "snapchatclient.h"

#include <QNetworkAccessManager>

#include <memory>

namespace Snapchat {

// Everything needed to call the Marketing API for one stored connection on the current thread:
// a network access manager, the OAuth session restored from the stored refresh token, the
// request executor and the client. The first calls wait for the refresh that restoring starts:
// there is no separate sign-in step.
//
// Snapchat may replace the refresh token on every refresh, and only the newest one works: each
// one goes to the secret store the sign-in came from, under the connection's key. The store may
// live on another thread (a run's session lives on its worker thread): the write is handed to it.
class ApiSession
{
public:
    // signIn must be ok(). store null: rotated refresh tokens are not kept (tests). network null:
    // the session has its own (the only choice on a worker thread).
    ApiSession(const ConnectionSettings &settings, const QString &connectionId, const SecretStore::SignIn &signIn,
               SecretStore *store, QNetworkAccessManager *network = nullptr);
    Q_DISABLE_COPY_MOVE(ApiSession)

    SnapchatClient &client() { return m_client; }
    OAuthSession &oauth() { return m_oauth; }
    RequestExecutor &executor() { return m_executor; }

private:
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    OAuthSession m_oauth;
    RequestExecutor m_executor;
    SnapchatClient m_client;
};

} // namespace Snapchat
