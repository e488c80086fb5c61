// JobHistory: every run saved as it changes, throttled; the newest finished records kept.

#include "authprovider.h"
#include "guitestutil.h"
#include "historyreader.h"
#include "jobcontroller.h"
#include "jobhistory.h"
#include "jobrun.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "triggerengine.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;

namespace {

JobRecord finishedRecord(const QString &id, int minutesAgo, JobState state = JobState::Successful)
{
    JobRecord r;
    r.id = id;
    r.profile.name = QStringLiteral("Invoices");
    r.state = state;
    r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.transitions.append({state, r.createdAt, {}, -1});
    if (isTerminal(state))
        r.finishedAt = r.createdAt.addSecs(5);
    return r;
}

} // namespace

class TestJobHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fastPollWritesAFewTimesASecond();
    void keepsTheNewestFinished();
    void dropsFinishedJobsOlderThanTheAgeLimit();
    void finishedRunsAreFreedAndStillSaved();
    void tableKeepsTheNewestFinished();
    void lockedDatabaseKeepsTheSessionInFiles();
    void databaseFailingMidSessionKeepsJobsAsFiles();
    void earlierDemoJobsRerunOnTodaysSimulator();

private:
    // A fire-and-forget job of the simulator's: it ends Started as soon as its call is answered.
    JobRun *startFireAndForget(TriggerEngine *engine)
    {
        return engine->start(
            test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Fire"), CallMode::FireAndForget),
            QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}, &m_auth);
    }

    sim::OrchestratorSimulator m_simulator;
    StaticTokenProvider m_auth{JobController::demoToken()};
};

void TestJobHistory::initTestCase()
{
    QVERIFY(test::startSimulator(&m_simulator));
}

void TestJobHistory::fastPollWritesAFewTimesASecond()
{
    QTemporaryDir dir;
    TriggerEngine engine;
    JobHistory history(dir.path());
    history.watch(&engine);
    const TriggerProfile profile =
        test::simProfile(m_simulator, QStringLiteral("slow-long"), QStringLiteral("Slow"), CallMode::LongPolling);
    JobRun *run = engine.start(profile, QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}, &m_auth);
    QTRY_COMPARE(run->state(), JobState::Running);
    // A change of state reaches the disk within a moment: it is what resuming needs.
    QTRY_VERIFY_WITH_TIMEOUT(test::storedRecords(dir.path()).value(0).state == JobState::Running, 1500);

    // A second of a very fast poll: two hundred progress reports.
    const int writesBefore = history.writeCount();
    int polls = 0;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, run, [run, &polls] {
        ++polls;
        emit run->progressed();
    });
    QElapsedTimer elapsed;
    elapsed.start();
    poll.start();
    QTRY_VERIFY_WITH_TIMEOUT(polls >= 200, 10000);
    poll.stop();
    const int writes = history.writeCount() - writesBefore;
    QVERIFY2(writes <= 2, qPrintable(QStringLiteral("%1 writes in %2 ms").arg(writes).arg(elapsed.elapsed())));

    // Nothing is lost: flush() writes what is pending, and the end is written at once.
    history.flush();
    QCOMPARE(test::storedRecords(dir.path()).value(0).hops.size(), run->record().hops.size());
    run->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(test::storedRecords(dir.path()).value(0).state == JobState::Cancelled, 1500);
}

