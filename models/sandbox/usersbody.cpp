#include "usersbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox {

UsersBody parseUsersBody(const QByteArray &body, qsizetype maxIdentifiers)
{
    UsersBody result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = QStringLiteral("body is not a JSON object: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonValue users = document.object().value(QLatin1StringView("users"));
    if (!users.isArray() || users.toArray().size() != 1 || !users.toArray().at(0).isObject()) {
        result.error = QStringLiteral("users must be a list with exactly one element");
        return result;
    }
    const QJsonObject user = users.toArray().at(0).toObject();
    const QJsonValue schema = user.value(QLatin1StringView("schema"));
    if (!schema.isArray() || schema.toArray().size() != 1 || !schema.toArray().at(0).isString()) {
        result.error = QStringLiteral("users[0].schema must list exactly one schema");
        return result;
    }
    result.schema = schema.toArray().at(0).toString();
    if (!SandboxData::schemas().contains(result.schema)) {
        result.error = QStringLiteral("users[0].schema: unknown schema %1").arg(result.schema);
        return result;
    }
    const QJsonValue id = user.value(QLatin1StringView("id"));
    if (!id.isUndefined() && !id.isString()) {
        result.error = QStringLiteral("users[0].id must be a string");
        return result;
    }
    result.segmentId = id.toString();
    const QJsonValue dataValue = user.value(QLatin1StringView("data"));
    if (!dataValue.isArray()) {
        result.error = QStringLiteral("users[0].data must be a list");
        return result;
    }
    const QJsonArray data = dataValue.toArray();
    if (data.isEmpty()) {
        result.error = QStringLiteral("users[0].data is empty");
        return result;
    }
    if (data.size() > maxIdentifiers) {
        result.error = QStringLiteral("users[0].data has %1 identifiers; at most %2 are allowed per request")
                           .arg(data.size())
                           .arg(maxIdentifiers);
        return result;
    }
    result.hashes.reserve(static_cast<size_t>(data.size()));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonValue row = data.at(i);
        if (!row.isArray() || row.toArray().size() != 1 || !row.toArray().at(0).isString()) {
            result.error = QStringLiteral("users[0].data[%1] must be a list holding one string").arg(i);
            result.hashes.clear();
            return result;
        }
        const QString text = row.toArray().at(0).toString();
        const QByteArray latin1 = text.toLatin1();
        if (text.size() != latin1.size() || !isSha256Hex(latin1.constData(), latin1.size())) {
            result.error = QStringLiteral("users[0].data[%1] is not a SHA-256 hash in lowercase hex "
                                          "(64 characters 0-9a-f)")
                               .arg(i);
            result.hashes.clear();
            return result;
        }
        result.hashes.push_back(HashKey::fromHex(latin1.constData()));
    }
    return result;
}

} // namespace Sandbox
