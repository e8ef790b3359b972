#include "apiparser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Snapchat::ApiParser {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

bool isSuccess(const QString &status)
{
    return status.compare(QLatin1StringView("SUCCESS"), Qt::CaseInsensitive) == 0;
}

// Snapchat wraps every item: [{"sub_request_status":"SUCCESS","segment":{...}}].
ApiError subRequestError(const QJsonObject &item, const QString &where)
{
    const QString status = str(item, "sub_request_status");
    if (status.isEmpty() || isSuccess(status))
        return {};
    ApiError error;
    error.kind = ApiError::Kind::Api;
    error.httpStatus = 200;
    error.errorCode = str(item, "sub_request_error_code");
    error.debugMessage = QStringLiteral("%1: sub_request_status %2: %3").arg(where, status, str(item, "sub_request_error_reason"));
    return error;
}

AdAccount adAccountFromJson(const QJsonObject &object)
{
    return {str(object, "id"), str(object, "name"), str(object, "organization_id"), str(object, "status")};
}

} // namespace

ApiError parseEnvelope(int httpStatus, const QByteArray &body, QJsonObject *json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    ApiError error;
    error.httpStatus = httpStatus;
    if (isObject) {
        const QJsonObject object = document.object();
        error.requestId = str(object, "request_id");
        const QString status = str(object, "request_status");
        if (httpStatus < 400 && (status.isEmpty() || isSuccess(status))) {
            if (json)
                *json = object;
            return {};
        }
        error.kind = ApiError::Kind::Api;
        error.errorCode = str(object, "error_code");
        error.displayMessage = str(object, "display_message");
        error.debugMessage = str(object, "debug_message");
        if (error.debugMessage.isEmpty() && object.contains(QLatin1StringView("error"))) // OAuth style
            error.debugMessage = str(object, "error") + QLatin1Char(' ') + str(object, "error_description");
        return error;
    }
    if (httpStatus >= 400) {
        error.kind = ApiError::Kind::Http;
        error.debugMessage = QString::fromUtf8(body.left(300)).trimmed();
        return error;
    }
    error.kind = ApiError::Kind::Json;
    error.debugMessage = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QStringLiteral("not a JSON object");
    return error;
}

Result<Me> parseMe(const QJsonObject &json)
{
    const QJsonObject me = json.value(QLatin1StringView("me")).toObject();
    if (str(me, "id").isEmpty())
        return {{}, ApiError::schema(QStringLiteral("me.id is missing"))};
    return {{str(me, "id"), str(me, "display_name"), str(me, "email"), str(me, "organization_id")}, {}};
}

Result<QList<Organization>> parseOrganizations(const QJsonObject &json)
{
    const QJsonValue list = json.value(QLatin1StringView("organizations"));
    if (!list.isArray())
        return {{}, ApiError::schema(QStringLiteral("organizations is missing"))};
    Result<QList<Organization>> result;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject item = value.toObject();
        if (ApiError error = subRequestError(item, QStringLiteral("organizations")); error.isError())
            return {{}, error};
        const QJsonObject object = item.value(QLatin1StringView("organization")).toObject();
        if (str(object, "id").isEmpty())
            return {{}, ApiError::schema(QStringLiteral("organization.id is missing"))};
        Organization organization{str(object, "id"), str(object, "name"), {}};
        for (const QJsonValue &account : object.value(QLatin1StringView("ad_accounts")).toArray())
            organization.adAccounts.append(adAccountFromJson(account.toObject()));
        result.value.append(organization);
    }
    return result;
}

Segment segmentFromJson(const QJsonObject &object)
{
    Segment segment;
    segment.id = str(object, "id");
    segment.adAccountId = str(object, "ad_account_id");
    segment.name = str(object, "name");
    segment.description = str(object, "description");
    segment.sourceType = str(object, "source_type");
    segment.retentionInDays = object.value(QLatin1StringView("retention_in_days")).toInt();
    segment.status = str(object, "status");
    segment.uploadStatus = str(object, "upload_status");
    segment.targetableStatus = str(object, "targetable_status");
    segment.approximateNumberUsers = object.value(QLatin1StringView("approximate_number_users")).toInteger();
    return segment;
}

Result<SegmentPage> parseSegmentPage(const QJsonObject &json)
{
    const QJsonValue list = json.value(QLatin1StringView("segments"));
    if (!list.isArray())
        return {{}, ApiError::schema(QStringLiteral("segments is missing"))};
    Result<SegmentPage> result;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject item = value.toObject();
        if (ApiError error = subRequestError(item, QStringLiteral("segments")); error.isError())
            return {{}, error};
        const Segment segment = segmentFromJson(item.value(QLatin1StringView("segment")).toObject());
        if (segment.id.isEmpty())
            return {{}, ApiError::schema(QStringLiteral("segment.id is missing"))};
        result.value.segments.append(segment);
    }
    const QString next = str(json.value(QLatin1StringView("paging")).toObject(), "next_link");
    if (!next.isEmpty()) {
        result.value.nextLink = QUrl(next);
        if (!result.value.nextLink.isValid() || result.value.nextLink.isRelative())
            return {{}, ApiError::schema(QStringLiteral("paging.next_link is not an absolute URL"))};
    }
    return result;
}

Result<Segment> parseSingleSegment(const QJsonObject &json)
{
    Result<SegmentPage> page = parseSegmentPage(json);
    if (!page.ok())
        return {{}, page.error};
    if (page.value.segments.isEmpty())
        return {{}, ApiError::schema(QStringLiteral("segments is empty"))};
    return {page.value.segments.first(), {}};
}

Result<UsersResult> parseUsersResult(const QJsonObject &json)
{
    const QJsonArray users = json.value(QLatin1StringView("users")).toArray();
    if (users.isEmpty())
        return {{}, ApiError::schema(QStringLiteral("users is missing"))};
    Result<UsersResult> result;
    for (const QJsonValue &value : users) {
        const QJsonObject item = value.toObject();
        if (ApiError error = subRequestError(item, QStringLiteral("users")); error.isError())
            return {{}, error};
        result.value.numberUploadedUsers += item.value(QLatin1StringView("user")).toObject()
                                                .value(QLatin1StringView("number_uploaded_users"))
                                                .toInteger();
    }
    return result;
}

} // namespace Snapchat::ApiParser
