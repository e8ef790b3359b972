#include "sandboxapi.h"

#include "usersbody.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)

namespace Sandbox {

namespace {

constexpr char kBadRequest[] = "E1001";
constexpr char kNotFound[] = "E1004";
constexpr char kNoPermission[] = "E3002";

QByteArray envelope(QJsonObject object)
{
    object.insert(QStringLiteral("request_status"), QStringLiteral("SUCCESS"));
    object.insert(QStringLiteral("request_id"), QString::fromLatin1(SandboxApi::newRequestId()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject subRequest(const char *key, const QJsonObject &item)
{
    return {{QStringLiteral("sub_request_status"), QStringLiteral("SUCCESS")},
            {QLatin1StringView(key), item}};
}

} // namespace

SandboxApi::SandboxApi(SandboxData &data, QUrl baseUrl)
    : m_data(data)
    , m_baseUrl(std::move(baseUrl))
{
}

QByteArray SandboxApi::newRequestId()
{
    QByteArray id(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(id.data()), 4);
    return id.toHex();
}

HttpResponse SandboxApi::error(int status, const char *errorCode, const QString &debugMessage,
                               const QString &displayMessage)
{
    const QJsonObject object{
        {QStringLiteral("request_status"), QStringLiteral("ERROR")},
        {QStringLiteral("request_id"), QString::fromLatin1(newRequestId())},
        {QStringLiteral("debug_message"), debugMessage},
        {QStringLiteral("display_message"),
         displayMessage.isEmpty() ? QStringLiteral("We're sorry, but the requested resource could not be processed.")
                                  : displayMessage},
        {QStringLiteral("error_code"), QLatin1StringView(errorCode)}};
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool SandboxApi::changedSinceLastCall()
{
    return std::exchange(m_changed, false);
}

HttpResponse SandboxApi::handle(const HttpRequest &request, bool partialFailure)
{
    const QStringList parts = request.url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    // parts[0] == "v1"
    if (parts.size() == 2 && parts[1] == QLatin1StringView("me") && method == "GET")
        return me();
    if (parts.size() == 3 && parts[1] == QLatin1StringView("me")
        && parts[2] == QLatin1StringView("organizations") && method == "GET")
        return organizations(request);
    if (parts.size() == 4 && parts[1] == QLatin1StringView("organizations")
        && parts[3] == QLatin1StringView("adaccounts") && method == "GET")
        return adAccounts(parts[2]);
    if (parts.size() == 4 && parts[1] == QLatin1StringView("adaccounts")
        && parts[3] == QLatin1StringView("segments")) {
        if (method == "GET")
            return listSegments(request, parts[2]);
        if (method == "POST")
            return createSegments(request, parts[2]);
    }
    if (parts.size() == 3 && parts[1] == QLatin1StringView("segments") && method == "GET")
        return getSegment(parts[2]);
    if (parts.size() == 4 && parts[1] == QLatin1StringView("segments")) {
        if (parts[3] == QLatin1StringView("users") && (method == "POST" || method == "DELETE"))
            return changeUsers(request, parts[2], method == "POST", partialFailure);
        if (parts[3] == QLatin1StringView("all_users") && method == "DELETE")
            return removeAllUsers(parts[2]);
    }
    return error(404, kNotFound,
                 QStringLiteral("No resource for %1 %2").arg(QString::fromLatin1(method), request.url.path()));
}

HttpResponse SandboxApi::me() const
{
    const QJsonObject me{{QStringLiteral("id"), m_data.userId},
                         {QStringLiteral("display_name"), m_data.userDisplayName},
                         {QStringLiteral("email"), m_data.userEmail},
                         {QStringLiteral("organization_id"), m_data.organizationId}};
    return HttpResponse::json(200, envelope({{QStringLiteral("me"), me}}));
}

QJsonObject SandboxApi::adAccountJson(const SandboxAdAccount &account) const
{
    return {{QStringLiteral("id"), account.id},
            {QStringLiteral("name"), account.name},
            {QStringLiteral("organization_id"), account.organizationId},
            {QStringLiteral("type"), QStringLiteral("PARTNER")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("timezone"), QStringLiteral("UTC")}};
}

HttpResponse SandboxApi::organizations(const HttpRequest &request) const
{
    const bool withAdAccounts = QUrlQuery(request.url).queryItemValue(QStringLiteral("with_ad_accounts"))
        == QLatin1StringView("true");
    QJsonObject organization{{QStringLiteral("id"), m_data.organizationId},
                             {QStringLiteral("name"), m_data.organizationName},
                             {QStringLiteral("type"), QStringLiteral("ENTERPRISE")}};
    if (withAdAccounts) {
        QJsonArray accounts;
        for (const SandboxAdAccount &account : m_data.adAccounts) {
            if (account.accessible && account.organizationId == m_data.organizationId)
                accounts.append(adAccountJson(account));
        }
        organization.insert(QStringLiteral("ad_accounts"), accounts);
    }
    return HttpResponse::json(200, envelope({{QStringLiteral("organizations"),
                                              QJsonArray{subRequest("organization", organization)}}}));
}

HttpResponse SandboxApi::adAccounts(const QString &organizationId) const
{
    if (organizationId != m_data.organizationId)
        return error(403, kNoPermission, QStringLiteral("Caller does not have permission"));
    QJsonArray accounts;
    for (const SandboxAdAccount &account : m_data.adAccounts) {
        if (account.accessible && account.organizationId == organizationId)
            accounts.append(subRequest("adaccount", adAccountJson(account)));
    }
    return HttpResponse::json(200, envelope({{QStringLiteral("adaccounts"), accounts}}));
}

const SandboxAdAccount *SandboxApi::accessibleAdAccount(const QString &adAccountId,
                                                        HttpResponse *response) const
{
    const SandboxAdAccount *account = m_data.adAccount(adAccountId);
    if (!account) {
        *response = error(404, kNotFound, QStringLiteral("Ad account %1 not found").arg(adAccountId));
        return nullptr;
    }
    if (!account->accessible) {
        *response = error(403, kNoPermission, QStringLiteral("Caller does not have permission"),
                          QStringLiteral("We're sorry, but you do not have permission to access this ad account."));
        return nullptr;
    }
    return account;
}

SandboxSegment *SandboxApi::accessibleSegment(const QString &segmentId, HttpResponse *response)
{
    SandboxSegment *segment = m_data.segment(segmentId);
    if (!segment) {
        *response = error(404, kNotFound, QStringLiteral("Segment %1 not found").arg(segmentId));
        return nullptr;
    }
    return accessibleAdAccount(segment->adAccountId, response) ? segment : nullptr;
}

QJsonObject SandboxApi::segmentJson(const SandboxSegment &segment) const
{
    const qsizetype users = segment.userCount();
    return {{QStringLiteral("id"), segment.id},
            {QStringLiteral("created_at"), segment.createdAt},
            {QStringLiteral("updated_at"), segment.createdAt},
            {QStringLiteral("name"), segment.name},
            {QStringLiteral("ad_account_id"), segment.adAccountId},
            {QStringLiteral("organization_id"), m_data.organizationId},
            {QStringLiteral("description"), segment.description},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("source_type"), segment.sourceType},
            {QStringLiteral("retention_in_days"), segment.retentionInDays},
            {QStringLiteral("approximate_number_users"), users},
            {QStringLiteral("upload_status"), users > 0 ? QStringLiteral("COMPLETE") : QStringLiteral("NO_UPLOAD")},
            {QStringLiteral("targetable_status"),
             users >= 1000 ? QStringLiteral("READY")
                           : (users > 0 ? QStringLiteral("TOO_FEW_USERS") : QStringLiteral("NOT_READY"))}};
}

HttpResponse SandboxApi::listSegments(const HttpRequest &request, const QString &adAccountId) const
{
    HttpResponse failure;
    if (!accessibleAdAccount(adAccountId, &failure))
        return failure;
    const QUrlQuery query(request.url);
    QList<const SandboxSegment *> segments;
    for (const SandboxSegment &segment : m_data.segments) {
        if (segment.adAccountId == adAccountId)
            segments.append(&segment);
    }
    qsizetype limit = segments.size();
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 50 || limit > 1000)
            return error(400, kBadRequest, QStringLiteral("limit must be between 50 and 1000"));
    }
    qsizetype offset = 0;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        bool ok = false;
        offset = QByteArray::fromBase64(query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                        QByteArray::Base64UrlEncoding)
                     .toLongLong(&ok);
        if (!ok || offset < 0 || offset > segments.size())
            return error(400, kBadRequest, QStringLiteral("invalid cursor"));
    }
    QJsonArray page;
    const qsizetype end = std::min(segments.size(), offset + std::max<qsizetype>(limit, 1));
    for (qsizetype i = offset; i < end; ++i)
        page.append(subRequest("segment", segmentJson(*segments[i])));
    QJsonObject object{{QStringLiteral("segments"), page}};
    if (end < segments.size()) {
        QUrl next = m_baseUrl.resolved(QUrl(request.url.path()));
        QUrlQuery nextQuery;
        nextQuery.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        nextQuery.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QByteArray::number(end).toBase64(
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        next.setQuery(nextQuery);
        object.insert(QStringLiteral("paging"),
                      QJsonObject{{QStringLiteral("next_link"), next.toString(QUrl::FullyEncoded)}});
    }
    return HttpResponse::json(200, envelope(object));
}

HttpResponse SandboxApi::createSegments(const HttpRequest &request, const QString &adAccountId)
{
    HttpResponse failure;
    if (!accessibleAdAccount(adAccountId, &failure))
        return failure;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue list = document.object().value(QLatin1StringView("segments"));
    if (!list.isArray() || list.toArray().isEmpty())
        return error(400, kBadRequest, QStringLiteral("segments must be a non-empty list"));
    qsizetype existing = 0;
    for (const SandboxSegment &segment : m_data.segments)
        existing += segment.adAccountId == adAccountId ? 1 : 0;
    if (existing + list.toArray().size() > kMaxSegmentsPerAdAccount)
        return error(400, kBadRequest, QStringLiteral("An ad account has at most %1 segments").arg(kMaxSegmentsPerAdAccount));

    QList<SandboxSegment> created;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString where = QStringLiteral("segments[%1].").arg(i);
        SandboxSegment segment;
        segment.name = item.value(QLatin1StringView("name")).toString();
        if (segment.name.trimmed().isEmpty() || segment.name.size() > 375)
            return error(400, kBadRequest, where + QStringLiteral("name is required (at most 375 characters)"));
        if (item.value(QLatin1StringView("ad_account_id")).toString() != adAccountId)
            return error(400, kBadRequest, where + QStringLiteral("ad_account_id must be the ad account in the URL"));
        segment.sourceType = item.value(QLatin1StringView("source_type")).toString();
        if (segment.sourceType != QLatin1StringView("FIRST_PARTY"))
            return error(400, kBadRequest, where + QStringLiteral("source_type must be FIRST_PARTY"));
        const QJsonValue retention = item.value(QLatin1StringView("retention_in_days"));
        if (!retention.isDouble() || retention.toInt() < 1 || retention.toInt() > 9999
            || retention.toDouble() != retention.toInt())
            return error(400, kBadRequest, where + QStringLiteral("retention_in_days must be an integer from 1 to 9999"));
        segment.retentionInDays = retention.toInt();
        segment.description = item.value(QLatin1StringView("description")).toString();
        segment.adAccountId = adAccountId;
        segment.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        created.append(segment);
    }
    QJsonArray answer;
    for (SandboxSegment &segment : created) {
        segment.id = m_data.newSegmentId();
        m_data.segments.append(segment);
        answer.append(subRequest("segment", segmentJson(segment)));
    }
    m_changed = true;
    return HttpResponse::json(200, envelope({{QStringLiteral("segments"), answer}}));
}

HttpResponse SandboxApi::getSegment(const QString &segmentId) const
{
    HttpResponse failure;
    const SandboxSegment *segment = const_cast<SandboxApi *>(this)->accessibleSegment(segmentId, &failure);
    if (!segment)
        return failure;
    return HttpResponse::json(200, envelope({{QStringLiteral("segments"),
                                              QJsonArray{subRequest("segment", segmentJson(*segment))}}}));
}

HttpResponse SandboxApi::changeUsers(const HttpRequest &request, const QString &segmentId, bool add,
                                     bool partialFailure)
{
    HttpResponse failure;
    SandboxSegment *segment = accessibleSegment(segmentId, &failure);
    if (!segment)
        return failure;
    if (segment->sourceType != QLatin1StringView("FIRST_PARTY"))
        return error(400, kBadRequest,
                     QStringLiteral("Segment %1 has source_type %2; only FIRST_PARTY segments take users")
                         .arg(segment->id, segment->sourceType));
    const UsersBody body = parseUsersBody(request.body, kMaxIdentifiersPerRequest);
    if (!body.error.isEmpty())
        return error(400, kBadRequest, body.error);
    if (!body.segmentId.isEmpty() && body.segmentId != segmentId)
        return error(400, kBadRequest, QStringLiteral("users[0].id does not match the segment in the URL"));

    QJsonObject item;
    if (partialFailure) {
        ++m_partialFailures;
        item = {{QStringLiteral("sub_request_status"), QStringLiteral("ERROR")},
                {QStringLiteral("sub_request_error_reason"), QStringLiteral("Internal error, please retry")}};
    } else {
        HashSet &set = segment->hashesBySchema[body.schema];
        if (add) {
            for (const HashKey &key : body.hashes)
                set.insert(key);
        } else {
            for (const HashKey &key : body.hashes)
                set.remove(key);
        }
        m_changed = true;
        // One line per accepted change, so a test can count what reached the audience and how
        // often (e.g. a batch sent again after the client was killed before recording it).
        qCDebug(lcSandboxHttp, "users %s %s %s %lld", add ? "add" : "remove", qPrintable(segmentId),
                qPrintable(body.schema), static_cast<long long>(body.hashes.size()));
        item = {{QStringLiteral("sub_request_status"), QStringLiteral("SUCCESS")},
                {QStringLiteral("user"),
                 QJsonObject{{QStringLiteral("number_uploaded_users"), qint64(body.hashes.size())}}}};
    }
    return HttpResponse::json(200, envelope({{QStringLiteral("users"), QJsonArray{item}}}));
}

HttpResponse SandboxApi::removeAllUsers(const QString &segmentId)
{
    HttpResponse failure;
    SandboxSegment *segment = accessibleSegment(segmentId, &failure);
    if (!segment)
        return failure;
    if (segment->sourceType != QLatin1StringView("FIRST_PARTY"))
        return error(400, kBadRequest, QStringLiteral("Segment %1 is not a FIRST_PARTY segment").arg(segment->id));
    segment->hashesBySchema.clear();
    m_changed = true;
    return HttpResponse::json(200, envelope({{QStringLiteral("segments"),
                                              QJsonArray{subRequest("segment", segmentJson(*segment))}}}));
}

} // namespace Sandbox
