#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace td {

// Bounds the requests handed to one network manager for one origin at a time; the rest wait
// here, in order, and start as others end. Qt keeps every request it was given in one queue per
// host behind its six connections, and scans that queue whenever a reply goes: with a burst of
// thousands of jobs that scan grew to a tenth of the client's network thread. Waiting here costs
// nothing per reply, and the queue Qt sees stays short enough to keep its connections busy (an
// HTTP/2 connection's streams too).
class RequestGate
{
public:
    static constexpr int kDefaultLimit = 32;

    explicit RequestGate(int limit = kDefaultLimit) : m_limit(limit) {}

    // A ticket for one request: start() runs at once when the lane has room, or later, when one
    // of its requests ends. The ticket's holder must call done() once it ended (or gave up
    // waiting), which lets the next one start.
    using Ticket = quint64;
    Ticket enter(QNetworkAccessManager *manager, const QString &origin, std::function<void()> start);
    void done(Ticket ticket);

    // The most requests any lane had in flight at once (for tests and benchmarks).
    int highWater() const { return m_highWater; }
    int waitingCount() const;

private:
    struct Lane
    {
        int inFlight = 0;
        std::deque<std::pair<Ticket, std::function<void()>>> waiting;
    };
    using LaneKey = QPair<QNetworkAccessManager *, QString>;

    int m_limit;
    Ticket m_next = 1;
    int m_highWater = 0;
    QHash<LaneKey, Lane> m_lanes;
    struct TicketState
    {
        LaneKey lane;
        bool started = false; // holds a place in flight (else it waits in its lane)
    };
    QHash<Ticket, TicketState> m_tickets; // every ticket not done yet
};

} // namespace td
