// The sandbox must reject what Snapchat rejects, and keep exactly what it accepted.
#include <sandbox/sandboxserver.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Sandbox;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

QByteArray sha(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
}

QByteArray usersBody(const QByteArray &schema, const QList<QByteArray> &values)
{
    QByteArray body = R"({"users":[{"schema":[")" + schema + R"("],"data":[)";
    for (qsizetype i = 0; i < values.size(); ++i)
        body += (i ? ",[\"" : "[\"") + values[i] + "\"]";
    return body + "]}]}";
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rejectsMissingOrWrongToken();
    void answersMeAndOrganizations();
    void addsAndRemovesHashes();
    void rejectsUnhashedValues();
    void rejectsUppercaseHex();
    void acceptsAnyJsonLayout();
    void rejectsMoreThan100000Identifiers();
    void rejectsTwoSchemas();
    void rejectsForeignAdAccount();
    void rejectsNonFirstPartyAudience();
    void createsAndPagesSegments();
    void oauthCodeIsSingleUseAndRefreshRotates();
    void authorizeChecksClientAndScope();
    void rateLimitsPerToken();
    void throttlesAFractionOfRequests();
    void expiredTokenIsRefused();
    void persistsStateFile();
    void servesSeveralConnectionsAtOnce();
    void acceptsBodiesOver10MB();
    void approvePageWithoutAutoApprove();
    void refreshStopsAfterRevokeAfter();

private:
    Answer send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QString &token = {}, const QByteArray &contentType = "application/json");
    Answer api(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return send(method, m_server->baseUrl().resolved(QUrl(path)), body, m_token);
    }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_token;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen(0) != 0);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_token = m_server->issueTokens().first;
}

void TestSandboxServer::cleanup()
{
    m_nam.clearConnectionCache();
    m_server.reset();
}

Answer TestSandboxServer::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QString &token, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

void TestSandboxServer::rejectsMissingOrWrongToken()
{
    const QUrl me = m_server->baseUrl().resolved(QUrl(QStringLiteral("/v1/me")));
    QCOMPARE(send("GET", me).status, 401);
    QCOMPARE(send("GET", me, {}, QStringLiteral("not-a-token")).status, 401);
    QCOMPARE(send("GET", me, {}, m_token).status, 200);
}

