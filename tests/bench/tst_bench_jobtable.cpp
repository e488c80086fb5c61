// The job table with 5000 jobs (label bench, not run in CI):
//   addRowsOneByOne  5000 jobs added one at a time, as launches add them, under the window's
//                    sorted filter proxy
//   addHistory       the same 5000 as one insertion, as the history of earlier sessions comes back
//   oneSecondOfUpdates  what one second brings to a table of 5000 running jobs: the duration tick,
//                    one poll of every job (a hop and a progress report each), 250 jobs stopped
//                    and 250 resumed, the model's batched dataChanged and the status bar counts
// The jobs of oneSecondOfUpdates are real runs of the engine, over a network manager whose
// replies never come, so only the table's work is measured.

#include "jobcontroller.h"
#include "jobfilterproxymodel.h"
#include "jobrun.h"
#include "jobtablemodel.h"
#include "syntheticjobs.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace td;

namespace {

constexpr int kJobs = 5000;
constexpr int kStateChanges = 250;

// A reply that never finishes: the job waits on it, Running, until it is stopped.
class HangingReply : public QNetworkReply
{
public:
    HangingReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
    }

    void abort() override { close(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

class HangingManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *) override
    {
        return new HangingReply(request, operation, this);
    }
};

// The window's view of the table: sorted by start, newest first, filtered by state and text.
void setUpProxy(JobFilterProxyModel *proxy, JobTableModel *model)
{
    proxy->setSourceModel(model);
    proxy->sort(JobTableModel::StartedColumn, Qt::DescendingOrder);
}

} // namespace

class BenchJobTable : public QObject
{
    Q_OBJECT

private slots:
    void addRowsOneByOne();
    void addHistory();
    void oneSecondOfUpdates();
};

void BenchJobTable::addRowsOneByOne()
{
    // Half of them running, as in a burst still under way.
    QList<JobRecord> records = test::makeRecords(kJobs, JobState::Successful);
    for (int i = 0; i < kJobs; i += 2)
        records[i].state = JobState::Running;
    QBENCHMARK
    {
        JobTableModel model;
        JobFilterProxyModel proxy;
        setUpProxy(&proxy, &model);
        int counted = 0;
        // The status bar reads the counts whenever they may have changed.
        connect(&model, &JobTableModel::countsChanged, &model,
                [&model, &counted] { counted = model.runningCount() + model.finishedCount(); });
        for (const JobRecord &record : std::as_const(records))
            model.addRecord(record);
        QCOMPARE(proxy.rowCount(), kJobs);
        QCOMPARE(counted, kJobs);
    }
}

void BenchJobTable::addHistory()
{
    const QList<JobRecord> records = test::makeRecords(kJobs, JobState::Successful);
    QBENCHMARK
    {
        JobTableModel model;
        JobFilterProxyModel proxy;
        setUpProxy(&proxy, &model);
        model.addRecords(records);
        QCOMPARE(proxy.rowCount(), kJobs);
    }
}

void BenchJobTable::oneSecondOfUpdates()
{
    JobController jobs(nullptr, [](QObject *parent) { return new HangingManager(parent); });
    JobTableModel *model = jobs.model();
    JobFilterProxyModel proxy;
    setUpProxy(&proxy, model);
    int running = 0;
    connect(model, &JobTableModel::countsChanged, model, [model, &running] {
        running = model->runningCount();
        Q_UNUSED(model->finishedCount());
    });
    // 5000 jobs of an earlier session, watched again: each waits on its status poll, Running.
    const QList<JobRun *> runs = jobs.restore(test::makeRecords(kJobs, JobState::Running));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(runs.begin(), runs.end(), [](const JobRun *run) { return run->state() == JobState::Running; }),
        60000);
    QCOMPARE(running, kJobs);

    int round = 0;
    QBENCHMARK
    {
        // The once-a-second tick of every duration.
        model->tick();
        // Every job polled once: a hop and a progress report each.
        for (int row = 0; row < kJobs; ++row) {
            JobRun *run = model->runAt(row);
            emit run->hopRecorded(0);
            emit run->progressed();
        }
        // 250 jobs stop being watched, and the 250 stopped the round before are watched again.
        const int stopFrom = (round % 20) * kStateChanges;
        const int resumeFrom = ((round + 19) % 20) * kStateChanges;
        for (int row = stopFrom; row < stopFrom + kStateChanges; ++row)
            model->runAt(row)->cancel();
        if (round > 0) {
            for (int row = resumeFrom; row < resumeFrom + kStateChanges; ++row) {
                JobRun *stopped = model->runAt(row);
                QVERIFY(jobs.resume(model->recordAt(row)));
                stopped->deleteLater();
            }
        }
        // The batched dataChanged, the resumed jobs' first step, and the counts.
        for (int turn = 0; turn < 3; ++turn)
            QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ++round;
    }
    QVERIFY(running >= kJobs - 2 * kStateChanges);
}

QTEST_MAIN(BenchJobTable)
#include "tst_bench_jobtable.moc"
