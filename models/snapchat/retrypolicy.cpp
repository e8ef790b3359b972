#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Snapchat {

bool RetryPolicy::mayRetry(int countedAttempts, bool rateLimited, qint64 sinceFirstSendMs) const
{
    if (rateLimited)
        return sinceFirstSendMs < rateLimitBudgetMs;
    return countedAttempts < maxAttempts;
}

int RetryPolicy::backoffMs(int attempt, double random01) const
{
    const double ceiling = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, std::max(0, attempt - 1)));
    // Half fixed, half random: spreads clients apart without ever retrying at once.
    return int(ceiling / 2 + ceiling / 2 * random01);
}

int RetryPolicy::parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds * 1000, INT_MAX));
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid() || !trimmed.endsWith(" GMT"))
        return -1;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(utc.toMSecsSinceEpoch() - nowMsSinceEpoch, 0, INT_MAX));
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter, double random01, qint64 nowMsSinceEpoch) const
{
    const int serverDelay = parseRetryAfterMs(retryAfter, nowMsSinceEpoch);
    if (serverDelay >= 0)
        return std::min(serverDelay, maxRetryAfterMs);
    return backoffMs(attempt, random01);
}

} // namespace Snapchat
