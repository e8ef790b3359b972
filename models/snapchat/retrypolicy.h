#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>

namespace Snapchat {

// How often and how long to wait before sending a failed request again: exponential backoff
// with full jitter, or the server's Retry-After when it sends one.
struct RetryPolicy
{
    int maxAttempts = 6;       // sends in total, first one included, not counting those answered 429
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000;
    // A 429 says the request was not processed: it is sent again for this long after its first
    // send, however many times that takes, so that a storm of 429s delays a run but fails none
    // of its requests.
    qint64 rateLimitBudgetMs = 15 * 60 * 1000;

    // Whether a request may be sent again after a failed send. countedAttempts: its sends so
    // far that were not answered 429; rateLimited: this failure was a 429.
    bool mayRetry(int countedAttempts, bool rateLimited, qint64 sinceFirstSendMs) const;

    // Delay before send number attempt + 1 (attempt >= 1 sends done). random01 in [0, 1).
    int backoffMs(int attempt, double random01) const;
    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch);
    int delayMs(int attempt, const QByteArray &retryAfter, double random01, qint64 nowMsSinceEpoch) const;
};

} // namespace Snapchat
