#include "enginefixture.h"

#include <QElapsedTimer>

using namespace td;
using SimMode = td::sim::CallMode;

// docs/design.md "Connection budget": with many long polls in flight, a new launch must not wait
// behind them. Prints the numbers; pass/fail only on correctness (every job ends well).
class BenchLongPolls : public QObject
{
    Q_OBJECT

private slots:
    void launchBehindLongPolls_data();
    void launchBehindLongPolls();
};

void BenchLongPolls::launchBehindLongPolls_data()
{
    QTest::addColumn<int>("slotCount");
    QTest::newRow("12 slots per origin") << 12;
    QTest::newRow("50 slots per origin (default)") << TriggerEngine::kDefaultLongPollSlotsPerOrigin;
    QTest::newRow("60 slots per origin") << 60;
}

void BenchLongPolls::launchBehindLongPolls()
{
    QFETCH(int, slotCount);
    EngineFixture f;
    f.sim->setLongPollHoldMs(5000);
    f.engine->setLongPollSlotsPerOrigin(slotCount);
    const TriggerProfile longPoll = f.trigger(QStringLiteral("lp"), SimMode::LongPolling, CallMode::LongPolling, 2000);
    const TriggerProfile quick = f.trigger(QStringLiteral("q"), SimMode::AsyncRequestReply, CallMode::FireAndForget, 0);

    QElapsedTimer clock;
    clock.start();
    QList<JobRun *> polls;
    for (int i = 0; i < 50; ++i)
        polls.append(f.engine->start(longPoll, {}, f.auth.get()));
    QTRY_VERIFY(f.sim->heldRequestCount() >= qMin(slotCount, 50));
    const qint64 launchAt = clock.elapsed();
    JobRun *launch = f.engine->start(quick, {}, f.auth.get());
    QVERIFY(EngineFixture::waitForEnd(launch));
    const qint64 launchMs = clock.elapsed() - launchAt;
    QCOMPARE(launch->state(), JobState::Started);
    for (JobRun *run : polls)
        QVERIFY(EngineFixture::waitForEnd(run, 60000));
    const qint64 allMs = clock.elapsed();
    for (JobRun *run : polls)
        QCOMPARE(run->state(), JobState::Successful);
    qInfo("slots=%d: launch behind %d held long polls answered in %lld ms; 50 two-second long polls done in %lld ms",
          slotCount, qMin(slotCount, 50), launchMs, allMs);
}

QTEST_GUILESS_MAIN(BenchLongPolls)
#include "bench_longpolls.moc"
