// Runs every Snapchat API answer parser on arbitrary bytes taken as a response body.
#include "snapchat/apiparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the HTTP status the body came with.
    static constexpr int kStatuses[] = {200, 201, 400, 401, 403, 404, 429, 500};
    const int status = kStatuses[data[0] & 7];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    using namespace Snapchat;
    QJsonObject json;
    (void)ApiParser::parseEnvelope(status, body, &json);
    // Every parser also sees the raw object, whatever the envelope said.
    const QJsonObject raw = QJsonDocument::fromJson(body).object();
    for (const QJsonObject &object : {json, raw}) {
        (void)ApiParser::parseMe(object);
        (void)ApiParser::parseOrganizations(object);
        (void)ApiParser::parseSegmentPage(object);
        (void)ApiParser::parseSingleSegment(object);
        (void)ApiParser::parseUsersResult(object);
        (void)ApiParser::segmentFromJson(object);
        for (const QJsonValue &value : object)
            if (value.isArray())
                for (const QJsonValue &item : value.toArray())
                    (void)ApiParser::segmentFromJson(item.toObject());
    }
    return 0;
}