void TestJobHistory::keepsTheNewestFinished()
{
    QTemporaryDir dir;
    JobStore store(dir.path());
    QVERIFY(store.save(finishedRecord(QStringLiteral("running"), 100, JobState::Running)));
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.save(finishedRecord(QStringLiteral("done%1").arg(i), 50 - i)));
    QFile corrupt(QDir(dir.path()).filePath(QStringLiteral("broken.json")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{ not json");
    corrupt.close();

    JobHistory history(dir.path());
    history.setLimit(3);
    QStringList problems;
    const QList<JobRecord> records = history.load(&problems);
    // The three newest finished ones and the unfinished one, however old; oldest first.
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).id, QStringLiteral("running"));
    QCOMPARE(records.at(1).id, QStringLiteral("done2"));
    QCOMPARE(records.at(3).id, QStringLiteral("done4"));
    QCOMPARE(test::storedIds(dir.path()), QStringList({QStringLiteral("done2"), QStringLiteral("done3"),
                                                       QStringLiteral("done4"), QStringLiteral("running")}));
    // An unreadable file is reported and left alone.
    QCOMPARE(problems.size(), 1);
    QVERIFY(corrupt.exists());

    // A job that ends now pushes the oldest finished one out.
    TriggerEngine engine;
    history.watch(&engine);
    JobRun *run = startFireAndForget(&engine);
    QTRY_COMPARE(run->state(), JobState::Started);
    QTRY_COMPARE(test::storedIds(dir.path()).size(), 4);
    QVERIFY(test::storedIds(dir.path()).contains(run->id()));
    QVERIFY(!test::storedIds(dir.path()).contains(QStringLiteral("done2")));

    // Removed by the writer thread, behind any write of it still queued.
    history.remove({QStringLiteral("done3")});
    QTRY_VERIFY(!test::storedIds(dir.path()).contains(QStringLiteral("done3")));
}

void TestJobHistory::dropsFinishedJobsOlderThanTheAgeLimit()
{
    QTemporaryDir dir;
    JobStore store(dir.path());
    QVERIFY(store.save(finishedRecord(QStringLiteral("recent"), 60 * 24)));   // a day ago
    QVERIFY(store.save(finishedRecord(QStringLiteral("old"), 60 * 24 * 40))); // forty days ago
    QVERIFY(store.save(finishedRecord(QStringLiteral("old-running"), 60 * 24 * 40, JobState::Running)));
    JobHistory history(dir.path());
    history.setMaxAgeDays(30);
    const QList<JobRecord> records = history.load();
    QCOMPARE(records.size(), 2);
    // Still running, however old: it is watched again, never dropped.
    QCOMPARE(test::storedIds(dir.path()), QStringList({QStringLiteral("old-running"), QStringLiteral("recent")}));
}

void TestJobHistory::finishedRunsAreFreedAndStillSaved()
{
    QTemporaryDir dir;
    JobHistory history(dir.path());
    JobController jobs;
    jobs.setFinishedRunLifetime(0);
    history.watch(jobs.engine());
    const QList<JobRun *> runs = jobs.launch(
        test::simProfile(m_simulator, QStringLiteral("echo-fire"), QStringLiteral("Fire"), CallMode::FireAndForget),
        QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}, 20);
    QList<QPointer<JobRun>> watched(runs.cbegin(), runs.cend());
    // Every run is freed once it has ended; its row and its record on disk stay.
    QTRY_VERIFY(std::all_of(watched.cbegin(), watched.cend(), [](const QPointer<JobRun> &run) { return !run; }));
    QCOMPARE(jobs.model()->rowCount(), 20);
    QCOMPARE(jobs.model()->recordAt(0).state, JobState::Started);
    QTRY_COMPARE(test::storedIds(dir.path()).size(), 20);
    for (const JobRecord &record : test::storedRecords(dir.path()))
        QCOMPARE(record.state, JobState::Started);
}

void TestJobHistory::tableKeepsTheNewestFinished()
{
    JobTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy forgotten(&model, &JobTableModel::jobsRemoved);
    QList<JobRecord> records;
    for (int i = 0; i < 5; ++i)
        records.append(finishedRecord(QStringLiteral("done%1").arg(i), 50 - i));
    records.append(finishedRecord(QStringLiteral("running"), 100, JobState::Running));
    model.addRecords(records);
    model.setFinishedLimit(3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(QStringLiteral("done0")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("done1")), -1);
    QVERIFY(model.rowOf(QStringLiteral("done4")) >= 0);
    QVERIFY(model.rowOf(QStringLiteral("running")) >= 0);
    // Over the limit they leave the table only: the history keeps them for the charts.
    QCOMPARE(forgotten.count(), 0);
    // Removed by a person, they leave the history too.
    model.removeFinished();
    QCOMPARE(forgotten.count(), 1);
    QCOMPARE(forgotten.first().first().toStringList().size(), 3);
}

