// RateLimiter, RetryPolicy and ConnectionSettings::isAllowedUrl: the rules every request obeys.
#include <snapchat/connectionsettings.h>
#include <snapchat/ratelimiter.h>
#include <snapchat/retrypolicy.h>

#include <QTest>

using namespace Snapchat;

class TestRequestPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimiterKeepsUnderTheLimit();
    void backoffGrowsWithJitterAndCap();
    void retryAfterWins();
    void rateLimitedSendsHaveATimeBudget();
    void onlyHttpsOrLoopback();
};

void TestRequestPolicies::rateLimiterKeepsUnderTheLimit()
{
    RateLimiter limiter(9, 1050);
    QList<qint64> sends;
    for (int i = 0; i < 30; ++i)
        sends.append(0 + limiter.reserve(0)); // 30 requests all asked for at t=0
    for (qsizetype i = 9; i < sends.size(); ++i)
        QVERIFY2(sends[i] - sends[i - 9] >= 1050, "no more than 9 sends in any 1050 ms");
    QCOMPARE(sends[8], 0);
    QCOMPARE(sends[9], 1050);
    RateLimiter off(0);
    QCOMPARE(off.reserve(5), 0);
}

void TestRequestPolicies::backoffGrowsWithJitterAndCap()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    QCOMPARE(policy.backoffMs(1, 0.0), 50);
    QCOMPARE(policy.backoffMs(1, 0.999), 99);
    QCOMPARE(policy.backoffMs(3, 0.0), 200);
    QCOMPARE(policy.backoffMs(10, 0.0), 500); // capped at maxDelayMs, still jittered
    QVERIFY(policy.backoffMs(10, 0.99) <= 1000);
}

void TestRequestPolicies::retryAfterWins()
{
    RetryPolicy policy;
    QCOMPARE(policy.delayMs(1, "3", 0.5, 0), 3000);
    QCOMPARE(policy.delayMs(1, "100000", 0.5, 0), policy.maxRetryAfterMs);
    const qint64 now = QDateTime(QDate(2026, 1, 1), QTime(12, 0, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Thu, 01 Jan 2026 12:00:05 GMT", now), 5000);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("soon", now), -1);
    QCOMPARE(policy.delayMs(1, {}, 0.0, 0), policy.baseDelayMs / 2);
}

void TestRequestPolicies::rateLimitedSendsHaveATimeBudget()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.rateLimitBudgetMs = 60000;
    // Errors: a number of sends.
    QVERIFY(policy.mayRetry(2, false, 0));
    QVERIFY(!policy.mayRetry(3, false, 0));
    // 429s: any number of sends within the budget, none after it.
    QVERIFY(policy.mayRetry(0, true, 59999));
    QVERIFY(policy.mayRetry(2, true, 1000));
    QVERIFY(!policy.mayRetry(0, true, 60000));
}

void TestRequestPolicies::onlyHttpsOrLoopback()
{
    QVERIFY(ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("https://adsapi.snapchat.com"))));
    QVERIFY(ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:1234/v1"))));
    QVERIFY(ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:1234/"))));
    QVERIFY(ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("http://localhost:1/"))));
    QVERIFY(!ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("http://adsapi.snapchat.com"))));
    QVERIFY(!ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1.example.com/"))));
    QVERIFY(!ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("http://10.0.0.1/"))));
    QVERIFY(!ConnectionSettings::isAllowedUrl(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    ConnectionSettings settings;
    QString why;
    QVERIFY(settings.validate(&why));
    settings.accountsBaseUrl = QUrl(QStringLiteral("http://accounts.example.com"));
    QVERIFY(!settings.validate(&why));
    QVERIFY(why.contains(QLatin1StringView("accounts base URL")));
}

QTEST_GUILESS_MAIN(TestRequestPolicies)
#include "tst_requestpolicies.moc"
