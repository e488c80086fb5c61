#include "scheduler.h"

#include <QTimerEvent>

#include <limits>

namespace td {

Scheduler::Scheduler(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

Scheduler::~Scheduler()
{
    for (const auto &[due, alarm] : m_queue)
        alarm->m_active = false;
}

Scheduler::Queue::iterator Scheduler::add(qint64 due, Alarm *alarm)
{
    // Equal times keep the order they were set in (multimap inserts after its equals).
    const Queue::iterator entry = m_queue.emplace(due, alarm);
    arm();
    return entry;
}

void Scheduler::arm()
{
    if (m_queue.empty())
        return; // a timer left set finds nothing due and stops
    const qint64 due = m_queue.begin()->first;
    if (m_timer.isActive() && m_armedFor <= due)
        return;
    m_armedFor = due;
    // Rounded up: a timer's milliseconds are whole, and an alarm never fires early.
    const qint64 ms = (due - now() + 999'999) / 1'000'000;
    m_timer.start(int(qBound<qint64>(0, ms, qint64(std::numeric_limits<int>::max()))), Qt::PreciseTimer, this);
}

void Scheduler::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    const QPointer<Scheduler> alive(this);
    const qint64 until = now();
    // One at a time from the front: a callback may start or stop any alarm, this one included.
    while (alive && !m_queue.empty() && m_queue.begin()->first <= until) {
        Alarm *alarm = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        alarm->m_active = false;
        const std::function<void()> onTimeout = alarm->m_onTimeout; // it may destroy the alarm
        onTimeout();
    }
    if (alive)
        arm();
}

Alarm::Alarm(Scheduler *scheduler, std::function<void()> onTimeout)
    : m_scheduler(scheduler), m_onTimeout(std::move(onTimeout))
{}

void Alarm::start(qint64 ms)
{
    stop();
    if (!m_scheduler)
        return;
    m_entry = m_scheduler->add(m_scheduler->now() + qMax<qint64>(0, ms) * 1'000'000, this);
    m_active = true;
}

qint64 Alarm::remainingMs() const
{
    if (!isActive())
        return -1;
    return qMax<qint64>(0, (m_entry->first - m_scheduler->now()) / 1'000'000);
}

void Alarm::stop()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_scheduler)
        m_scheduler->remove(m_entry);
}

} // namespace td