void TestSandboxServer::answersMeAndOrganizations()
{
    const Answer me = api("GET", QStringLiteral("/v1/me"));
    QCOMPARE(me.json.value(QLatin1StringView("request_status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(!me.json.value(QLatin1StringView("request_id")).toString().isEmpty());
    QCOMPARE(me.json.value(QLatin1StringView("me")).toObject().value(QLatin1StringView("organization_id")).toString(),
             m_server->organizationId());

    const Answer orgs = api("GET", QStringLiteral("/v1/me/organizations?with_ad_accounts=true"));
    QCOMPARE(orgs.status, 200);
    const QJsonObject org = orgs.json.value(QLatin1StringView("organizations")).toArray().at(0).toObject()
                                .value(QLatin1StringView("organization")).toObject();
    QCOMPARE(org.value(QLatin1StringView("id")).toString(), m_server->organizationId());
    const QJsonArray accounts = org.value(QLatin1StringView("ad_accounts")).toArray();
    QCOMPARE(accounts.size(), 1); // the foreign ad account is not listed
    QCOMPARE(accounts.at(0).toObject().value(QLatin1StringView("id")).toString(), m_server->adAccountId());
}

void TestSandboxServer::addsAndRemovesHashes()
{
    const QString segment = m_server->firstPartySegmentId();
    const QString users = QStringLiteral("/v1/segments/%1/users").arg(segment);
    const QList<QByteArray> hashes{sha("a@example.com"), sha("b@example.com"), sha("c@example.com")};
    const Answer added = api("POST", users, usersBody("EMAIL_SHA256", hashes));
    QCOMPARE(added.status, 200);
    const QJsonObject item = added.json.value(QLatin1StringView("users")).toArray().at(0).toObject();
    QCOMPARE(item.value(QLatin1StringView("sub_request_status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(item.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("number_uploaded_users")).toInt(), 3);
    QCOMPARE(m_server->hashes(segment, QStringLiteral("EMAIL_SHA256")), QSet<QByteArray>(hashes.begin(), hashes.end()));

    QCOMPARE(api("POST", users, usersBody("PHONE_SHA256", {sha("491701234567")})).status, 200);
    QCOMPARE(api("DELETE", users, usersBody("EMAIL_SHA256", {hashes[0]})).status, 200);
    QCOMPARE(m_server->hashes(segment, QStringLiteral("EMAIL_SHA256")), (QSet<QByteArray>{hashes[1], hashes[2]}));

    const Answer got = api("GET", QStringLiteral("/v1/segments/") + segment);
    const QJsonObject json = got.json.value(QLatin1StringView("segments")).toArray().at(0).toObject()
                                 .value(QLatin1StringView("segment")).toObject();
    QCOMPARE(json.value(QLatin1StringView("approximate_number_users")).toInt(), 3);

    const Answer cleared = api("DELETE", QStringLiteral("/v1/segments/%1/all_users").arg(segment));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(m_server->userCount(segment), 0);
}

void TestSandboxServer::rejectsUnhashedValues()
{
    const QString users = QStringLiteral("/v1/segments/%1/users").arg(m_server->firstPartySegmentId());
    const Answer answer = api("POST", users, usersBody("EMAIL_SHA256", {sha("x@example.com"), "someone@example.com"}));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1StringView("request_status")).toString(), QStringLiteral("ERROR"));
    QVERIFY(answer.json.value(QLatin1StringView("debug_message")).toString().contains(QLatin1StringView("data[1]")));
    QVERIFY(!answer.json.value(QLatin1StringView("error_code")).toString().isEmpty());
    QCOMPARE(m_server->userCount(m_server->firstPartySegmentId()), 0); // nothing half-applied
    QCOMPARE(api("POST", users, "{\"users\":").status, 400);
    QCOMPARE(api("POST", users, R"({"users":[{"schema":["EMAIL_SHA256"],"data":["abc"]}]})").status, 400);
}

void TestSandboxServer::rejectsUppercaseHex()
{
    const QString users = QStringLiteral("/v1/segments/%1/users").arg(m_server->firstPartySegmentId());
    QCOMPARE(api("POST", users, usersBody("EMAIL_SHA256", {sha("x@example.com").toUpper()})).status, 400);
}

void TestSandboxServer::acceptsAnyJsonLayout()
{
    // Indented, keys reordered, with "id": the same hashes as the compact form.
    const QString segment = m_server->firstPartySegmentId();
    const QJsonObject user{{QStringLiteral("data"), QJsonArray{QJsonArray{QString::fromLatin1(sha("p"))},
                                                               QJsonArray{QString::fromLatin1(sha("q"))}}},
                           {QStringLiteral("id"), segment},
                           {QStringLiteral("schema"), QJsonArray{QStringLiteral("PHONE_SHA256")}}};
    const QByteArray pretty = QJsonDocument(QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}).toJson(QJsonDocument::Indented);
    QCOMPARE(api("POST", QStringLiteral("/v1/segments/%1/users").arg(segment), pretty).status, 200);
    QCOMPARE(m_server->hashes(segment, QStringLiteral("PHONE_SHA256")), (QSet<QByteArray>{sha("p"), sha("q")}));
    // The compact form with an "id" for another segment is refused.
    const QByteArray wrongId = R"({"users":[{"schema":["PHONE_SHA256"],"data":[[")" + sha("r") + R"("]],"id":"seg-0002"}]})";
    QCOMPARE(api("POST", QStringLiteral("/v1/segments/%1/users").arg(segment), wrongId).status, 400);
}

void TestSandboxServer::rejectsMoreThan100000Identifiers()
{
    const QString users = QStringLiteral("/v1/segments/%1/users").arg(m_server->firstPartySegmentId());
    QList<QByteArray> hashes;
    hashes.reserve(100001);
    for (int i = 0; i < 100001; ++i)
        hashes.append(sha(QByteArray::number(i)));
    const QByteArray tooMany = usersBody("EMAIL_SHA256", hashes);
    QCOMPARE(api("POST", users, tooMany).status, 400);
    QCOMPARE(m_server->userCount(m_server->firstPartySegmentId()), 0);

    hashes.removeLast();
    const QByteArray body = usersBody("EMAIL_SHA256", hashes);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(api("POST", users, body).status, 200);
    qInfo("100,000 hashes (%lld bytes) accepted in %lld ms", qlonglong(body.size()), timer.elapsed());
    QCOMPARE(m_server->userCount(m_server->firstPartySegmentId()), 100000);
}

void TestSandboxServer::rejectsTwoSchemas()
{
    const QString users = QStringLiteral("/v1/segments/%1/users").arg(m_server->firstPartySegmentId());
    const QByteArray twoSchemas = R"({"users":[{"schema":["EMAIL_SHA256","PHONE_SHA256"],"data":[[")"
        + sha("a") + "\",\"" + sha("b") + "\"]]}]}";
    QCOMPARE(api("POST", users, twoSchemas).status, 400);
    const QByteArray twoUsers = R"({"users":[{"schema":["EMAIL_SHA256"],"data":[[")" + sha("a")
        + R"("]]},{"schema":["PHONE_SHA256"],"data":[[")" + sha("b") + "\"]]}]}";
    QCOMPARE(api("POST", users, twoUsers).status, 400);
    QCOMPARE(api("POST", users, usersBody("EMAIL_MD5", {sha("a")})).status, 400);
    QCOMPARE(m_server->userCount(m_server->firstPartySegmentId()), 0);
}

void TestSandboxServer::rejectsForeignAdAccount()
{
    const Answer list = api("GET", QStringLiteral("/v1/adaccounts/%1/segments").arg(m_server->foreignAdAccountId()));
    QCOMPARE(list.status, 403);
    QCOMPARE(list.json.value(QLatin1StringView("error_code")).toString(), QStringLiteral("E3002"));
    QVERIFY(!list.json.value(QLatin1StringView("display_message")).toString().isEmpty());
    const Answer add = api("POST", QStringLiteral("/v1/segments/seg-0009/users"), usersBody("EMAIL_SHA256", {sha("a")}));
    QCOMPARE(add.status, 403);
    QCOMPARE(add.json.value(QLatin1StringView("error_code")).toString(), QStringLiteral("E3002"));
    QCOMPARE(m_server->userCount(QStringLiteral("seg-0009")), 0);
}

void TestSandboxServer::rejectsNonFirstPartyAudience()
{
    const QString users = QStringLiteral("/v1/segments/%1/users").arg(m_server->nonFirstPartySegmentId());
    QCOMPARE(api("POST", users, usersBody("EMAIL_SHA256", {sha("a")})).status, 400);
    const QByteArray pixel = R"({"segments":[{"name":"x","source_type":"PIXEL","retention_in_days":30,"ad_account_id":")"
        + m_server->adAccountId().toLatin1() + "\"}]}";
    QCOMPARE(api("POST", QStringLiteral("/v1/adaccounts/%1/segments").arg(m_server->adAccountId()), pixel).status, 400);
}

void TestSandboxServer::createsAndPagesSegments()
{
    const QString path = QStringLiteral("/v1/adaccounts/%1/segments").arg(m_server->adAccountId());
    QJsonArray segments;
    for (int i = 0; i < 120; ++i) {
        segments.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("List %1").arg(i)},
                                    {QStringLiteral("source_type"), QStringLiteral("FIRST_PARTY")},
                                    {QStringLiteral("retention_in_days"), 9999},
                                    {QStringLiteral("ad_account_id"), m_server->adAccountId()}});
    }
    const Answer created = api("POST", path, QJsonDocument(QJsonObject{{QStringLiteral("segments"), segments}}).toJson());
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(QLatin1StringView("segments")).toArray().size(), 120);

    QCOMPARE(api("GET", path + QStringLiteral("?limit=10")).status, 400);
    QCOMPARE(api("GET", path + QStringLiteral("?limit=1001")).status, 400);
    QSet<QString> seen;
    QUrl next = m_server->baseUrl().resolved(QUrl(path + QStringLiteral("?limit=50")));
    int pages = 0;
    while (next.isValid() && !next.isEmpty()) {
        const Answer page = send("GET", next, {}, m_token);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json.value(QLatin1StringView("segments")).toArray())
            seen.insert(item.toObject().value(QLatin1StringView("segment")).toObject().value(QLatin1StringView("id")).toString());
        next = QUrl(page.json.value(QLatin1StringView("paging")).toObject().value(QLatin1StringView("next_link")).toString());
        QVERIFY(next.isEmpty() || next.scheme() == QLatin1StringView("http")); // absolute
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 123); // three seeded audiences plus 120

    const QByteArray unnamed = R"({"segments":[{"source_type":"FIRST_PARTY","retention_in_days":9999,"ad_account_id":")"
        + m_server->adAccountId().toLatin1() + "\"}]}";
    QCOMPARE(api("POST", path, unnamed).status, 400);
}

