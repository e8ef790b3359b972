#include "requestexecutor.h"

#include "accesstokenprovider.h"
#include "apiparser.h"
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSnapchat, "audiencebridge.snapchat")

namespace Snapchat {

struct RequestExecutor::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    int attempts = 0;
    int rateLimitedAnswers = 0; // sends answered 429: they do not count against maxAttempts
    qint64 firstSentMs = -1;
    bool refreshed = false;
    bool waitedForToken = false;
};

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99: connection level; 101-199: proxy. Content/protocol/server errors come with a status.
    return error != QNetworkReply::NoError && int(error) < 200;
}

bool mayHaveReachedServer(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError;
}

bool isRetryableTransport(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

RequestExecutor::RequestExecutor(QNetworkAccessManager *network, AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_random(QRandomGenerator::global()->generate())
{
    m_clock.start();
}

RequestExecutor::~RequestExecutor() = default;

void RequestExecutor::execute(const ApiRequest &request, QObject *context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    ++m_inFlight;
    if (!ConnectionSettings::isAllowedUrl(request.url)) {
        const ApiError error = ApiError::config(
            QCoreApplication::translate("Snapchat", "Refusing to send a request to %1: only https:// is allowed "
                                                    "(http:// only for 127.0.0.1 or localhost).")
                .arg(request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString()));
        QTimer::singleShot(0, this, [this, call, error] { finish(call, {0, {}, error, 0}); });
        return;
    }
    schedule(call, 0);
}

void RequestExecutor::schedule(const std::shared_ptr<Call> &call, int delayMs)
{
    if (delayMs <= 0) {
        enqueue(call);
        return;
    }
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, call] { enqueue(call); });
}

void RequestExecutor::enqueue(const std::shared_ptr<Call> &call)
{
    AccessTokenProvider *tokens = m_tokens.data();
    if (tokens && !call->waitedForToken && tokens->accessToken().isEmpty()) {
        // A session restored from its refresh token has no access token until its first refresh
        // ends: wait for it (one refresh serves every caller) rather than send requests that can
        // only get a 401 and a resend.
        call->waitedForToken = true;
        tokens->refreshAccessToken([self = QPointer<RequestExecutor>(this), this, call](const ApiError &error) {
            if (!self)
                return;
            if (error.isError()) {
                ApiError failed = error;
                failed.attempts = call->attempts;
                finish(call, {0, {}, failed, call->attempts});
                return;
            }
            enqueue(call);
        });
        return;
    }
    m_ready.push_back(call);
    sendReadyCalls();
}

void RequestExecutor::sendReadyCalls()
{
    // A send slot is booked only when the request can go onto a connection at once: a request
    // that queued inside QNetworkAccessManager behind busy connections would reach the server
    // later than its slot and, bunched with the next second's requests, trip the rate limit.
    while (m_onWire < kMaxConnections && !m_ready.empty()) {
        std::shared_ptr<Call> call = std::move(m_ready.front());
        m_ready.pop_front();
        ++m_onWire;
        const qint64 wait = m_limiter.reserve(m_clock.elapsed());
        if (wait <= 0)
            send(call);
        else
            QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, call] { send(call); });
    }
}

void RequestExecutor::send(const std::shared_ptr<Call> &call)
{
    if (call->hasContext && !call->context) {
        --m_onWire;
        finish(call, {});
        sendReadyCalls();
        return;
    }
    ++call->attempts;
    if (call->firstSentMs < 0)
        call->firstSentMs = m_clock.elapsed();
    QNetworkRequest request(call->request.url);
    request.setTransferTimeout(m_transferTimeoutMs);
    // The API never redirects; following one would carry the bearer token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    // Remembered on the request: a 401 for a token that was replaced since needs no new refresh.
    const QString token = m_tokens ? m_tokens.data()->accessToken() : QString();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setAttribute(QNetworkRequest::User, token);
    QNetworkReply *reply = nullptr;
    const QByteArray &method = call->request.method;
    if (!call->request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (method == "GET")
        reply = m_network->get(request);
    else if (method == "POST")
        reply = m_network->post(request, call->request.body);
    else // DELETE with a body (users removal) needs the custom-verb path
        reply = m_network->sendCustomRequest(request, method, call->request.body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        reply->deleteLater();
        --m_onWire;
        handleReply(call, reply);
        sendReadyCalls();
    });
}

