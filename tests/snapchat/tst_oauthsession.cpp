// The OAuth connection against the sandbox's accounts server on loopback: the browser step is
// a real QNetworkAccessManager GET of the authorize URL, redirects followed.
#include <sandbox/sandboxserver.h>
#include <snapchat/oauthsession.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/snapchatclient.h>

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Snapchat;

class TestOAuthSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loopbackFlowConnects();
    void freshStateEveryAttempt();
    void stateMismatchIsRejected();
    void pasteFlowConnects();
    void expiredTokenRefreshedMidSequence();
    void refreshScheduledBeforeExpiry();
    void revokedRefreshAsksToReconnect();
    void tokenEndpointErrorIsReported();
    void attemptTimesOut();
    void restoresFromRefreshToken();
    void tokenEndpointOutagesAreRetried();
    void refusesPlainHttpAccountsServer();
    void logsCarryNoSecret();

private:
    ConnectionSettings settings() const;
    std::unique_ptr<OAuthSession> newSession(const ConnectionSettings &s);
    // Opens the authorize URL as a browser would; returns the last reply's status.
    int browse(const QUrl &url, bool followRedirects, QByteArray *location = nullptr);
    bool connectLoopback(OAuthSession *session);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;     // the session's
    std::unique_ptr<QNetworkAccessManager> m_browser; // the "browser"
};

void TestOAuthSession::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
}

void TestOAuthSession::cleanup()
{
    m_browser.reset();
    m_nam.reset();
    m_server.reset();
}

ConnectionSettings TestOAuthSession::settings() const
{
    ConnectionSettings s;
    s.apiBaseUrl = m_server->baseUrl();
    s.accountsBaseUrl = m_server->baseUrl();
    s.clientId = m_server->options().clientId;
    return s;
}

std::unique_ptr<OAuthSession> TestOAuthSession::newSession(const ConnectionSettings &s)
{
    auto session = std::make_unique<OAuthSession>(s, m_nam.get());
    session->setClientSecret(m_server->options().clientSecret);
    return session;
}

int TestOAuthSession::browse(const QUrl &url, bool followRedirects, QByteArray *location)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_browser->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    if (location)
        *location = reply->rawHeader("Location");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

bool TestOAuthSession::connectLoopback(OAuthSession *session)
{
    QSignalSpy urlReady(session, &OAuthSession::authorizeUrlReady);
    QSignalSpy connected(session, &OAuthSession::connected);
    QString error;
    if (!session->startLoopback(&error) || urlReady.isEmpty())
        return false;
    if (browse(urlReady.first().first().toUrl(), true) != 200)
        return false;
    return !connected.isEmpty() || connected.wait(10000);
}

void TestOAuthSession::loopbackFlowConnects()
{
    auto session = newSession(settings());
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizeUrlReady);
    QSignalSpy connected(session.get(), &OAuthSession::connected);
    QSignalSpy refreshToken(session.get(), &OAuthSession::refreshTokenChanged);
    QString error;
    QVERIFY2(session->startLoopback(&error), qPrintable(error));
    QCOMPARE(urlReady.size(), 1);
    const QUrl authorize = urlReady.first().first().toUrl();
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope")), QStringLiteral("snapchat-marketing-api"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), session->pendingState());
    QCOMPARE(session->loopbackRedirectUri().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)), session->loopbackRedirectUri());

    QCOMPARE(browse(authorize, true), 200); // sandbox 302 -> loopback listener's page
    QVERIFY(!connected.isEmpty() || connected.wait(10000)); // may have come while browsing
    QVERIFY(session->isConnected());
    QVERIFY(!session->accessToken().isEmpty());
    QCOMPARE(refreshToken.size(), 1);
    QCOMPARE(refreshToken.first().first().toString(), session->refreshToken());
    QCOMPARE(m_server->tokenGrants(), 1);
    QVERIFY(session->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(1700));

    // The listener is gone once the flow ended.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(session->loopbackRedirectUri().port()));
    QVERIFY(!probe.waitForConnected(2000));

    RequestExecutor executor(m_nam.get(), session.get());
    SnapchatClient client(settings(), &executor);
    std::optional<Result<Me>> me;
    client.me(this, [&](const Result<Me> &r) { me = r; });
    QTRY_VERIFY(me.has_value());
    QVERIFY2(me->ok(), qPrintable(me->error.userMessage()));
}

void TestOAuthSession::freshStateEveryAttempt()
{
    auto session = newSession(settings());
    QString error;
    QVERIFY(session->startLoopback(&error));
    const QString first = session->pendingState();
    session->cancel();
    QVERIFY(session->startLoopback(&error));
    const QString second = session->pendingState();
    QVERIFY(first != second);
    QVERIFY(first.size() >= 40);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]+$")).match(second).hasMatch());
    auto other = newSession(settings());
    QVERIFY(other->startLoopback(&error));
    QVERIFY(other->pendingState() != second);
}

