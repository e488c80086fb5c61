// The job history's database at 100,000 jobs (label bench, not run in CI):
//   initTestCase   100,000 ended jobs of 7 profiles over 30 days, written in rounds of 500 as the
//                  history's writer does (time and file size printed)
//   saveRound      one writer round: 20 records of 20 hops each, committed and synced to disk
//   loadTable      JobHistory::load() over them: the running jobs and the newest 1,000 ended ones,
//                  as the window starts (resident memory it adds printed)
//   healthMonth    one profile's outcomes of the last 30 days (what the Health dialog asks) and
//                  their percentiles
//   healthDialog   the Health dialog over 100,000 jobs of one profile: all of them, then the last
//                  30 days, as the period combo switches (the durations chart draws at most
//                  HealthDialog::kMaxPoints of them)
//   statsAll       `triggerdesk-cli stats` over the 100,000, the whole process
//   migrate10k     10,000 JSON records of an earlier version moved into a new database

#include "healthdialog.h"
#include "jobdatabase.h"
#include "jobhistory.h"
#include "jobstats.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "residentmemory.h"
#include "syntheticjobs.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

constexpr int kJobs = 100000;
constexpr int kRound = 500;

QList<JobRecord> monthOfJobs(int count)
{
    QList<JobRecord> records = test::makeRecords(count, JobState::Successful);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 step = 30LL * 24 * 3600 * 1000 / count;
    for (int i = 0; i < count; ++i) {
        JobRecord &r = records[i];
        r.createdAt = now.addMSecs(-step * (count - i));
        r.finishedAt = r.createdAt.addMSecs(1000 + (i * 7919) % 60000);
        r.state = i % 23 == 0 ? JobState::Faulted : JobState::Successful;
    }
    return records;
}

} // namespace

class BenchHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveRound();
    void loadTable();
    void healthMonth();
    void healthDialog();
    void statsAll();
    void migrate10k();

private:
    QTemporaryDir m_dir;
};

void BenchHistory::initTestCase()
{
    JobDatabase db(m_dir.path());
    QVERIFY(db.open());
    const QList<JobRecord> records = monthOfJobs(kJobs);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kJobs; i += kRound)
        QVERIFY(db.save(records.mid(i, kRound)));
    const qint64 ms = timer.elapsed();
    QCOMPARE(db.count(), kJobs);
    qInfo("filled: %d jobs in %lld ms (%.0f jobs/s) in rounds of %d; %s: %.1f MB", kJobs, ms, kJobs * 1000.0 / ms,
          kRound, qPrintable(QFileInfo(db.path()).fileName()),
          (QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size()) / 1e6);
}

void BenchHistory::saveRound()
{
    QTemporaryDir dir;
    JobDatabase db(dir.path());
    QVERIFY(db.open());
    QList<JobRecord> records = test::makeRecords(20, JobState::Running);
    for (JobRecord &record : records) {
        Hop poll;
        poll.method = QStringLiteral("GET");
        poll.url = record.statusUri.toString();
        poll.status = 200;
        poll.ms = 12;
        poll.at = record.createdAt;
        poll.tokenSent = true;
        for (int i = 0; i < 20; ++i)
            record.hops.append(poll);
    }
    QBENCHMARK
    {
        QVERIFY(db.save(records));
    }
}

void BenchHistory::loadTable()
{
    const qint64 before = test::residentBytes();
    QBENCHMARK
    {
        JobHistory history(m_dir.path());
        QCOMPARE(history.load().size(), JobHistory::kDefaultTableLimit);
    }
    JobHistory history(m_dir.path());
    const QList<JobRecord> records = history.load();
    qInfo("resident memory added by a loaded history (%lld records): %.1f MB", qint64(records.size()),
          (test::residentBytes() - before) / 1e6);
}

void BenchHistory::healthMonth()
{
    JobDatabase db(m_dir.path(), JobDatabase::Access::ReadOnly);
    QVERIFY(db.open());
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);
    QBENCHMARK
    {
        const QList<JobOutcome> outcomes = db.outcomes(since, QStringLiteral("Invoices 3"));
        QVERIFY(outcomes.size() > kJobs / 8);
        const JobStats stats = jobStats(outcomes, {}).value(0);
        QVERIFY(stats.percentileMs(99) > stats.percentileMs(50));
    }
}

void BenchHistory::healthDialog()
{
    QTemporaryDir dir;
    {
        JobDatabase db(dir.path());
        QVERIFY(db.open());
        QList<JobRecord> records = monthOfJobs(kJobs);
        for (JobRecord &record : records)
            record.profile.name = QStringLiteral("Nightly");
        for (int i = 0; i < kJobs; i += kRound)
            QVERIFY(db.save(records.mid(i, kRound)));
    }
    JobHistory history(dir.path());
    JobTableModel model;
    HealthDialog dialog(&model, &history, QStringLiteral("Nightly"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *period = dialog.findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    const auto choose = [&](HealthDialog::Period chosen) {
        QElapsedTimer timer;
        timer.start();
        period->setCurrentIndex(period->findData(QVariant::fromValue(chosen)));
        dialog.repaint();
        return timer.elapsed();
    };
    QBENCHMARK_ONCE
    {
        const qint64 all = choose(HealthDialog::Period::All);
        QCOMPARE(dialog.shownJobs().size(), kJobs);
        const qint64 month = choose(HealthDialog::Period::Month);
        qInfo("Health dialog over %d jobs of one profile: all of them %lld ms, the last 30 days %lld ms", kJobs, all,
              month);
    }
}

void BenchHistory::statsAll()
{
    const QString cli = QDir(qEnvironmentVariable("TRIGGERDESK_BIN_DIR")).filePath(QStringLiteral("triggerdesk-cli"));
    QBENCHMARK
    {
        QProcess stats;
        stats.start(cli,
                    {QStringLiteral("stats"), QStringLiteral("--state-dir"), m_dir.path(), QStringLiteral("--json")});
        QVERIFY(stats.waitForFinished(60000));
        QCOMPARE(stats.exitCode(), 0);
        QVERIFY(stats.readAllStandardOutput().contains("\"jobs\":14286"));
    }
}

void BenchHistory::migrate10k()
{
    const QList<JobRecord> records = monthOfJobs(10000);
    QBENCHMARK_ONCE
    {
        QTemporaryDir dir;
        for (const JobRecord &record : records) {
            QFile file(JobStore(dir.path()).fileFor(record.id));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(record.toJson()).toJson());
        }
        QElapsedTimer timer;
        timer.start();
        JobDatabase db(dir.path());
        QVERIFY(db.open());
        QCOMPARE(db.importJsonFiles(), 10000);
        qInfo("migrated 10,000 JSON records in %lld ms", timer.elapsed());
    }
}

QTEST_MAIN(BenchHistory)
#include "tst_bench_history.moc"
