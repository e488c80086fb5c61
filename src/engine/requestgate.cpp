#include "requestgate.h"

#include <algorithm>

namespace td {

RequestGate::Ticket RequestGate::enter(QNetworkAccessManager *manager, const QString &origin,
                                       std::function<void()> start)
{
    const Ticket ticket = m_next++;
    const LaneKey key{manager, origin};
    Lane &lane = m_lanes[key];
    const bool now = lane.inFlight < m_limit;
    m_tickets.insert(ticket, {key, now});
    if (now) {
        ++lane.inFlight;
        m_highWater = qMax(m_highWater, lane.inFlight);
        start();
    } else {
        lane.waiting.emplace_back(ticket, std::move(start));
    }
    return ticket;
}

void RequestGate::done(Ticket ticket)
{
    const auto found = m_tickets.constFind(ticket);
    if (found == m_tickets.constEnd())
        return;
    const auto [key, started] = found.value();
    m_tickets.erase(found);
    auto lane = m_lanes.find(key);
    if (!started) {
        auto &waiting = lane->waiting;
        const auto entry = std::find_if(waiting.begin(), waiting.end(),
                                        [ticket](const auto &waitingEntry) { return waitingEntry.first == ticket; });
        if (entry != waiting.end())
            waiting.erase(entry);
        return;
    }
    if (lane->waiting.empty()) {
        if (--lane->inFlight == 0)
            m_lanes.erase(lane);
        return;
    }
    // The place passes to the first waiting: in flight stays the same.
    auto [next, start] = std::move(lane->waiting.front());
    lane->waiting.pop_front();
    m_tickets[next].started = true;
    start();
}

int RequestGate::waitingCount() const
{
    int count = 0;
    for (const Lane &lane : m_lanes)
        count += int(lane.waiting.size());
    return count;
}

} // namespace td
