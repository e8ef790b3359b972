// ApiSession against the sandbox: a stored sign-in becomes API calls, and every refresh token
// Snapchat rotates (the sandbox's are single-use) ends up in the secret store the sign-in came
// from, also when the session lives on a worker thread and the store on the caller's.
#include <sandbox/sandboxserver.h>
#include <snapchat/apisession.h>
#include <snapchat/memorysecretstore.h>

#include <QTest>
#include <QThread>

using namespace Snapchat;

class TestApiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callsTheApiAndKeepsTheRotatedToken();
    void sessionOnAWorkerThreadHandsTheTokenToTheStore();

private:
    ConnectionSettings settings() const;
    SecretStore::SignIn storedSignIn();
    // Whether the sandbox still takes refreshToken (it takes each one once).
    bool sandboxAccepts(const QString &refreshToken);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<MemorySecretStore> m_store;
    const QString m_connectionId = QStringLiteral("7");
};

void TestApiSession::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_store = std::make_unique<MemorySecretStore>();
}

void TestApiSession::cleanup()
{
    m_store.reset();
    m_server.reset();
}

ConnectionSettings TestApiSession::settings() const
{
    ConnectionSettings s;
    s.apiBaseUrl = m_server->baseUrl();
    s.accountsBaseUrl = m_server->baseUrl();
    s.clientId = m_server->options().clientId;
    return s;
}

SecretStore::SignIn TestApiSession::storedSignIn()
{
    const QString refreshToken = m_server->issueTokens().second;
    SecretStore::SignIn signIn;
    signIn.clientSecret.value = m_server->options().clientSecret;
    signIn.refreshToken.value = refreshToken;
    return signIn;
}

bool TestApiSession::sandboxAccepts(const QString &refreshToken)
{
    SecretStore::SignIn signIn;
    signIn.clientSecret.value = m_server->options().clientSecret;
    signIn.refreshToken.value = refreshToken;
    ApiSession probe(settings(), QStringLiteral("probe"), signIn, nullptr);
    std::optional<ApiError> answer;
    probe.oauth().refreshAccessToken([&](const ApiError &error) { answer = error; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return false;
    return !answer->isError();
}

void TestApiSession::callsTheApiAndKeepsTheRotatedToken()
{
    const SecretStore::SignIn signIn = storedSignIn();
    auto api = std::make_unique<ApiSession>(settings(), m_connectionId, signIn, m_store.get());
    std::optional<Result<Me>> me;
    api->client().me(this, [&](const Result<Me> &result) { me = result; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY2(me->ok(), qPrintable(me->error.userMessage()));

    const QString newest = api->oauth().refreshToken();
    QVERIFY(newest != signIn.refreshToken.value);
    QVERIFY(m_store->waitForWrites(std::chrono::seconds(5)));
    QCOMPARE(m_store->contents().value(SecretStore::refreshTokenKey(m_connectionId)), newest);
    api.reset();
    QVERIFY(!sandboxAccepts(signIn.refreshToken.value));
    QVERIFY(sandboxAccepts(newest));
}

void TestApiSession::sessionOnAWorkerThreadHandsTheTokenToTheStore()
{
    // The way an export run uses it: the session is created, refreshed and destroyed on its own
    // thread (the sandbox answers from this one), the store stays here.
    const SecretStore::SignIn signIn = storedSignIn();
    QString newest;
    QThread worker;
    QObject starter;
    starter.moveToThread(&worker);
    std::unique_ptr<ApiSession> api;
    QMetaObject::invokeMethod(&starter, [&] {
        api = std::make_unique<ApiSession>(settings(), m_connectionId, signIn, m_store.get());
        api->oauth().refreshAccessToken([&](const ApiError &) {
            newest = api->oauth().refreshToken();
            // Not inside the session's own callback.
            QMetaObject::invokeMethod(&starter, [&] {
                api.reset();
                worker.quit();
            }, Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
    worker.start();
    // This thread's event loop serves the sandbox and, once the thread has ended, the store.
    QTRY_VERIFY_WITH_TIMEOUT(worker.isFinished(), 10000);
    QVERIFY(!newest.isEmpty());
    QVERIFY(newest != signIn.refreshToken.value);
    QVERIFY(m_store->waitForWrites(std::chrono::seconds(5)));
    QCOMPARE(m_store->pendingWrites(), 0);
    QCOMPARE(m_store->contents().value(SecretStore::refreshTokenKey(m_connectionId)), newest);
    QVERIFY(sandboxAccepts(newest));
}

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_apisession.moc"
