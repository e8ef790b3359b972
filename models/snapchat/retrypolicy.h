#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>

namespace Snapchat {

// How often and how long to wait before sending a failed request again: exponential backoff
// with full jitter, or the server's Retry-After when it sends one.
struct RetryPolicy
{
    int maxAttempts = 6;       // sends in total, first one included
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000;

    // Delay before send number attempt + 1 (attempt >= 1 sends done). random01 in [0, 1).
    int backoffMs(int attempt, double random01) const;
    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch);
    int delayMs(int attempt, const QByteArray &retryAfter, double random01, qint64 nowMsSinceEpoch) const;
};

} // namespace Snapchat
