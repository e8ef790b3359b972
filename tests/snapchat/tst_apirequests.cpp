#include <snapchat/apirequests.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Snapchat;

class TestApiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls();
    void createSegmentBody();
    void usersBodyIsTheDocumentedJson();
    void usersBodyRefusesWhatSnapchatRefuses();
    void usersBodyIsFast();
};

void TestApiRequests::urls()
{
    ConnectionSettings settings;
    QCOMPARE(ApiRequests::meUrl(settings).toString(), QStringLiteral("https://adsapi.snapchat.com/v1/me"));
    QCOMPARE(ApiRequests::organizationsUrl(settings).toString(),
             QStringLiteral("https://adsapi.snapchat.com/v1/me/organizations?with_ad_accounts=true"));
    QCOMPARE(ApiRequests::segmentsUrl(settings, QStringLiteral("a1"), 10).toString(),
             QStringLiteral("https://adsapi.snapchat.com/v1/adaccounts/a1/segments?limit=50")); // clamped
    QCOMPARE(ApiRequests::usersUrl(settings, QStringLiteral("s/1")).toString(QUrl::FullyEncoded),
             QStringLiteral("https://adsapi.snapchat.com/v1/segments/s%2F1/users"));
    QCOMPARE(ApiRequests::allUsersUrl(settings, QStringLiteral("s1")).path(), QStringLiteral("/v1/segments/s1/all_users"));
    settings.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
    QCOMPARE(ApiRequests::segmentUrl(settings, QStringLiteral("s1")).toString(), QStringLiteral("http://127.0.0.1:8080/v1/segments/s1"));
    QCOMPARE(settings.accessTokenUrl().toString(), QStringLiteral("https://accounts.snapchat.com/login/oauth2/access_token"));
    QCOMPARE(settings.authorizeUrl().toString(), QStringLiteral("https://accounts.snapchat.com/login/oauth2/authorize"));
}

void TestApiRequests::createSegmentBody()
{
    const QJsonObject item = QJsonDocument::fromJson(ApiRequests::createSegmentBody(
                                                         {QStringLiteral("acc"), QStringLiteral("Buyers \"2026\""), QStringLiteral("d"), 180}))
                                 .object()
                                 .value(QLatin1StringView("segments"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(item.value(QLatin1StringView("name")).toString(), QStringLiteral("Buyers \"2026\""));
    QCOMPARE(item.value(QLatin1StringView("source_type")).toString(), QStringLiteral("FIRST_PARTY"));
    QCOMPARE(item.value(QLatin1StringView("retention_in_days")).toInt(), 180);
    QCOMPARE(item.value(QLatin1StringView("ad_account_id")).toString(), QStringLiteral("acc"));
}

void TestApiRequests::usersBodyIsTheDocumentedJson()
{
    const QByteArray a = QCryptographicHash::hash("a", QCryptographicHash::Sha256).toHex();
    const QByteArray b = QCryptographicHash::hash("b", QCryptographicHash::Sha256).toHex();
    const QByteArray body = ApiRequests::usersBody(Identity::IdentifierType::Phone, {a, b});
    QCOMPARE(body, QByteArray(R"({"users":[{"schema":["PHONE_SHA256"],"data":[[")" + a + R"("],[")" + b + R"("]]}]})"));
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestApiRequests::usersBodyRefusesWhatSnapchatRefuses()
{
    const QByteArray a = QCryptographicHash::hash("a", QCryptographicHash::Sha256).toHex();
    qsizetype bad = -1;
    QVERIFY(ApiRequests::usersBody(Identity::IdentifierType::Email, {a, "x@example.com"}, &bad).isEmpty());
    QCOMPARE(bad, 1);
    QVERIFY(ApiRequests::usersBody(Identity::IdentifierType::Email, {a.toUpper()}, &bad).isEmpty());
    QCOMPARE(bad, 0);
    QVERIFY(ApiRequests::usersBody(Identity::IdentifierType::Email, {}).isEmpty());
    QVERIFY(ApiRequests::usersBody(Identity::IdentifierType::Email, QList<QByteArray>(100001, a)).isEmpty());
    QVERIFY(!ApiRequests::usersBody(Identity::IdentifierType::Email, QList<QByteArray>(100000, a)).isEmpty());
}

void TestApiRequests::usersBodyIsFast()
{
    QList<QByteArray> hashes;
    for (int i = 0; i < 100000; ++i)
        hashes.append(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
    QElapsedTimer timer;
    timer.start();
    const QByteArray body = ApiRequests::usersBody(Identity::IdentifierType::MobileAdId, hashes);
    const qint64 ms = timer.elapsed();
    qInfo("usersBody: 100,000 hashes, %lld bytes in %lld ms", qlonglong(body.size()), ms);
    QCOMPARE(body.size(), qsizetype(100000 * 69 - 1 + 56)); // 56: the envelope around the rows
    QVERIFY(ms < 200);
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
