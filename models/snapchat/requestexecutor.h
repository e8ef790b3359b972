#pragma once

#include "apierror.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Snapchat {

class AccessTokenProvider;

struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    // False for requests that must not be repeated once they may have reached the server
    // (creating a segment): those are retried only after 429 and 5xx answers.
    bool idempotent = true;
    // Checks a 2xx envelope; an error it returns is retried like a 5xx (a failed sub-request).
    std::function<ApiError(const QJsonObject &json)> retryableCheck;
};

struct ApiResponse
{
    int httpStatus = 0;
    QJsonObject json;
    ApiError error;
    int attempts = 0;
};

// Sends Marketing API requests for one access token: bearer header, client-side rate limit,
// transfer timeout, bounded retries with backoff and jitter (5xx, timeouts, resets; 429s for a
// time budget rather than a number of sends), one token refresh and one resend after a 401,
// and no retry after a 403.
class RequestExecutor : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &response)>;

    RequestExecutor(QNetworkAccessManager *network, AccessTokenProvider *tokens, QObject *parent = nullptr);
    ~RequestExecutor() override;
    Q_DISABLE_COPY_MOVE(RequestExecutor)

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setMaxRequestsPerSecond(int max) { m_limiter.setMaxPerWindow(max); }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    // callback runs once, unless context is destroyed first.
    void execute(const ApiRequest &request, QObject *context, Callback callback);

    int retryCount() const { return m_retries; }   // resends after failures, all calls together
    int refreshCount() const { return m_refreshes; } // token refreshes triggered by 401
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void retrying(const QUrl &url, int attempt, int delayMs, const Snapchat::ApiError &reason);

private:
    struct Call;
    void schedule(const std::shared_ptr<Call> &call, int delayMs);
    void enqueue(const std::shared_ptr<Call> &call);
    void sendReadyCalls();
    void send(const std::shared_ptr<Call> &call);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryOrFail(const std::shared_ptr<Call> &call, const ApiError &error, const QByteArray &retryAfter);
    void finish(const std::shared_ptr<Call> &call, ApiResponse response);

    QNetworkAccessManager *m_network;
    QPointer<AccessTokenProvider> m_tokens;
    RetryPolicy m_policy;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    int m_transferTimeoutMs = 60000;
    int m_retries = 0;
    int m_refreshes = 0;
    int m_inFlight = 0; // executed and not finished, wherever they are
    // QNetworkAccessManager opens at most six HTTP/1.1 connections per host and queues the rest.
    static constexpr int kMaxConnections = 6;
    int m_onWire = 0; // holding a send slot or a connection
    std::deque<std::shared_ptr<Call>> m_ready; // past their backoff, waiting for a connection
};

} // namespace Snapchat
