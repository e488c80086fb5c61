#include "requestgate.h"
#include "scheduler.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <vector>

using namespace td;

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void gateLetsALaneHaveItsLimitInFlight();
    void firesInDueOrderNeverEarly();
    void equalTimesKeepTheirOrder();
    void startAgainReplacesAndStopCancels();
    void callbacksMayStartStopAndDestroyAlarms();
    void thousandsOfWaitsShareOneTimer();
    void alarmOutlivesItsScheduler();
};

void TestScheduler::firesInDueOrderNeverEarly()
{
    Scheduler scheduler;
    QElapsedTimer clock;
    QList<QPair<int, qint64>> fired; // (delay asked in ms, ns elapsed when fired)
    std::vector<std::unique_ptr<Alarm>> alarms;
    clock.start();
    for (int delay : {60, 20, 40, 0}) {
        alarms.push_back(std::make_unique<Alarm>(&scheduler, [&fired, &clock, delay] {
            fired.append({delay, clock.nsecsElapsed()});
        }));
        alarms.back()->start(delay);
        QVERIFY(alarms.back()->isActive());
    }
    QCOMPARE(scheduler.pendingCount(), 4);
    QTRY_COMPARE(fired.size(), 4);
    QCOMPARE(fired.at(0).first, 0);
    QCOMPARE(fired.at(1).first, 20);
    QCOMPARE(fired.at(2).first, 40);
    QCOMPARE(fired.at(3).first, 60);
    for (const auto &[delay, at] : fired)
        QVERIFY2(at >= delay * 1'000'000, qPrintable(QStringLiteral("%1 ms alarm fired at %2 ns").arg(delay).arg(at)));
    for (const auto &alarm : alarms)
        QVERIFY(!alarm->isActive());
    QCOMPARE(scheduler.pendingCount(), 0);
}

void TestScheduler::equalTimesKeepTheirOrder()
{
    Scheduler scheduler;
    QList<int> fired;
    std::vector<std::unique_ptr<Alarm>> alarms;
    for (int i = 0; i < 5; ++i) {
        alarms.push_back(std::make_unique<Alarm>(&scheduler, [&fired, i] { fired.append(i); }));
        alarms.back()->start(10);
    }
    QTRY_COMPARE(fired.size(), 5);
    QCOMPARE(fired, QList<int>({0, 1, 2, 3, 4}));
}

void TestScheduler::startAgainReplacesAndStopCancels()
{
    Scheduler scheduler;
    QElapsedTimer clock;
    int movedFired = 0;
    qint64 movedAt = -1;
    bool stoppedFired = false;
    bool sentinelFired = false;
    Alarm moved(&scheduler, [&] {
        ++movedFired;
        movedAt = clock.elapsed();
    });
    Alarm stopped(&scheduler, [&] { stoppedFired = true; });
    Alarm sentinel(&scheduler, [&] { sentinelFired = true; });
    clock.start();
    moved.start(10);
    moved.start(80); // replaces the first wait
    stopped.start(20);
    stopped.stop();
    QVERIFY(!stopped.isActive());
    sentinel.start(120);
    QCOMPARE(scheduler.pendingCount(), 2);
    QTRY_VERIFY(sentinelFired);
    QCOMPARE(movedFired, 1);
    QVERIFY2(movedAt >= 80, qPrintable(QString::number(movedAt)));
    QVERIFY(!stoppedFired);
}

void TestScheduler::callbacksMayStartStopAndDestroyAlarms()
{
    Scheduler scheduler;
    int repeats = 0;
    bool victimFired = false;
    bool doomedFired = false;
    Alarm victim(&scheduler, [&] { victimFired = true; });
    auto doomed = std::make_unique<Alarm>(&scheduler, [&] { doomedFired = true; });
    std::unique_ptr<Alarm> self;
    // Due first, and at the same time as the others: it stops one, deletes another, then itself,
    // after setting itself again twice.
    Alarm repeating(&scheduler, [&] {
        victim.stop();
        doomed.reset();
        if (++repeats < 3)
            repeating.start(0);
        else
            self.reset();
    });
    self = std::make_unique<Alarm>(&scheduler, [&] { self.reset(); }); // destroys itself as it fires
    repeating.start(5);
    victim.start(5);
    doomed->start(5);
    self->start(5);
    QTRY_COMPARE(repeats, 3);
    QTRY_COMPARE(scheduler.pendingCount(), 0);
    QVERIFY(!victimFired);
    QVERIFY(!doomedFired);
    QVERIFY(!self);
}

