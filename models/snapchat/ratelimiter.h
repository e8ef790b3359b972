#pragma once

#include <QtGlobal>

#include <deque>

namespace Snapchat {

// Keeps requests under Snapchat's 10 requests/s per access token: at most maxPerWindow sends
// in any window of windowMs. Pure: the caller passes the clock, so tests need no waiting.
class RateLimiter
{
public:
    explicit RateLimiter(int maxPerWindow = 9, qint64 windowMs = 1050);

    // Books the next send slot at or after nowMs; returns how long to wait before sending.
    qint64 reserve(qint64 nowMs);
    int maxPerWindow() const { return m_max; }
    void setMaxPerWindow(int max) { m_max = max; }

private:
    int m_max;
    qint64 m_windowMs;
    std::deque<qint64> m_slots; // booked send times, ascending
};

} // namespace Snapchat
