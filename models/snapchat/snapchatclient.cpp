#include "snapchatclient.h"

#include "apiparser.h"
#include "apirequests.h"
#include "requestexecutor.h"

#include <QCoreApplication>

namespace Snapchat {

namespace {

// Runs parse on a successful response, or passes the error on.
template<typename T, typename Parse>
auto handler(const SnapchatClient::Callback<T> &callback, Parse parse)
{
    return [callback, parse](const ApiResponse &response) {
        if (response.error.isError()) {
            callback({{}, response.error, response.attempts});
            return;
        }
        Result<T> result = parse(response.json);
        result.error.httpStatus = result.error.isError() ? response.httpStatus : 0;
        result.attempts = response.attempts;
        callback(result);
    };
}

template<typename T>
void failLater(QObject *context, const SnapchatClient::Callback<T> &callback, const ApiError &error)
{
    QMetaObject::invokeMethod(context ? context : QCoreApplication::instance(),
                              [callback, error] { callback({{}, error}); }, Qt::QueuedConnection);
}

ApiError badHashError(qsizetype index, qsizetype count)
{
    if (count == 0 || count > ApiRequests::kMaxIdentifiersPerRequest) {
        return ApiError::config(QCoreApplication::translate("Snapchat", "A request carries 1 to %1 identifiers, not %2.")
                                    .arg(ApiRequests::kMaxIdentifiersPerRequest)
                                    .arg(count));
    }
    return ApiError::config(QCoreApplication::translate(
                                "Snapchat", "Identifier %1 of the request is not a SHA-256 hash in lowercase hex.")
                                .arg(index + 1));
}

} // namespace

SnapchatClient::SnapchatClient(ConnectionSettings settings, RequestExecutor *executor, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_executor(executor)
{
}

void SnapchatClient::me(QObject *context, Callback<Me> callback)
{
    m_executor->execute({"GET", ApiRequests::meUrl(m_settings), {}, true, {}}, context,
                        handler<Me>(callback, &ApiParser::parseMe));
}

void SnapchatClient::organizations(QObject *context, Callback<QList<Organization>> callback)
{
    m_executor->execute({"GET", ApiRequests::organizationsUrl(m_settings), {}, true, {}}, context,
                        handler<QList<Organization>>(callback, &ApiParser::parseOrganizations));
}

void SnapchatClient::segments(const QString &adAccountId, QObject *context, Callback<QList<Segment>> callback,
                              int pageSize)
{
    fetchSegmentPage(ApiRequests::segmentsUrl(m_settings, adAccountId, pageSize),
                     std::make_shared<QList<Segment>>(), context, callback);
}

void SnapchatClient::fetchSegmentPage(const QUrl &url, const std::shared_ptr<QList<Segment>> &collected,
                                      QObject *context, const Callback<QList<Segment>> &callback)
{
    m_executor->execute({"GET", url, {}, true, {}}, context,
                        [this, collected, context, callback](const ApiResponse &response) {
                            if (response.error.isError()) {
                                callback({{}, response.error});
                                return;
                            }
                            const Result<SegmentPage> page = ApiParser::parseSegmentPage(response.json);
                            if (!page.ok()) {
                                callback({{}, page.error});
                                return;
                            }
                            collected->append(page.value.segments);
                            if (page.value.nextLink.isEmpty()) {
                                callback({*collected, {}});
                                return;
                            }
                            // The bearer token goes only to the API host we were given.
                            const QUrl &next = page.value.nextLink;
                            if (next.scheme() != m_settings.apiBaseUrl.scheme() || next.host() != m_settings.apiBaseUrl.host()
                                || next.port() != m_settings.apiBaseUrl.port()) {
                                callback({{}, ApiError::schema(QStringLiteral("paging.next_link points to another host (%1)")
                                                                   .arg(next.host()))});
                                return;
                            }
                            fetchSegmentPage(next, collected, context, callback);
                        });
}

void SnapchatClient::segment(const QString &segmentId, QObject *context, Callback<Segment> callback)
{
    m_executor->execute({"GET", ApiRequests::segmentUrl(m_settings, segmentId), {}, true, {}}, context,
                        handler<Segment>(callback, &ApiParser::parseSingleSegment));
}

void SnapchatClient::createSegment(const NewSegment &segment, QObject *context, Callback<Segment> callback)
{
    m_executor->execute({"POST", ApiRequests::createSegmentUrl(m_settings, segment.adAccountId),
                         ApiRequests::createSegmentBody(segment), false, {}},
                        context, handler<Segment>(callback, &ApiParser::parseSingleSegment));
}

void SnapchatClient::addUsers(const QString &segmentId, Identity::IdentifierType schema,
                              const QList<QByteArray> &hashes, QObject *context, Callback<UsersResult> callback)
{
    changeUsers("POST", segmentId, schema, hashes, context, callback);
}

void SnapchatClient::removeUsers(const QString &segmentId, Identity::IdentifierType schema,
                                 const QList<QByteArray> &hashes, QObject *context, Callback<UsersResult> callback)
{
    changeUsers("DELETE", segmentId, schema, hashes, context, callback);
}

void SnapchatClient::addUsersBody(const QString &segmentId, const QByteArray &body, QObject *context,
                                  Callback<UsersResult> callback)
{
    changeUsersBody("POST", segmentId, body, context, callback);
}

void SnapchatClient::removeUsersBody(const QString &segmentId, const QByteArray &body, QObject *context,
                                     Callback<UsersResult> callback)
{
    changeUsersBody("DELETE", segmentId, body, context, callback);
}

void SnapchatClient::changeUsers(const QByteArray &method, const QString &segmentId, Identity::IdentifierType schema,
                                 const QList<QByteArray> &hashes, QObject *context, const Callback<UsersResult> &callback)
{
    qsizetype bad = -1;
    const QByteArray body = ApiRequests::usersBody(schema, hashes, &bad);
    if (body.isEmpty()) {
        failLater(context, callback, badHashError(bad, hashes.size()));
        return;
    }
    changeUsersBody(method, segmentId, body, context, callback);
}

void SnapchatClient::changeUsersBody(const QByteArray &method, const QString &segmentId, const QByteArray &body,
                                     QObject *context, const Callback<UsersResult> &callback)
{
    ApiRequest request{method, ApiRequests::usersUrl(m_settings, segmentId), body, true, {}};
    // Adding or removing the same hashes twice changes nothing: a 200 whose sub-request failed
    // is safe to send again.
    request.retryableCheck = [](const QJsonObject &json) { return ApiParser::parseUsersResult(json).error; };
    m_executor->execute(request, context, handler<UsersResult>(callback, &ApiParser::parseUsersResult));
}

void SnapchatClient::removeAllUsers(const QString &segmentId, QObject *context, Callback<Segment> callback)
{
    m_executor->execute({"DELETE", ApiRequests::allUsersUrl(m_settings, segmentId), {}, true, {}}, context,
                        handler<Segment>(callback, &ApiParser::parseSingleSegment));
}

} // namespace Snapchat
