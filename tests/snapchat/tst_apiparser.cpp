#include <snapchat/apiparser.h>

#include <QJsonDocument>
#include <QTest>

using namespace Snapchat;

class TestApiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successEnvelope();
    void errorEnvelope();
    void bareString401();
    void notJson();
    void segmentsWithPaging();
    void missingFieldsAreSchemaErrors();
    void failedSubRequestIn200();
};

void TestApiParser::successEnvelope()
{
    QJsonObject json;
    const ApiError error = ApiParser::parseEnvelope(200, R"({"request_status":"success","request_id":"r1","me":{"id":"u1","display_name":"D","email":"e@x","organization_id":"o1"}})", &json);
    QVERIFY(!error.isError());
    const Result<Me> me = ApiParser::parseMe(json);
    QVERIFY(me.ok());
    QCOMPARE(me.value.organizationId, QStringLiteral("o1"));
}

void TestApiParser::errorEnvelope()
{
    QJsonObject json;
    const ApiError error = ApiParser::parseEnvelope(
        403, R"({"request_status":"ERROR","request_id":"r9","debug_message":"Caller does not have permission","display_message":"We're sorry","error_code":"E3002"})", &json);
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QCOMPARE(error.errorCode, QStringLiteral("E3002"));
    QCOMPARE(error.requestId, QStringLiteral("r9"));
    QVERIFY(error.isPermissionDenied());
    const QString message = error.userMessage();
    QVERIFY(message.contains(QLatin1StringView("Data Manager")));
    QVERIFY(message.contains(QLatin1StringView("Caller does not have permission")));
    QVERIFY(message.contains(QLatin1StringView("r9")));

    // request_status ERROR inside an HTTP 200 is still an error.
    QCOMPARE(ApiParser::parseEnvelope(200, R"({"request_status":"ERROR","error_code":"E1001"})", &json).kind, ApiError::Kind::Api);
}

void TestApiParser::bareString401()
{
    QJsonObject json;
    const ApiError error = ApiParser::parseEnvelope(401, "Unauthorized", &json);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.debugMessage, QStringLiteral("Unauthorized"));
}

void TestApiParser::notJson()
{
    QJsonObject json;
    const ApiError error = ApiParser::parseEnvelope(200, "<html>proxy</html>", &json);
    QCOMPARE(error.kind, ApiError::Kind::Json);
    QVERIFY(error.userMessage().contains(QLatin1StringView("JSON")));
}

void TestApiParser::segmentsWithPaging()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"request_status":"SUCCESS","segments":[
        {"sub_request_status":"SUCCESS","segment":{"id":"s1","name":"A","source_type":"FIRST_PARTY","retention_in_days":9999,
         "status":"SOMETHING_NEW","approximate_number_users":1200,"upload_status":"COMPLETE","targetable_status":"READY","ad_account_id":"a"}}],
        "paging":{"next_link":"https://adsapi.snapchat.com/v1/adaccounts/a/segments?cursor=x&limit=50"}})")
                                 .object();
    const Result<SegmentPage> page = ApiParser::parseSegmentPage(json);
    QVERIFY(page.ok());
    QCOMPARE(page.value.segments.size(), 1);
    const Segment &segment = page.value.segments[0];
    QVERIFY(segment.isFirstParty());
    QCOMPARE(segment.status, QStringLiteral("SOMETHING_NEW")); // unknown values kept
    QCOMPARE(segment.approximateNumberUsers, 1200);
    QCOMPARE(page.value.nextLink.query(), QStringLiteral("cursor=x&limit=50"));

    const QJsonObject relative = QJsonDocument::fromJson(R"({"segments":[],"paging":{"next_link":"/v1/x"}})").object();
    QCOMPARE(ApiParser::parseSegmentPage(relative).error.kind, ApiError::Kind::Schema);
}

void TestApiParser::missingFieldsAreSchemaErrors()
{
    QCOMPARE(ApiParser::parseMe({}).error.kind, ApiError::Kind::Schema);
    QCOMPARE(ApiParser::parseOrganizations({}).error.kind, ApiError::Kind::Schema);
    QCOMPARE(ApiParser::parseSingleSegment(QJsonDocument::fromJson(R"({"segments":[]})").object()).error.kind,
             ApiError::Kind::Schema);
    QCOMPARE(ApiParser::parseUsersResult({}).error.kind, ApiError::Kind::Schema);
}

void TestApiParser::failedSubRequestIn200()
{
    const QJsonObject ok = QJsonDocument::fromJson(R"({"users":[{"sub_request_status":"SUCCESS","user":{"number_uploaded_users":7}}]})").object();
    QCOMPARE(ApiParser::parseUsersResult(ok).value.numberUploadedUsers, 7);
    const QJsonObject failed = QJsonDocument::fromJson(R"({"users":[{"sub_request_status":"ERROR","sub_request_error_reason":"Internal"}]})").object();
    const Result<UsersResult> result = ApiParser::parseUsersResult(failed);
    QCOMPARE(result.error.kind, ApiError::Kind::Api);
    QVERIFY(result.error.debugMessage.contains(QLatin1StringView("Internal")));
}

QTEST_GUILESS_MAIN(TestApiParser)
#include "tst_apiparser.moc"
