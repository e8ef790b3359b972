// The API client against the in-process sandbox on loopback: every call, and the failures a
// real Snapchat produces (429 storms, 5xx, resets, 401, 403 E3002).
#include <sandbox/sandboxserver.h>
#include <snapchat/accesstokenprovider.h>
#include <snapchat/apirequests.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/snapchatclient.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

using namespace Snapchat;
using Identity::IdentifierType;

namespace {

// Tokens straight from the sandbox; a refresh mints a new pair unless refresh was revoked.
class SandboxTokens : public AccessTokenProvider
{
public:
    explicit SandboxTokens(Sandbox::SandboxServer *server)
        : m_server(server)
        , m_token(server->issueTokens().first)
    {
    }
    QString accessToken() const override { return m_token; }
    void forget() { m_token.clear(); } // as a session restored from its refresh token starts
    void refreshAccessToken(const RefreshCallback &done) override
    {
        ++refreshes;
        if (failRefresh) {
            done(ApiError::auth(QStringLiteral("invalid_grant")));
            return;
        }
        m_token = m_server->issueTokens().first;
        done({});
    }
    int refreshes = 0;
    bool failRefresh = false;

private:
    Sandbox::SandboxServer *m_server;
    QString m_token;
};

QList<QByteArray> hashes(int count, int offset = 0)
{
    QList<QByteArray> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(QCryptographicHash::hash(QByteArray(QByteArray::number(offset + i) + "@example.com"), QCryptographicHash::Sha256).toHex());
    return list;
}

// Waits for an asynchronous client call.
template<typename T>
struct Waiter
{
    std::optional<Result<T>> result;
    SnapchatClient::Callback<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    bool wait(int ms = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < ms)
            QTest::qWait(5);
        return result.has_value();
    }
};

} // namespace

class TestSnapchatClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyCall();
    void pagesToTheEnd();
    void refreshesOnceAfter401();
    void revokedRefreshAsksToReconnect();
    void survives429Storm();
    void rateLimitedRequestsOutlastTheAttemptBudget();
    void waitsForTheFirstTokenBeforeSending();
    void survivesServerErrorsAndResets();
    void retriesPartialFailures();
    void boundedAttempts();
    void timesOutSlowAnswers();
    void reportsE3002WithRole();
    void refusesPlainHttpToOtherHosts();
    void rejectsBadHashesBeforeSending();
    void staysUnderRateLimit();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SandboxTokens> m_tokens;
    std::unique_ptr<RequestExecutor> m_executor;
    std::unique_ptr<SnapchatClient> m_client;
};

void TestSnapchatClient::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<SandboxTokens>(m_server.get());
    m_executor = std::make_unique<RequestExecutor>(m_nam.get(), m_tokens.get());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 200;
    fast.maxAttempts = 8;
    m_executor->setRetryPolicy(fast);
    m_executor->setTransferTimeoutMs(5000);
    ConnectionSettings settings;
    settings.apiBaseUrl = m_server->baseUrl();
    settings.accountsBaseUrl = m_server->baseUrl();
    m_client = std::make_unique<SnapchatClient>(settings, m_executor.get());
}

void TestSnapchatClient::cleanup()
{
    m_client.reset();
    m_executor.reset();
    m_tokens.reset();
    m_nam.reset();
    m_server.reset();
}