void TestScheduler::thousandsOfWaitsShareOneTimer()
{
    Scheduler scheduler;
    QElapsedTimer clock;
    constexpr int kAlarms = 10000;
    std::vector<std::unique_ptr<Alarm>> alarms;
    std::vector<qint64> dueAt(kAlarms);     // the earliest it may be due: before start()
    std::vector<qint64> dueBefore(kAlarms); // the latest: after start(), however long that took
    std::vector<int> fireCount(kAlarms, 0);
    QList<int> order;
    bool early = false;
    clock.start();
    for (int i = 0; i < kAlarms; ++i) {
        const int delay = QRandomGenerator::global()->bounded(300);
        alarms.push_back(std::make_unique<Alarm>(&scheduler, [&, i] {
            ++fireCount[size_t(i)];
            order.append(i);
            early = early || clock.nsecsElapsed() < dueAt[size_t(i)];
        }));
        dueAt[size_t(i)] = clock.nsecsElapsed() + delay * 1'000'000; // setting them all takes a few ms
        alarms.back()->start(delay);
        dueBefore[size_t(i)] = clock.nsecsElapsed() + delay * 1'000'000;
    }
    // Qt's timer list holds one entry for all of them.
    QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&scheduler).size(), 1);
    QTRY_COMPARE(order.size(), kAlarms);
    QVERIFY(!early);
    for (int i = 0; i < kAlarms; ++i)
        QCOMPARE(fireCount[size_t(i)], 1);
    // In due order: each one fired was due no later than the next one could have been.
    for (int i = 1; i < kAlarms; ++i)
        QVERIFY(dueAt[size_t(order.at(i - 1))] <= dueBefore[size_t(order.at(i))]);
    QCOMPARE(scheduler.pendingCount(), 0);
    QTRY_COMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&scheduler).size(), 0);
}

void TestScheduler::alarmOutlivesItsScheduler()
{
    auto scheduler = std::make_unique<Scheduler>();
    Alarm alarm(scheduler.get(), [] { QFAIL("an alarm without a scheduler fired"); });
    alarm.start(10);
    QVERIFY(alarm.isActive());
    scheduler.reset();
    QVERIFY(!alarm.isActive());
    alarm.start(0); // nothing to wait on: it stays inactive
    QVERIFY(!alarm.isActive());
    alarm.stop();
}

// RequestGate: at most its limit in flight per lane (manager and origin), the rest started in
// order as others end; one that gives up waiting leaves no trace; lanes do not wait for each other.
void TestScheduler::gateLetsALaneHaveItsLimitInFlight()
{
    RequestGate gate(2);
    auto *manager = reinterpret_cast<QNetworkAccessManager *>(quintptr(0x10));
    const QString origin = QStringLiteral("https://a.example");
    QList<int> started;
    QList<RequestGate::Ticket> tickets;
    for (int i = 0; i < 5; ++i)
        tickets << gate.enter(manager, origin, [&started, i] { started << i; });
    QCOMPARE(started, (QList<int>{0, 1}));
    QCOMPARE(gate.waitingCount(), 3);
    // Another origin, or another manager, has a lane of its own.
    gate.enter(manager, QStringLiteral("https://b.example"), [&started] { started << 100; });
    gate.enter(reinterpret_cast<QNetworkAccessManager *>(quintptr(0x20)), origin, [&started] { started << 200; });
    QCOMPARE(started, (QList<int>{0, 1, 100, 200}));
    // The third gives up waiting: it never starts, and takes no place.
    gate.done(tickets.at(2));
    QCOMPARE(gate.waitingCount(), 2);
    gate.done(tickets.at(0));
    QCOMPARE(started.last(), 3); // in order, skipping the one that left
    gate.done(tickets.at(1));
    QCOMPARE(started.last(), 4);
    QCOMPARE(gate.waitingCount(), 0);
    gate.done(tickets.at(3));
    gate.done(tickets.at(4));
    gate.done(tickets.at(4)); // twice: nothing
    QCOMPARE(gate.highWater(), 2);
    // Free again: the next starts at once.
    gate.enter(manager, origin, [&started] { started << 5; });
    QCOMPARE(started.last(), 5);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