void RequestExecutor::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray body = reply->readAll();

    if (isTransportError(networkError) || status == 0) {
        ApiError error;
        error.kind = ApiError::Kind::Transport;
        error.networkError = networkError;
        error.debugMessage = reply->errorString();
        if (!call->request.idempotent && mayHaveReachedServer(networkError)) {
            error.attempts = call->attempts;
            finish(call, {status, {}, error, call->attempts});
            return;
        }
        if (isRetryableTransport(networkError)) {
            retryOrFail(call, error, {});
            return;
        }
        error.attempts = call->attempts;
        finish(call, {status, {}, error, call->attempts});
        return;
    }

    AccessTokenProvider *tokens = m_tokens.data();
    if (status == 401 && tokens) {
        ApiError error = ApiParser::parseEnvelope(status, body, nullptr);
        error.kind = ApiError::Kind::Auth;
        error.attempts = call->attempts;
        if (call->refreshed) {
            finish(call, {status, {}, error, call->attempts});
            return;
        }
        call->refreshed = true;
        const QString usedToken = reply->request().attribute(QNetworkRequest::User).toString();
        if (usedToken != tokens->accessToken()) {
            schedule(call, 0); // another call already refreshed the token
            return;
        }
        ++m_refreshes;
        // The provider may outlive this executor: the callback must not touch a dead one.
        tokens->refreshAccessToken([self = QPointer<RequestExecutor>(this), this, call, status](const ApiError &refreshError) {
            if (!self)
                return;
            if (refreshError.isError()) {
                ApiError failed = refreshError;
                failed.attempts = call->attempts;
                finish(call, {status, {}, failed, call->attempts});
                return;
            }
            schedule(call, 0);
        });
        return;
    }

    if (status >= 300 && status < 400) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        error.attempts = call->attempts;
        error.debugMessage = QStringLiteral("unexpected redirect to %1")
                                 .arg(QUrl(QString::fromLatin1(reply->rawHeader("Location"))).host());
        finish(call, {status, {}, error, call->attempts});
        return;
    }

    QJsonObject json;
    ApiError error = ApiParser::parseEnvelope(status, body, &json);
    if (!error.isError() && call->request.retryableCheck) {
        error = call->request.retryableCheck(json);
        if (error.isError()) {
            retryOrFail(call, error, {});
            return;
        }
    }
    if (error.isError() && (status == 429 || status >= 500)) {
        retryOrFail(call, error, reply->rawHeader("Retry-After"));
        return;
    }
    error.attempts = call->attempts;
    finish(call, {status, json, error, call->attempts});
}

void RequestExecutor::retryOrFail(const std::shared_ptr<Call> &call, const ApiError &error, const QByteArray &retryAfter)
{
    const bool rateLimited = error.httpStatus == 429;
    if (rateLimited)
        ++call->rateLimitedAnswers;
    if (!m_policy.mayRetry(call->attempts - call->rateLimitedAnswers, rateLimited, m_clock.elapsed() - call->firstSentMs)) {
        ApiError failed = error;
        failed.attempts = call->attempts;
        finish(call, {error.httpStatus, {}, failed, call->attempts});
        return;
    }
    const int delay = m_policy.delayMs(call->attempts, retryAfter, m_random.generateDouble(),
                                       QDateTime::currentMSecsSinceEpoch());
    ++m_retries;
    // The URL's path only: queries can carry cursors, never identifiers, but keep logs short.
    qCInfo(lcSnapchat) << "retrying" << call->request.method << call->request.url.path() << "after"
                       << (error.httpStatus ? error.httpStatus : int(error.networkError)) << "attempt"
                       << call->attempts << "in" << delay << "ms";
    Q_EMIT retrying(call->request.url, call->attempts, delay, error);
    schedule(call, delay);
}

void RequestExecutor::finish(const std::shared_ptr<Call> &call, ApiResponse response)
{
    --m_inFlight;
    if (call->hasContext && !call->context)
        return;
    if (call->callback)
        call->callback(response);
}

} // namespace Snapchat