void TestSandboxServer::oauthCodeIsSingleUseAndRefreshRotates()
{
    const QString redirect = QStringLiteral("http://127.0.0.1:1/callback");
    QUrl authorize = m_server->baseUrl().resolved(QUrl(QStringLiteral("/login/oauth2/authorize")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_server->options().clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("snapchat-marketing-api"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s-123"));
    authorize.setQuery(query);
    const Answer redirected = send("GET", authorize);
    QCOMPARE(redirected.status, 302);
    const QUrl location(QString::fromLatin1(redirected.header("Location")));
    QVERIFY(location.toString().startsWith(redirect));
    const QUrlQuery back(location);
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("s-123"));
    const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const QUrl tokenUrl = m_server->baseUrl().resolved(QUrl(QStringLiteral("/login/oauth2/access_token")));
    const auto form = [this](const QList<std::pair<QString, QString>> &fields, const QString &secret) {
        QUrlQuery body;
        for (const auto &[key, value] : fields)
            body.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        body.addQueryItem(QStringLiteral("client_id"), m_server->options().clientId);
        body.addQueryItem(QStringLiteral("client_secret"), secret);
        return body.toString(QUrl::FullyEncoded).toLatin1();
    };
    const auto exchange = form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), redirect}},
                               m_server->options().clientSecret);
    const QByteArray formType = "application/x-www-form-urlencoded";
    QCOMPARE(send("POST", tokenUrl, form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                           {QStringLiteral("code"), code},
                                           {QStringLiteral("redirect_uri"), redirect}},
                                          QStringLiteral("wrong-secret")),
                  {}, formType)
                 .status,
             401);
    const Answer tokens = send("POST", tokenUrl, exchange, {}, formType);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json.value(QLatin1StringView("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.json.value(QLatin1StringView("expires_in")).toInt(), 1800);
    const QString refresh = tokens.json.value(QLatin1StringView("refresh_token")).toString();
    const Answer reused = send("POST", tokenUrl, exchange, {}, formType);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json.value(QLatin1StringView("error")).toString(), QStringLiteral("invalid_grant"));

    const QByteArray refreshForm = form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                         {QStringLiteral("refresh_token"), refresh}},
                                        m_server->options().clientSecret);
    const Answer refreshed = send("POST", tokenUrl, refreshForm, {}, formType);
    QCOMPARE(refreshed.status, 200);
    QVERIFY(refreshed.json.value(QLatin1StringView("refresh_token")).toString() != refresh);
    QCOMPARE(send("POST", tokenUrl, refreshForm, {}, formType).status, 400); // rotated: old one is dead
    const QString access = refreshed.json.value(QLatin1StringView("access_token")).toString();
    QCOMPARE(send("GET", m_server->baseUrl().resolved(QUrl(QStringLiteral("/v1/me"))), {}, access).status, 200);
}