void TestJobHistory::lockedDatabaseKeepsTheSessionInFiles()
{
    QTemporaryDir dir;
    {
        JobDatabase made(dir.path());
        QVERIFY(made.open());
        QVERIFY(made.save({finishedRecord(QStringLiteral("earlier"), 30)}));
    }
    QString launched;
    {
        // Another process holds the database all session long.
        const test::DatabaseLock lock(JobDatabase::pathIn(dir.path()));
        QVERIFY(lock.held());
        JobHistory history(dir.path());
        QVERIFY(history.load().isEmpty());
        QVERIFY2(history.fallbackReason().contains(QLatin1String("locked")), qPrintable(history.fallbackReason()));
        // The session's jobs are kept all the same, as files.
        TriggerEngine engine;
        history.watch(&engine);
        JobRun *run = startFireAndForget(&engine);
        QTRY_COMPARE(run->state(), JobState::Started);
        launched = run->id();
        history.flush();
        QVERIFY(QFile::exists(JobStore(dir.path()).fileFor(launched)));
    }
    // The next start that opens the database moves them in, beside the earlier jobs.
    JobHistory history(dir.path());
    const QList<JobRecord> records = history.load();
    QCOMPARE(history.fallbackReason(), QString());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().id, launched);
    QStringList both{QStringLiteral("earlier"), launched};
    both.sort();
    QCOMPARE(test::storedIds(dir.path()), both);
    QVERIFY(!QFile::exists(JobStore(dir.path()).fileFor(launched)));
}

void TestJobHistory::databaseFailingMidSessionKeepsJobsAsFiles()
{
    QTemporaryDir dir;
    QString launched;
    {
        JobHistory history(dir.path());
        QVERIFY(history.load().isEmpty());
        QCOMPARE(history.fallbackReason(), QString());
        QSignalSpy failed(&history, &JobHistory::saveFailed);
        TriggerEngine engine;
        history.watch(&engine);
        // Locked while a job runs: its record cannot go in, so it goes to a file, and says so once.
        const test::DatabaseLock lock(JobDatabase::pathIn(dir.path()));
        QVERIFY(lock.held());
        JobRun *run = startFireAndForget(&engine);
        QTRY_COMPARE(run->state(), JobState::Started);
        launched = run->id();
        history.flush();
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("kept as files")) && message.contains(QLatin1String("locked")),
                 qPrintable(message));
        QVERIFY(QFile::exists(JobStore(dir.path()).fileFor(launched)));
    }
    JobHistory history(dir.path());
    QCOMPARE(history.load().size(), 1);
    QCOMPARE(test::storedIds(dir.path()), QStringList{launched});
}

void TestJobHistory::earlierDemoJobsRerunOnTodaysSimulator()
{
    // A demo job of an earlier session: its simulator listened on a port that is gone.
    sim::OrchestratorSimulator today;
    QVERIFY(today.listen());
    JobRecord earlier = finishedRecord(QStringLiteral("earlier"), 10, JobState::Cancelled);
    earlier.profile = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"));
    earlier.arguments = QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}};
    earlier.statusUri = m_simulator.baseUrl().resolved(QUrl(QStringLiteral("/status/1")));
    JobController jobs;
    jobs.setDemoBaseUrl(today.baseUrl());
    QVERIFY(!jobs.canResume(earlier));
    QVERIFY(jobs.whyNotResumable(earlier).contains(QLatin1String("demo simulator")));
    JobRun *rerun = jobs.rerun(earlier);
    QTRY_COMPARE(rerun->state(), JobState::Successful);
    QCOMPARE(today.jobCount(), 1);
    QCOMPARE(rerun->record().profile.invokeUrl.port(), today.port());
}

QTEST_MAIN(TestJobHistory)
#include "tst_jobhistory.moc"
