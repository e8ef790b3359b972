#include "apirequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Snapchat::ApiRequests {

namespace {

QString encoded(const QString &id)
{
    // IDs are opaque: keep any odd character from changing the path.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrl pathUrl(const ConnectionSettings &settings, const QString &path)
{
    return settings.apiUrl(path);
}

} // namespace

QUrl meUrl(const ConnectionSettings &settings)
{
    return settings.apiUrl(QStringLiteral("/me"));
}

QUrl organizationsUrl(const ConnectionSettings &settings)
{
    QUrl url = settings.apiUrl(QStringLiteral("/me/organizations"));
    url.setQuery(QStringLiteral("with_ad_accounts=true"));
    return url;
}

QUrl segmentsUrl(const ConnectionSettings &settings, const QString &adAccountId, int limit)
{
    QUrl url = pathUrl(settings, QStringLiteral("/adaccounts/") + encoded(adAccountId) + QStringLiteral("/segments"));
    url.setQuery(QStringLiteral("limit=%1").arg(std::clamp(limit, kMinPageSize, kMaxPageSize)));
    return url;
}

QUrl createSegmentUrl(const ConnectionSettings &settings, const QString &adAccountId)
{
    return pathUrl(settings, QStringLiteral("/adaccounts/") + encoded(adAccountId) + QStringLiteral("/segments"));
}

QUrl segmentUrl(const ConnectionSettings &settings, const QString &segmentId)
{
    return pathUrl(settings, QStringLiteral("/segments/") + encoded(segmentId));
}

QUrl usersUrl(const ConnectionSettings &settings, const QString &segmentId)
{
    return pathUrl(settings, QStringLiteral("/segments/") + encoded(segmentId) + QStringLiteral("/users"));
}

QUrl allUsersUrl(const ConnectionSettings &settings, const QString &segmentId)
{
    return pathUrl(settings, QStringLiteral("/segments/") + encoded(segmentId) + QStringLiteral("/all_users"));
}

QByteArray createSegmentBody(const NewSegment &segment)
{
    const QJsonObject item{{QStringLiteral("name"), segment.name},
                           {QStringLiteral("description"), segment.description},
                           {QStringLiteral("source_type"), QStringLiteral("FIRST_PARTY")},
                           {QStringLiteral("retention_in_days"), segment.retentionInDays},
                           {QStringLiteral("ad_account_id"), segment.adAccountId}};
    return QJsonDocument(QJsonObject{{QStringLiteral("segments"), QJsonArray{item}}}).toJson(QJsonDocument::Compact);
}

bool isSha256Hex(QByteArrayView value)
{
    if (value.size() != 64)
        return false;
    for (const char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QByteArray usersBody(Identity::IdentifierType schema, const QList<QByteArray> &hashes, qsizetype *badIndex)
{
    if (badIndex)
        *badIndex = -1;
    if (hashes.isEmpty() || hashes.size() > kMaxIdentifiersPerRequest)
        return {};
    const QLatin1StringView schemaName = Identity::schemaName(schema);
    static constexpr char kHead[] = R"({"users":[{"schema":[")";
    static constexpr char kMiddle[] = R"("],"data":[)";
    static constexpr char kTail[] = "]}]}";
    QByteArray body;
    body.reserve(qsizetype(sizeof kHead + sizeof kMiddle + sizeof kTail) + schemaName.size() + hashes.size() * 69);
    body.append(kHead).append(schemaName.data(), schemaName.size()).append(kMiddle);
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        const QByteArray &hash = hashes[i];
        if (!isSha256Hex(hash)) {
            if (badIndex)
                *badIndex = i;
            return {};
        }
        if (i > 0)
            body.append(',');
        body.append("[\"", 2).append(hash).append("\"]", 2);
    }
    body.append(kTail);
    return body;
}

} // namespace Snapchat::ApiRequests
