#include "ratelimiter.h"

#include <algorithm>

namespace Snapchat {

RateLimiter::RateLimiter(int maxPerWindow, qint64 windowMs)
    : m_max(maxPerWindow)
    , m_windowMs(windowMs)
{
}

qint64 RateLimiter::reserve(qint64 nowMs)
{
    if (m_max <= 0)
        return 0;
    while (!m_slots.empty() && m_slots.front() <= nowMs - m_windowMs)
        m_slots.pop_front();
    qint64 slot = nowMs;
    if (qsizetype(m_slots.size()) >= m_max) {
        // The send that is m_max bookings back must have left the window.
        slot = std::max(nowMs, m_slots[m_slots.size() - size_t(m_max)] + m_windowMs);
    }
    if (!m_slots.empty())
        slot = std::max(slot, m_slots.back());
    m_slots.push_back(slot);
    return slot - nowMs;
}

} // namespace Snapchat