void TestSandboxServer::authorizeChecksClientAndScope()
{
    const auto authorize = [this](const QString &clientId, const QString &scope) {
        QUrl url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/login/oauth2/authorize")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), clientId);
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:1/cb"));
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("scope"), scope);
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("st"));
        url.setQuery(query);
        return send("GET", url);
    };
    QCOMPARE(authorize(QStringLiteral("someone-else"), QStringLiteral("snapchat-marketing-api")).status, 400);
    const Answer badScope = authorize(m_server->options().clientId, QStringLiteral("profile"));
    QCOMPARE(badScope.status, 302);
    QVERIFY(badScope.header("Location").contains("error=invalid_scope"));
}

void TestSandboxServer::rateLimitsPerToken()
{
    m_server->options().retryAfterSeconds = 2;
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 12; ++i) {
        const Answer answer = api("GET", QStringLiteral("/v1/me"));
        if (answer.status == 429) {
            ++limited;
            retryAfter = answer.header("Retry-After");
        }
    }
    QVERIFY(limited >= 2);
    QCOMPARE(retryAfter, QByteArray("2"));
    // Another token has its own budget.
    const QString other = m_server->issueTokens().first;
    QCOMPARE(send("GET", m_server->baseUrl().resolved(QUrl(QStringLiteral("/v1/me"))), {}, other).status, 200);
}

void TestSandboxServer::throttlesAFractionOfRequests()
{
    m_server->options().rateLimitPerSecond = 0;
    m_server->options().throttleRate = 0.25;
    m_server->options().retryAfterSeconds = 1;
    int throttled = 0;
    for (int i = 0; i < 200; ++i) {
        const Answer answer = api("GET", QStringLiteral("/v1/me"));
        QVERIFY2(answer.status == 200 || answer.status == 429, QByteArray::number(answer.status).constData());
        if (answer.status == 429) {
            ++throttled;
            QCOMPARE(answer.header("Retry-After"), QByteArray("1"));
        }
    }
    // 25% of 200 is 50; the seeded generator keeps this well inside the bounds.
    QVERIFY2(throttled > 25 && throttled < 75, QByteArray::number(throttled).constData());
}

void TestSandboxServer::expiredTokenIsRefused()
{
    m_server->expireAccessTokens();
    QCOMPARE(api("GET", QStringLiteral("/v1/me")).status, 401);
}