void TestSnapchatClient::everyCall()
{
    Waiter<Me> me;
    m_client->me(this, me.callback());
    QVERIFY(me.wait());
    QVERIFY2(me.result->ok(), qPrintable(me.result->error.userMessage()));
    QCOMPARE(me.result->value.organizationId, m_server->organizationId());

    Waiter<QList<Organization>> orgs;
    m_client->organizations(this, orgs.callback());
    QVERIFY(orgs.wait());
    QVERIFY(orgs.result->ok());
    QCOMPARE(orgs.result->value.size(), 1);
    QCOMPARE(orgs.result->value[0].adAccounts.size(), 1);
    QCOMPARE(orgs.result->value[0].adAccounts[0].id, m_server->adAccountId());

    Waiter<Segment> created;
    m_client->createSegment({m_server->adAccountId(), QStringLiteral("Spring buyers"), QStringLiteral("CRM"), 9999},
                            this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    const Segment segment = created.result->value;
    QVERIFY(segment.isFirstParty());
    QCOMPARE(segment.retentionInDays, 9999);

    const QList<QByteArray> emails = hashes(1000);
    Waiter<UsersResult> added;
    m_client->addUsers(segment.id, IdentifierType::Email, emails, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.result->ok(), qPrintable(added.result->error.userMessage()));
    QCOMPARE(added.result->value.numberUploadedUsers, 1000);

    const QByteArray phoneBody = ApiRequests::usersBody(IdentifierType::Phone, hashes(10, 5000));
    Waiter<UsersResult> addedBody;
    m_client->addUsersBody(segment.id, phoneBody, this, addedBody.callback());
    QVERIFY(addedBody.wait());
    QVERIFY(addedBody.result->ok());

    Waiter<UsersResult> removed;
    m_client->removeUsers(segment.id, IdentifierType::Email, emails.mid(0, 100), this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.result->ok());
    const QList<QByteArray> kept = emails.mid(100);
    QCOMPARE(m_server->hashes(segment.id, QStringLiteral("EMAIL_SHA256")), QSet<QByteArray>(kept.begin(), kept.end()));

    Waiter<Segment> got;
    m_client->segment(segment.id, this, got.callback());
    QVERIFY(got.wait());
    QVERIFY(got.result->ok());
    QCOMPARE(got.result->value.approximateNumberUsers, 910);
    QCOMPARE(got.result->value.name, QStringLiteral("Spring buyers"));

    Waiter<Segment> emptied;
    m_client->removeAllUsers(segment.id, this, emptied.callback());
    QVERIFY(emptied.wait());
    QVERIFY(emptied.result->ok());
    QCOMPARE(m_server->userCount(segment.id), 0);
    QCOMPARE(m_executor->retryCount(), 0);
}

void TestSnapchatClient::pagesToTheEnd()
{
    for (int i = 0; i < 60; ++i) {
        Waiter<Segment> created;
        m_client->createSegment({m_server->adAccountId(), QStringLiteral("List %1").arg(i), {}, 30}, this,
                                created.callback());
        QVERIFY(created.wait());
        QVERIFY(created.result->ok());
    }
    Waiter<QList<Segment>> all;
    m_client->segments(m_server->adAccountId(), this, all.callback(), 50);
    QVERIFY(all.wait());
    QVERIFY2(all.result->ok(), qPrintable(all.result->error.userMessage()));
    QCOMPARE(all.result->value.size(), 63); // 3 seeded + 60, over two pages
    QSet<QString> ids;
    for (const Segment &segment : all.result->value)
        ids.insert(segment.id);
    QCOMPARE(ids.size(), 63);
}

void TestSnapchatClient::refreshesOnceAfter401()
{
    Waiter<Me> first;
    m_client->me(this, first.callback());
    QVERIFY(first.wait());
    m_server->expireAccessTokens(); // mid-sequence expiry
    Waiter<Me> second;
    m_client->me(this, second.callback());
    QVERIFY(second.wait());
    QVERIFY2(second.result->ok(), qPrintable(second.result->error.userMessage()));
    QCOMPARE(m_tokens->refreshes, 1);
    QCOMPARE(m_executor->refreshCount(), 1);
}

void TestSnapchatClient::revokedRefreshAsksToReconnect()
{
    m_server->expireAccessTokens();
    m_tokens->failRefresh = true;
    Waiter<Me> me;
    m_client->me(this, me.callback());
    QVERIFY(me.wait());
    QVERIFY(!me.result->ok());
    QCOMPARE(me.result->error.kind, ApiError::Kind::Auth);
    QVERIFY(me.result->error.userMessage().contains(QLatin1StringView("Reconnect")));
    QCOMPARE(m_tokens->refreshes, 1); // one refresh, no loop
}

void TestSnapchatClient::survives429Storm()
{
    m_server->options().retryAfterSeconds = 1;
    m_executor->setMaxRequestsPerSecond(0); // let the storm hit the server
    int done = 0;
    int failed = 0;
    for (int i = 0; i < 25; ++i) {
        m_client->me(this, [&](const Result<Me> &result) {
            ++done;
            failed += result.ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 25, 30000);
    QCOMPARE(failed, 0);
    QVERIFY(m_server->statusCount(429) > 0);
    QCOMPARE(m_executor->retryCount(), m_server->statusCount(429));
}

void TestSnapchatClient::rateLimitedRequestsOutlastTheAttemptBudget()
{
    // Every request is answered 429 until the server has seen twice the attempt budget: a 429
    // means "not processed, slow down", so the request keeps going and then succeeds.
    const int storm = 2 * m_executor->retryPolicy().maxAttempts;
    m_server->options().throttleRate = 1.0;
    QTimer calm;
    connect(&calm, &QTimer::timeout, this, [&] {
        if (m_server->apiRequests() >= storm)
            m_server->options().throttleRate = 0;
    });
    calm.start(1);
    Waiter<Me> me;
    m_client->me(this, me.callback());
    QVERIFY(me.wait());
    QVERIFY2(me.result->ok(), qPrintable(me.result->error.userMessage()));
    QVERIFY(m_server->statusCount(429) >= storm);
    QCOMPARE(me.result->attempts, m_server->statusCount(429) + 1);

    // A storm longer than the time budget fails the request, as a 429.
    RetryPolicy policy = m_executor->retryPolicy();
    policy.rateLimitBudgetMs = 300;
    m_executor->setRetryPolicy(policy);
    calm.stop();
    m_server->options().throttleRate = 1.0;
    Waiter<Me> refused;
    m_client->me(this, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.result->ok());
    QCOMPARE(refused.result->error.httpStatus, 429);
    QVERIFY(refused.result->error.userMessage().contains(QLatin1StringView("429")));
}

void TestSnapchatClient::waitsForTheFirstTokenBeforeSending()
{
    m_tokens->forget();
    int ok = 0;
    for (int i = 0; i < 4; ++i)
        m_client->me(this, [&](const Result<Me> &result) { ok += result.ok() && result.attempts == 1 ? 1 : 0; });
    QTRY_COMPARE_WITH_TIMEOUT(ok, 4, 10000);
    QCOMPARE(m_server->statusCount(401), 0);
    QCOMPARE(m_tokens->refreshes, 1);
    QCOMPARE(m_executor->retryCount(), 0);

    // When that refresh fails, the calls fail with its error, unsent.
    m_tokens->forget();
    m_tokens->failRefresh = true;
    Waiter<Me> me;
    m_client->me(this, me.callback());
    QVERIFY(me.wait());
    QCOMPARE(me.result->error.kind, ApiError::Kind::Auth);
    QCOMPARE(me.result->attempts, 0);
    QCOMPARE(m_server->apiRequests(), 4);
}

void TestSnapchatClient::survivesServerErrorsAndResets()
{
    m_server->options().failRate = 0.3;
    m_server->options().resetRate = 0.3;
    m_server->options().rateLimitPerSecond = 0;
    const QString segment = m_server->firstPartySegmentId();
    QList<QByteArray> all;
    int done = 0;
    int failed = 0;
    for (int batch = 0; batch < 10; ++batch) {
        const QList<QByteArray> part = hashes(500, batch * 500);
        all += part;
        m_client->addUsers(segment, IdentifierType::Email, part, this, [&](const Result<UsersResult> &result) {
            ++done;
            if (!result.ok()) {
                ++failed;
                qWarning() << result.error.userMessage();
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 60000);
    QCOMPARE(failed, 0);
    const int injected = m_server->statusCount(500) + m_server->statusCount(503) + m_server->resets();
    QVERIFY(injected > 0);
    // Every injected failure was retried; QNetworkAccessManager also fails requests queued for
    // the host when a connection is reset, and those are retried as well.
    QVERIFY(m_executor->retryCount() >= injected);
    QCOMPARE(m_server->hashes(segment, QStringLiteral("EMAIL_SHA256")), QSet<QByteArray>(all.begin(), all.end()));
}

void TestSnapchatClient::retriesPartialFailures()
{
    m_server->options().partialFailureRate = 0.5;
    const QList<QByteArray> list = hashes(100);
    for (int i = 0; i < 6; ++i) {
        Waiter<UsersResult> added;
        m_client->addUsers(m_server->firstPartySegmentId(), IdentifierType::Email, list.mid(i * 10, 10), this,
                           added.callback());
        QVERIFY(added.wait());
        QVERIFY2(added.result->ok(), qPrintable(added.result->error.userMessage()));
    }
    QVERIFY(m_executor->retryCount() > 0);
    QCOMPARE(m_server->userCount(m_server->firstPartySegmentId()), 60);
}

void TestSnapchatClient::boundedAttempts()
{
    m_server->options().failRate = 1.0;
    Waiter<Me> me;
    m_client->me(this, me.callback());
    QVERIFY(me.wait());
    QVERIFY(!me.result->ok());
    QCOMPARE(me.result->error.attempts, m_executor->retryPolicy().maxAttempts);
    QVERIFY(me.result->error.httpStatus == 500 || me.result->error.httpStatus == 503);
    QVERIFY(me.result->error.userMessage().contains(QLatin1StringView("server error")));
}

void TestSnapchatClient::timesOutSlowAnswers()
{
    m_server->options().latencyMs = 1500;
    m_executor->setTransferTimeoutMs(200);
    RetryPolicy policy = m_executor->retryPolicy();
    policy.maxAttempts = 2;
    m_executor->setRetryPolicy(policy);
    Waiter<Me> me;
    m_client->me(this, me.callback());
    QVERIFY(me.wait());
    QCOMPARE(me.result->error.kind, ApiError::Kind::Transport);
    QCOMPARE(me.result->error.attempts, 2);
    QVERIFY2(me.result->error.userMessage().contains(QLatin1StringView("in time")), qPrintable(me.result->error.userMessage()));
}

void TestSnapchatClient::reportsE3002WithRole()
{
    Waiter<QList<Segment>> list;
    m_client->segments(m_server->foreignAdAccountId(), this, list.callback());
    QVERIFY(list.wait());
    QVERIFY(!list.result->ok());
    const ApiError &error = list.result->error;
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.errorCode, QStringLiteral("E3002"));
    QCOMPARE(error.attempts, 1); // no retry
    QVERIFY(error.userMessage().contains(QLatin1StringView("Data Manager")));
    QVERIFY(error.userMessage().contains(QLatin1StringView("Account Admin")));
    QVERIFY(error.userMessage().contains(QLatin1StringView("E3002")));
    QVERIFY(!error.displayMessage.isEmpty());
}

void TestSnapchatClient::refusesPlainHttpToOtherHosts()
{
    ConnectionSettings settings;
    settings.apiBaseUrl = QUrl(QStringLiteral("http://adsapi.example.com"));
    QString why;
    QVERIFY(!settings.validate(&why));
    QVERIFY(why.contains(QLatin1StringView("https://")));
    SnapchatClient client(settings, m_executor.get());
    Waiter<Me> me;
    client.me(this, me.callback());
    QVERIFY(me.wait());
    QCOMPARE(me.result->error.kind, ApiError::Kind::Config);
    QVERIFY(me.result->error.userMessage().contains(QLatin1StringView("adsapi.example.com")));
    QCOMPARE(m_server->apiRequests(), 0);
}

void TestSnapchatClient::rejectsBadHashesBeforeSending()
{
    QList<QByteArray> list = hashes(3);
    list[1] = "someone@example.com";
    Waiter<UsersResult> added;
    m_client->addUsers(m_server->firstPartySegmentId(), IdentifierType::Email, list, this, added.callback());
    QVERIFY(added.wait());
    QCOMPARE(added.result->error.kind, ApiError::Kind::Config);
    QVERIFY(added.result->error.userMessage().contains(QLatin1StringView("2")));
    QCOMPARE(m_server->apiRequests(), 0);
}

void TestSnapchatClient::staysUnderRateLimit()
{
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i)
        m_client->me(this, [&](const Result<Me> &) { ++done; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 20, 20000);
    QCOMPARE(m_server->statusCount(429), 0);
    QCOMPARE(m_executor->retryCount(), 0);
    QVERIFY(timer.elapsed() >= 1000); // 20 requests at under 10/s
}

QTEST_GUILESS_MAIN(TestSnapchatClient)
#include "tst_snapchatclient.moc"
