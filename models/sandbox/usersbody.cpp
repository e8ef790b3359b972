#include "usersbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace Sandbox {

namespace {

// The compact form clients send, {"users":[{"schema":["S"],"data":[["h"],...](,"id":"x")?}]},
// read by a scanner at memory speed. Anything else (whitespace, other key order, an invalid
// row) returns false and goes through the full JSON parser, which defines the answer.
class CanonicalScanner
{
public:
    explicit CanonicalScanner(const QByteArray &body)
        : m_p(body.constData())
        , m_end(body.constData() + body.size())
    {
    }

    bool scan(qsizetype maxIdentifiers, UsersBody *out)
    {
        if (!literal(R"({"users":[{"schema":[")"))
            return false;
        const char *schema = m_p;
        while (m_p < m_end && ((*m_p >= 'A' && *m_p <= 'Z') || (*m_p >= '0' && *m_p <= '9') || *m_p == '_'))
            ++m_p;
        const QString schemaName = QString::fromLatin1(schema, m_p - schema);
        if (!SandboxData::schemas().contains(schemaName) || !literal(R"("],"data":[)"))
            return false;
        std::vector<HashKey> hashes;
        hashes.reserve(size_t((m_end - m_p) / 69 + 1));
        for (;;) {
            if (m_end - m_p < 68 || m_p[0] != '[' || m_p[1] != '"' || m_p[66] != '"' || m_p[67] != ']'
                || !isSha256Hex(m_p + 2, 64))
                return false;
            hashes.push_back(HashKey::fromHex(m_p + 2));
            if (qsizetype(hashes.size()) > maxIdentifiers)
                return false;
            m_p += 68;
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (!literal("]"))
                return false;
            break;
        }
        QString id;
        if (literal(R"(,"id":")")) {
            const char *start = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20 && uchar(*m_p) < 0x80)
                ++m_p;
            id = QString::fromLatin1(start, m_p - start);
            if (!literal("\""))
                return false;
        }
        if (!literal("}]}"))
            return false;
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
        if (m_p != m_end)
            return false;
        out->schema = schemaName;
        out->segmentId = id;
        out->hashes = std::move(hashes);
        return true;
    }

private:
    bool literal(const char *text)
    {
        const qsizetype length = qsizetype(qstrlen(text));
        if (m_end - m_p < length || std::memcmp(m_p, text, size_t(length)) != 0)
            return false;
        m_p += length;
        return true;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

UsersBody parseUsersBody(const QByteArray &body, qsizetype maxIdentifiers)
{
    UsersBody result;
    if (CanonicalScanner(body).scan(maxIdentifiers, &result))
        return result;
    result = {};
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
