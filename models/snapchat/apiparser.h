#pragma once

#include "apitypes.h"

#include <QJsonObject>

namespace Snapchat {

// Turns the Marketing API's answers into typed results. Pure functions: tested without a network.
namespace ApiParser {

// Checks an answer's envelope. HTTP status >= 400 or request_status ERROR give an Api error
// carrying error_code/display_message/debug_message/request_id (Http when the body is not the
// envelope, e.g. a bare-string 401); a 2xx answer that is not a JSON object gives Json.
// On success fills *json.
ApiError parseEnvelope(int httpStatus, const QByteArray &body, QJsonObject *json);

Result<Me> parseMe(const QJsonObject &json);
Result<QList<Organization>> parseOrganizations(const QJsonObject &json);
Result<SegmentPage> parseSegmentPage(const QJsonObject &json);
// The first segment of a {"segments":[{"sub_request_status":..,"segment":{..}}]} answer.
Result<Segment> parseSingleSegment(const QJsonObject &json);
// Fails (Api kind) when the sub-request failed although the HTTP status was 200.
Result<UsersResult> parseUsersResult(const QJsonObject &json);

Segment segmentFromJson(const QJsonObject &object);

} // namespace ApiParser
} // namespace Snapchat
