#pragma once

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace td {

class Alarm;

// One timer for many waits. Qt keeps a thread's timers in one list that each start and stop
// scans, so a QTimer per job (its next poll, its deadline, each request's inactivity timeout)
// costs time in proportion to the jobs waiting: 30 % of the client's CPU with 5,000 async jobs.
// Here waits are kept in order of their due time, and one timer wakes for the earliest. Alarms
// fire on the scheduler's thread, in due order, never before their time.
class Scheduler : public QObject
{
public:
    explicit Scheduler(QObject *parent = nullptr);
    ~Scheduler() override;

    // Alarms waiting now.
    int pendingCount() const { return int(m_queue.size()); }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class Alarm;
    using Queue = std::multimap<qint64, Alarm *>; // by due time, in ns of m_clock

    qint64 now() const { return m_clock.nsecsElapsed(); }
    Queue::iterator add(qint64 due, Alarm *alarm);
    void remove(Queue::iterator entry) { m_queue.erase(entry); }
    // Sets the timer for the earliest wait, unless it is already set for that time or earlier.
    void arm();

    QElapsedTimer m_clock;
    QBasicTimer m_timer;
    qint64 m_armedFor = -1;
    Queue m_queue;
};

// A single-shot wait on a scheduler, used as a single-shot QTimer is: start() again replaces the
// wait, stop() or destruction cancels it. It may outlive its scheduler (it then never fires).
class Alarm
{
public:
    Alarm(Scheduler *scheduler, std::function<void()> onTimeout);
    ~Alarm() { stop(); }
    Q_DISABLE_COPY_MOVE(Alarm)

    void start(qint64 ms);
    void stop();
    bool isActive() const { return m_active && m_scheduler; }
    // Milliseconds until it fires (0 when due), or -1 when not active.
    qint64 remainingMs() const;

private:
    friend class Scheduler;

    QPointer<Scheduler> m_scheduler;
    std::function<void()> m_onTimeout;
    Scheduler::Queue::iterator m_entry;
    bool m_active = false;
};

} // namespace td
