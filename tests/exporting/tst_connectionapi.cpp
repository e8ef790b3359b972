// Exporting::ConnectionApi: a connection stored in a workspace, with its sign-in in the secret
// store, made ready for API calls against the sandbox, and the ways that fails in words.
#include <exporting/connectionapi.h>
#include <sandbox/sandboxserver.h>
#include <snapchat/memorysecretstore.h>
#include <snapchat/snapchatclient.h>
#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Snapchat::SecretStore;

class TestConnectionApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readyForCallsAndKeepsTheRotatedToken();
    void openingAgainWhileReadyAnswersAtOnce();
    void missingRefreshTokenAsksForReconnecting();
    void missingClientSecretSaysSo();
    void unknownConnectionIsRefused();
    void refusedSignInFails();

private:
    QString addConnection(bool withClientSecret, bool withRefreshToken);
    // Opens connectionId and waits for the answer: empty when ready, else the message.
    std::optional<QString> open(Exporting::ConnectionApi &api, const QString &connectionId);
    QString storedRefreshToken(const QString &connectionId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    std::unique_ptr<Snapchat::MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Exporting::ConnectionApi> m_api;
};

void TestConnectionApi::init()
{
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("test.abw")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_secrets = std::make_unique<Snapchat::MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<Exporting::ConnectionApi>(*m_workspace, *m_secrets, m_network.get());
}

void TestConnectionApi::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_server.reset();
    m_dir.reset();
    qunsetenv("AUDIENCEBRIDGE_USER");
}

QString TestConnectionApi::addConnection(bool withClientSecret, bool withRefreshToken)
{
    Workspace::Connection connection;
    connection.name = QStringLiteral("Sandbox");
    connection.clientId = m_server->options().clientId;
    connection.apiBaseUrl = connection.accountsBaseUrl = m_server->baseUrl().toString();
    QString error;
    if (!Workspace::ConnectionStore(*m_workspace).add(connection, &error)) {
        qWarning() << error;
        return {};
    }
    if (withClientSecret)
        m_secrets->write(SecretStore::clientSecretKey(connection.id), m_server->options().clientSecret, nullptr, {});
    if (withRefreshToken)
        m_secrets->write(SecretStore::refreshTokenKey(connection.id), m_server->issueTokens().second, nullptr, {});
    m_secrets->waitForWrites(std::chrono::seconds(5));
    return connection.id;
}

std::optional<QString> TestConnectionApi::open(Exporting::ConnectionApi &api, const QString &connectionId)
{
    QSignalSpy ready(&api, &Exporting::ConnectionApi::ready);
    QSignalSpy failed(&api, &Exporting::ConnectionApi::failed);
    api.open(connectionId);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000))
        return std::nullopt;
    QTest::qWait(20); // nothing else follows
    if (ready.size() + failed.size() != 1)
        return std::nullopt;
    return ready.isEmpty() ? failed.constFirst().constFirst().toString() : QString();
}

QString TestConnectionApi::storedRefreshToken(const QString &connectionId) const
{
    return m_secrets->contents().value(SecretStore::refreshTokenKey(connectionId));
}

void TestConnectionApi::readyForCallsAndKeepsTheRotatedToken()
{
    const QString id = addConnection(true, true);
    const QString original = storedRefreshToken(id);
    QVERIFY(!m_api->isReady());
    QVERIFY(!m_api->client());
    QCOMPARE(open(*m_api, id), QString());
    QVERIFY(m_api->isReady());
    QCOMPARE(m_api->connectionId(), id);
    QVERIFY(m_api->client());

    std::optional<Snapchat::Result<Snapchat::Me>> me;
    m_api->client()->me(this, [&](const Snapchat::Result<Snapchat::Me> &result) { me = result; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY2(me->ok(), qPrintable(me->error.userMessage()));

    // The sandbox takes each refresh token once: the store must hold the new one.
    QVERIFY(m_secrets->waitForWrites(std::chrono::seconds(5)));
    QVERIFY(!storedRefreshToken(id).isEmpty());
    QVERIFY(storedRefreshToken(id) != original);
    Exporting::ConnectionApi second(*m_workspace, *m_secrets, m_network.get());
    QCOMPARE(open(second, id), QString());
}

void TestConnectionApi::openingAgainWhileReadyAnswersAtOnce()
{
    const QString id = addConnection(true, true);
    QCOMPARE(open(*m_api, id), QString());
    const int refreshes = m_server->refreshGrants();
    QCOMPARE(open(*m_api, id), QString());
    QCOMPARE(m_server->refreshGrants(), refreshes);
    QVERIFY(m_api->isReady());
}

void TestConnectionApi::missingRefreshTokenAsksForReconnecting()
{
    const QString id = addConnection(true, false);
    const std::optional<QString> message = open(*m_api, id);
    QVERIFY(message);
    QVERIFY2(message->startsWith(QLatin1StringView("Connection \"Sandbox\" has no stored Snapchat sign-in (")),
             qPrintable(*message));
    QVERIFY(message->endsWith(QLatin1StringView("An administrator must reconnect it.")));
    QVERIFY(!m_api->isReady());
    QVERIFY(!m_api->client());
}

void TestConnectionApi::missingClientSecretSaysSo()
{
    const QString id = addConnection(false, true);
    const std::optional<QString> message = open(*m_api, id);
    QVERIFY(message);
    QVERIFY2(message->startsWith(QLatin1StringView("The client secret of connection \"Sandbox\" could not be read: ")),
             qPrintable(*message));
    QVERIFY(!m_api->isReady());
}

void TestConnectionApi::unknownConnectionIsRefused()
{
    const std::optional<QString> message = open(*m_api, QStringLiteral("no-such-connection"));
    QVERIFY(message);
    QCOMPARE(*message, QStringLiteral("No connection with id 'no-such-connection'."));
    QVERIFY(!m_api->isReady());
}

void TestConnectionApi::refusedSignInFails()
{
    const QString id = addConnection(true, true);
    m_server->revokeRefreshTokens();
    const std::optional<QString> message = open(*m_api, id);
    QVERIFY(message);
    QVERIFY2(message->contains(QLatin1StringView("Reconnect")), qPrintable(*message));
    QVERIFY(!m_api->isReady());
    QVERIFY(!m_api->client());
}

QTEST_GUILESS_MAIN(TestConnectionApi)
#include "tst_connectionapi.moc"
