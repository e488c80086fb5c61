// A long session (label bench, not run in CI): 10,000 jobs launched against triggerdesk-sim (its
// own process, so only the client's memory is measured), 200 at a time, with the job history on disk, the table and its
// sorted proxy, as the window has them. Prints the resident size every 1,000 jobs: finished runs are freed and the
// table keeps the newest 1,000 finished rows, so it must level off rather than grow with the jobs.

#include "jobcontroller.h"
#include "jobfilterproxymodel.h"
#include "jobhistory.h"
#include "jobrun.h"
#include "jobtablemodel.h"
#include "residentmemory.h"
#include "simulatorprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

double residentMb()
{
    return double(test::residentBytes()) / (1024 * 1024);
}

constexpr int kJobs = 10000;
constexpr int kBatch = 200;

} // namespace

class BenchSession : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandJobs();
};

void BenchSession::tenThousandJobs()
{
    QTemporaryDir dir;
    QProcess simulator;
    TriggerProfile profile;
    profile.invokeUrl =
        test::startSimulatorProcess(&simulator, dir.path(),
                                    R"({"slug": "fire", "folderKey": "11111111-2222-4333-8444-555555555555",
                                                        "verb": "POST", "defaultMode": "FireAndForget", "durationMs": 10})");
    QVERIFY(!profile.invokeUrl.isEmpty());
    profile.name = QStringLiteral("Fire");
    profile.mode = CallMode::FireAndForget;
    profile.credential = JobController::demoCredential();

    JobHistory history(dir.filePath(QStringLiteral("jobs")));
    JobController jobs;
    jobs.setFinishedRunLifetime(1000);
    jobs.model()->setFinishedLimit(history.limit());
    JobFilterProxyModel proxy;
    proxy.setSourceModel(jobs.model());
    proxy.sort(JobTableModel::StartedColumn, Qt::DescendingOrder);
    history.watch(jobs.engine());

    qInfo("jobs     RSS (MB)   table rows");
    qInfo("%5d  %9.1f  %11d", 0, residentMb(), jobs.model()->rowCount());
    int ended = 0;
    QEventLoop loop;
    connect(&jobs, &JobController::jobFinished, &loop, [&] {
        if (++ended % kBatch == 0)
            loop.quit();
    });
    for (int launched = 0; launched < kJobs; launched += kBatch) {
        jobs.launch(profile, {{QStringLiteral("n"), launched}}, kBatch);
        loop.exec();
        if ((launched + kBatch) % 1000 == 0)
            qInfo("%5d  %9.1f  %11d", launched + kBatch, residentMb(), jobs.model()->rowCount());
    }
    QCOMPARE(ended, kJobs);
    QTRY_COMPARE(jobs.model()->rowCount(), history.limit());
    history.flush();
    simulator.terminate();
    simulator.waitForFinished();
}

QTEST_MAIN(BenchSession)
#include "tst_bench_session.moc"