void TestOAuthSession::stateMismatchIsRejected()
{
    auto session = newSession(settings());
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizeUrlReady);
    QSignalSpy failed(session.get(), &OAuthSession::failed);
    QSignalSpy connected(session.get(), &OAuthSession::connected);
    QString error;
    QVERIFY(session->startLoopback(&error));
    QUrl authorize = urlReady.first().first().toUrl();
    QUrlQuery query(authorize);
    query.removeQueryItem(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    authorize.setQuery(query);
    browse(authorize, true);
    QVERIFY(!failed.isEmpty() || failed.wait(5000));
    const ApiError reason = failed.first().first().value<ApiError>();
    QVERIFY2(reason.userMessage().contains(QLatin1StringView("state mismatch")), qPrintable(reason.userMessage()));
    QTest::qWait(200);
    QVERIFY(connected.isEmpty());
    QCOMPARE(m_server->tokenGrants(), 0);
    QVERIFY(!session->isConnected());
}

void TestOAuthSession::pasteFlowConnects()
{
    ConnectionSettings s = settings();
    s.redirectUri = QUrl(QStringLiteral("https://crm.example.com/snapchat/done"));
    auto session = newSession(s);
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizeUrlReady);
    QSignalSpy connected(session.get(), &OAuthSession::connected);
    QString error;
    QVERIFY2(session->startPaste(&error), qPrintable(error));
    QByteArray location;
    QCOMPARE(browse(urlReady.first().first().toUrl(), false, &location), 302);
    QVERIFY(location.startsWith("https://crm.example.com/snapchat/done?code="));

    QVERIFY(!session->completeWithPastedUrl(QStringLiteral("https://crm.example.com/snapchat/done?code=abc&state=old"), &error));
    QVERIFY(error.contains(QLatin1StringView("state")));
    QVERIFY(session->completeWithPastedUrl(QString::fromLatin1(location), &error));
    QVERIFY(connected.wait(10000));
    QVERIFY(!session->accessToken().isEmpty());
}

void TestOAuthSession::expiredTokenRefreshedMidSequence()
{
    auto session = newSession(settings());
    QSignalSpy refreshToken(session.get(), &OAuthSession::refreshTokenChanged);
    QVERIFY(connectLoopback(session.get()));
    RequestExecutor executor(m_nam.get(), session.get());
    SnapchatClient client(settings(), &executor);
    std::optional<Result<Me>> me;
    client.me(this, [&](const Result<Me> &r) { me = r; });
    QTRY_VERIFY(me.has_value());
    QVERIFY(me->ok());

    const QString oldAccess = session->accessToken();
    m_server->expireAccessTokens();
    std::optional<Result<QList<Organization>>> orgs;
    client.organizations(this, [&](const Result<QList<Organization>> &r) { orgs = r; });
    QTRY_VERIFY(orgs.has_value());
    QVERIFY2(orgs->ok(), qPrintable(orgs->error.userMessage()));
    QCOMPARE(m_server->refreshGrants(), 1);
    QCOMPARE(executor.refreshCount(), 1);
    QVERIFY(session->accessToken() != oldAccess);
    QCOMPARE(refreshToken.size(), 2); // rotated: the newest one is handed out
    QCOMPARE(refreshToken.last().first().toString(), session->refreshToken());
}

void TestOAuthSession::refreshScheduledBeforeExpiry()
{
    m_server->options().tokenTtlSeconds = 2;
    auto session = newSession(settings());
    QVERIFY(connectLoopback(session.get()));
    QCOMPARE(m_server->refreshGrants(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->refreshGrants() >= 1, 4000); // before anything failed
    RequestExecutor executor(m_nam.get(), session.get());
    SnapchatClient client(settings(), &executor);
    std::optional<Result<Me>> me;
    client.me(this, [&](const Result<Me> &r) { me = r; });
    QTRY_VERIFY(me.has_value());
    QVERIFY(me->ok());
}

void TestOAuthSession::revokedRefreshAsksToReconnect()
{
    auto session = newSession(settings());
    QVERIFY(connectLoopback(session.get()));
    QSignalSpy failed(session.get(), &OAuthSession::failed);
    m_server->revokeRefreshTokens();
    m_server->expireAccessTokens();
    RequestExecutor executor(m_nam.get(), session.get());
    SnapchatClient client(settings(), &executor);
    std::optional<Result<Me>> me;
    client.me(this, [&](const Result<Me> &r) { me = r; });
    QTRY_VERIFY(me.has_value());
    QCOMPARE(me->error.kind, ApiError::Kind::Auth);
    QVERIFY2(me->error.userMessage().contains(QLatin1StringView("Reconnect")), qPrintable(me->error.userMessage()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!session->isConnected());
}

void TestOAuthSession::tokenEndpointErrorIsReported()
{
    auto session = std::make_unique<OAuthSession>(settings(), m_nam.get());
    session->setClientSecret(QStringLiteral("wrong-secret"));
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizeUrlReady);
    QSignalSpy failed(session.get(), &OAuthSession::failed);
    QString error;
    QVERIFY(session->startLoopback(&error));
    browse(urlReady.first().first().toUrl(), true);
    QVERIFY(!failed.isEmpty() || failed.wait(5000));
    const ApiError reported = failed.first().first().value<ApiError>();
    const QString message = reported.userMessage();
    QVERIFY2(message.contains(QLatin1StringView("401")) && message.contains(QLatin1StringView("invalid_client")),
             qPrintable(message));
    QCOMPARE(reported.httpStatus, 401);
    QCOMPARE(reported.errorCode, QStringLiteral("invalid_client"));
}

void TestOAuthSession::attemptTimesOut()
{
    auto session = newSession(settings());
    session->setTimeoutMs(300);
    QSignalSpy failed(session.get(), &OAuthSession::failed);
    QString error;
    QVERIFY(session->startLoopback(&error));
    const quint16 port = quint16(session->loopbackRedirectUri().port());
    QVERIFY(failed.wait(3000));
    QVERIFY(failed.first().first().value<ApiError>().userMessage().contains(QLatin1StringView("in time")));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000));
}