void TestSandboxServer::persistsStateFile()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.statePath = dir.filePath(QStringLiteral("state.tsv"));
    const QList<QByteArray> hashes{sha("1"), sha("2")};
    {
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(0));
        m_token = m_server->issueTokens().first;
        QCOMPARE(api("POST", QStringLiteral("/v1/segments/seg-0002/users"), usersBody("MOBILE_AD_ID_SHA256", hashes)).status, 200);
        QTRY_VERIFY(QFile::exists(options.statePath)); // written shortly after the change
    }
    m_nam.clearConnectionCache();
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    QCOMPARE(m_server->hashes(QStringLiteral("seg-0002"), QStringLiteral("MOBILE_AD_ID_SHA256")),
             QSet<QByteArray>(hashes.begin(), hashes.end()));
    QFile file(options.statePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QByteArray("hash\tseg-0002\tMOBILE_AD_ID_SHA256\t" + hashes[0] + "\n")));
}

void TestSandboxServer::servesSeveralConnectionsAtOnce()
{
    m_server->options().latencyMs = 300;
    m_server->options().rateLimitPerSecond = 0;
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/v1/me"))));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        replies.append(m_nam.get(request));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QVERIFY2(timer.elapsed() < 1200, "five delayed requests must be answered in parallel");
}

void TestSandboxServer::acceptsBodiesOver10MB()
{
    QJsonArray data;
    QList<QByteArray> expected;
    for (int i = 0; i < 100000; ++i) {
        expected.append(sha(QByteArray::number(i)));
        data.append(QJsonArray{QString::fromLatin1(expected.last())});
    }
    const QJsonObject user{{QStringLiteral("schema"), QJsonArray{QStringLiteral("EMAIL_SHA256")}}, {QStringLiteral("data"), data}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}).toJson(QJsonDocument::Indented);
    QVERIFY(body.size() > 10 * 1000 * 1000);
    const QString segment = m_server->firstPartySegmentId();
    QCOMPARE(api("POST", QStringLiteral("/v1/segments/%1/users").arg(segment), body).status, 200);
    QCOMPARE(m_server->hashes(segment, QStringLiteral("EMAIL_SHA256")), QSet<QByteArray>(expected.begin(), expected.end()));
}

void TestSandboxServer::approvePageWithoutAutoApprove()
{
    m_server->options().autoApprove = false;
    QUrl authorize = m_server->baseUrl().resolved(QUrl(QStringLiteral("/login/oauth2/authorize")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_server->options().clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://crm.example.com/done"));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("snapchat-marketing-api"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st"));
    authorize.setQuery(query);
    const Answer page = send("GET", authorize);
    QCOMPARE(page.status, 200);
    const qsizetype start = page.body.indexOf("/login/oauth2/approve?id=");
    QVERIFY(start > 0);
    const QByteArray link = page.body.mid(start, page.body.indexOf('"', start) - start);
    const Answer approved = send("GET", m_server->baseUrl().resolved(QUrl(QString::fromLatin1(link))));
    QCOMPARE(approved.status, 302);
    QVERIFY(approved.header("Location").startsWith("https://crm.example.com/done?code="));
    QCOMPARE(send("GET", m_server->baseUrl().resolved(QUrl(QString::fromLatin1(link)))).status, 400); // used
}

void TestSandboxServer::refreshStopsAfterRevokeAfter()
{
    m_server->options().revokeAfter = 2;
    const QString refresh = m_server->issueTokens().second;
    QCOMPARE(api("GET", QStringLiteral("/v1/me")).status, 200);
    QCOMPARE(api("GET", QStringLiteral("/v1/me")).status, 200);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refresh);
    form.addQueryItem(QStringLiteral("client_id"), m_server->options().clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_server->options().clientSecret);
    const Answer answer = send("POST", m_server->baseUrl().resolved(QUrl(QStringLiteral("/login/oauth2/access_token"))),
                               form.toString(QUrl::FullyEncoded).toLatin1(), {}, "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1StringView("error")).toString(), QStringLiteral("invalid_grant"));

    // Signing in again starts a new grant: its refresh token works, also after more requests.
    const QString renewed = m_server->issueTokens().second;
    QCOMPARE(api("GET", QStringLiteral("/v1/me")).status, 200);
    form.removeAllQueryItems(QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), renewed);
    const Answer again = send("POST", m_server->baseUrl().resolved(QUrl(QStringLiteral("/login/oauth2/access_token"))),
                              form.toString(QUrl::FullyEncoded).toLatin1(), {}, "application/x-www-form-urlencoded");
    QCOMPARE(again.status, 200);
    QVERIFY(m_server->statsLine().contains(QLatin1StringView("refresh_grants=1")));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