void TestOAuthSession::restoresFromRefreshToken()
{
    auto first = newSession(settings());
    QVERIFY(connectLoopback(first.get()));
    const QString stored = first->refreshToken();
    first.reset();

    auto session = newSession(settings());
    QSignalSpy connected(session.get(), &OAuthSession::connected);
    QSignalSpy rotated(session.get(), &OAuthSession::refreshTokenChanged);
    session->restore(stored);
    QVERIFY(connected.wait(5000));
    QVERIFY(!session->accessToken().isEmpty());
    QVERIFY(session->refreshToken() != stored);
    QCOMPARE(rotated.size(), 1);
}

void TestOAuthSession::tokenEndpointOutagesAreRetried()
{
    auto session = newSession(settings());
    m_server->failNextTokenRequests(2); // the code exchange fails twice with 503
    QVERIFY(connectLoopback(session.get()));
    m_server->failNextTokenRequests(2); // and so does the refresh
    m_server->expireAccessTokens();
    RequestExecutor executor(m_nam.get(), session.get());
    SnapchatClient client(settings(), &executor);
    std::optional<Result<Me>> me;
    client.me(this, [&](const Result<Me> &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY2(me->ok(), qPrintable(me->error.userMessage()));
    QCOMPARE(m_server->tokenGrants(), 1);
    QCOMPARE(m_server->refreshGrants(), 1);
}

void TestOAuthSession::refusesPlainHttpAccountsServer()
{
    ConnectionSettings s = settings();
    s.accountsBaseUrl = QUrl(QStringLiteral("http://accounts.example.com"));
    auto session = newSession(s);
    QString error;
    QVERIFY(!session->startLoopback(&error));
    QVERIFY(error.contains(QLatin1StringView("https://")));
}

namespace {
QStringList *g_messages = nullptr;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    g_previous(type, context, message);
}
} // namespace

void TestOAuthSession::logsCarryNoSecret()
{
    // Everything this program and Qt's network classes log, at every level, through a whole
    // connection: sign-in, API calls, a 401 and refresh, a failed refresh.
    QLoggingCategory::setFilterRules(QStringLiteral("audiencebridge.*=true\nqt.networkauth*=true\nqt.network.*=true"));
    QStringList messages;
    g_messages = &messages;
    g_previous = qInstallMessageHandler(collect);
    QStringList secrets{m_server->options().clientSecret};
    {
        auto session = newSession(settings());
        connect(session.get(), &OAuthSession::refreshTokenChanged, this, [&](const QString &t) { secrets.append(t); });
        QVERIFY(connectLoopback(session.get()));
        secrets.append(session->accessToken());
        RequestExecutor executor(m_nam.get(), session.get());
        SnapchatClient client(settings(), &executor);
        m_server->expireAccessTokens();
        std::optional<Result<Me>> me;
        client.me(this, [&](const Result<Me> &r) { me = r; });
        QTRY_VERIFY(me.has_value());
        QVERIFY(me->ok());
        secrets.append(session->accessToken());
        m_server->revokeRefreshTokens();
        m_server->expireAccessTokens();
        me.reset();
        client.me(this, [&](const Result<Me> &r) { me = r; });
        QTRY_VERIFY(me.has_value());
        QVERIFY(!me->ok());
    }
    qInstallMessageHandler(g_previous);
    g_messages = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!messages.isEmpty());
    QVERIFY(secrets.size() >= 5);
    for (const QString &message : std::as_const(messages)) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!message.contains(secret), qPrintable(QStringLiteral("a log line carries a secret: ") + message.left(80)));
    }
}

QTEST_GUILESS_MAIN(TestOAuthSession)
#include "tst_oauthsession.moc"
