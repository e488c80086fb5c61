// JobDatabase: the job history in SQLite. Migration from JSON files without loss, queries, limits,
// a damaged or locked database, and a writer killed in the middle of a transaction.

#include "historyreader.h"
#include "jobdatabase.h"
#include "jobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <climits>

using namespace td;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());

// A record with every field set, different for each i.
JobRecord fullRecord(int i)
{
    JobRecord r;
    r.id = QStringLiteral("job-%1").arg(i, 5, 10, QLatin1Char('0'));
    r.profile.name = QStringLiteral("Invoices %1").arg(i % 7);
    r.profile.invokeUrl =
        QUrl(QStringLiteral("https://cloud.example.com/org/tenant/orchestrator_/t/%1/invoices").arg(i));
    r.profile.method = QStringLiteral("GET");
    r.profile.mode = CallMode::LongPolling;
    ArgumentSpec customer;
    customer.name = QStringLiteral("customer");
    customer.type = ArgumentType::Text;
    customer.required = true;
    customer.defaultValue = QStringLiteral("ACME");
    customer.description = QStringLiteral("Who is billed");
    customer.choices = {QStringLiteral("ACME"), QStringLiteral("Initech")};
    r.profile.arguments = {customer};
    r.profile.pollIntervalMs = 1500;
    r.profile.adaptivePolling = true;
    r.profile.credential = QStringLiteral("robot");
    r.profile.trustedOrigins = {QStringLiteral("https://files.example.com")};
    r.profile.correlationArgument = QStringLiteral("ref");
    r.profile.expectedDurationSeconds = 90;
    r.profile.probeEveryMinutes = 15;
    r.profile.probeConfirmed = true;
    r.arguments = QJsonObject{{QStringLiteral("customer"), QStringLiteral("Initech")}, {QStringLiteral("ref"), i}};
    r.mode = CallMode::LongPolling;
    r.state = i % 3 == 0 ? JobState::Running : (i % 3 == 1 ? JobState::Successful : JobState::Faulted);
    r.createdAt = kStart.addSecs(i);
    r.transitions.append({JobState::Queued, r.createdAt, {}, -1});
    r.transitions.append(
        {r.state, r.createdAt.addMSecs(1234), Phrase::translate("td::JobRun", "Accepted; polling the status URI"), 0});
    Hop hop;
    hop.method = QStringLiteral("GET");
    hop.url = r.profile.invokeUrl.toString();
    hop.status = 303;
    hop.ms = 42 + i;
    hop.at = r.createdAt.addMSecs(10);
    hop.tokenSent = true;
    hop.headers = {{"Location", "/status/1"}, {"Retry-After", "3"}};
    hop.error = Phrase::verbatim(QStringLiteral("none %1").arg(i));
    hop.note = Phrase::translate("td::JobRun", "Retry-After clamped");
    hop.protocol = QStringLiteral("h2");
    hop.proxy = QStringLiteral("http://proxy.example.com:3128");
    hop.repeats = 2;
    hop.lastAt = hop.at.addSecs(3);
    r.hops = {hop};
    r.statusUri = QUrl(QStringLiteral("https://cloud.example.com/status/%1").arg(i));
    r.lastStatus = QJsonObject{{QStringLiteral("State"), QStringLiteral("Running")}};
    r.rawOutput = QStringLiteral("{\"total\": %1, \"名前\": \"請求書\"}").arg(i).toUtf8();
    r.output = QJsonDocument::fromJson(r.rawOutput).object();
    r.error = i % 3 == 2 ? Phrase::verbatim(QStringLiteral("Invoice file not found")) : Phrase();
    r.serverMessage = QStringLiteral("message %1").arg(i);
    r.serverErrorCode = i % 3 == 2 ? 1623 : 0;
    r.polls = i % 11;
    r.probe = i % 5 == 0;
    r.orchestratorJobId = 100000 + i;
    r.folderId = 77;
    if (isTerminal(r.state))
        r.finishedAt = r.createdAt.addSecs(1 + i % 60);
    return r;
}

JobRecord ended(const QString &id, const QString &profile, JobState state, const QDateTime &launched, int seconds)
{
    JobRecord r;
    r.id = id;
    r.profile.name = profile;
    r.state = state;
    r.createdAt = launched;
    r.finishedAt = launched.addSecs(seconds);
    return r;
}

// The JSON files' names and bytes, for "untouched".
QByteArray digestOf(const QString &directory)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(QDir(directory).filePath(file));
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(file.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return hash.result();
}

} // namespace

class TestJobDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesAJsonHistoryWithoutLoss();
    void failedMigrationLeavesTheFilesUntouched();
    void recentOutcomesAndLimits();
    void damagedOrNewerDatabaseIsRefused();
    void lockedDatabaseSaysSo();
    void killedWhileWritingLosesNoCommittedJob_data();
    void killedWhileWritingLosesNoCommittedJob();
};

void TestJobDatabase::migratesAJsonHistoryWithoutLoss()
{
    // 10,000 records as earlier versions kept them: one JSON file each.
    QTemporaryDir dir;
    QList<JobRecord> records;
    for (int i = 0; i < 10000; ++i) {
        records.append(fullRecord(i));
        QFile file(QDir(dir.path()).filePath(records.last().id + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(records.last().toJson()).toJson());
    }
    QFile broken(QDir(dir.path()).filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();

    JobDatabase db(dir.path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QStringList problems;
    QCOMPARE(db.importJsonFiles(&problems, &error), 10000);
    // The unreadable file is named and stays; the others moved aside, none left behind.
    QCOMPARE(problems.size(), 1);
    QVERIFY(broken.exists());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files),
             QStringList{QStringLiteral("broken.json")});
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("job-*.json")}, QDir::Files).size(), 0);
    QCOMPARE(QDir(dir.filePath(QLatin1String(JobDatabase::kMigratedFolder))).entryList(QDir::Files).size(), 10000);
    QCOMPARE(db.count(), 10000);

    // Every field of every record comes back as it was.
    const QList<JobRecord> back = db.recent(INT_MAX, &problems, &error);
    QCOMPARE(back.size(), 10000);
    for (qsizetype i = 0; i < back.size(); ++i) {
        const JobRecord &original = records.at(i);
        QCOMPARE(back.at(i).id, original.id);
        QCOMPARE(back.at(i).toJson(), original.toJson());
    }
    QCOMPARE(back.at(2).error.text(), QStringLiteral("Invoice file not found"));
    QCOMPARE(back.at(5).hops.first().headers, records.at(5).hops.first().headers);
    QCOMPARE(back.at(5).createdAt, records.at(5).createdAt);
    QVERIFY(back.at(5).probe);
    // The columns the questions are asked of agree with the records.
    const QList<JobOutcome> outcomes = db.outcomes({}, QStringLiteral("Invoices 1"));
    QCOMPARE(outcomes.size(), int(std::count_if(records.cbegin(), records.cend(), [](const JobRecord &r) {
                 return isTerminal(r.state) && r.profile.name == QLatin1String("Invoices 1");
             })));
    for (const JobOutcome &outcome : outcomes) {
        const JobOutcome expected = JobOutcome::of(records.at(outcome.id.mid(4).toInt()));
        QCOMPARE(outcome.state, expected.state);
        QCOMPARE(outcome.launched, expected.launched);
        QCOMPARE(outcome.ended, expected.ended);
        QCOMPARE(outcome.durationMs, expected.durationMs);
        QCOMPARE(outcome.probe, expected.probe);
    }
    // A second start finds nothing more to move.
    QCOMPARE(db.importJsonFiles(nullptr, &error), 0);
}

void TestJobDatabase::failedMigrationLeavesTheFilesUntouched()
{
    QTemporaryDir dir;
    {
        JobDatabase db(dir.path());
        QVERIFY(db.open());
        QVERIFY(db.save({ended(QStringLiteral("earlier"), QStringLiteral("P"), JobState::Successful, kStart, 3)}));
    }
    for (int i = 0; i < 100; ++i)
        QVERIFY(JobStore(dir.path()).save(fullRecord(i)));
    const QByteArray before = digestOf(dir.path());

    // Another process holds the database while the records are moved in: the transaction fails.
    JobDatabase db(dir.path());
    QVERIFY(db.open());
    {
        const test::DatabaseLock lock(db.path());
        QVERIFY(lock.held());
        QString error;
        QCOMPARE(db.importJsonFiles(nullptr, &error), -1);
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    }
    // Not one file moved or changed, nothing half written.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 100);
    QVERIFY(!QDir(dir.filePath(QLatin1String(JobDatabase::kMigratedFolder))).exists());
    QCOMPARE(db.count(), 1);
    QCOMPARE(digestOf(dir.path()), before);
    // Once the lock is gone, the next start moves them in.
    QCOMPARE(db.importJsonFiles(), 100);
    QCOMPARE(db.count(), 101);
}

void TestJobDatabase::recentOutcomesAndLimits()
{
    QTemporaryDir dir;
    JobDatabase db(dir.path());
    QVERIFY(db.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<JobRecord> records;
    for (int i = 0; i < 50; ++i)
        records << ended(QStringLiteral("a%1").arg(i), QStringLiteral("A"), JobState::Successful,
                         now.addSecs(-3600 * (50 - i)), i + 1);
    records << ended(QStringLiteral("b-faulted"), QStringLiteral("B"), JobState::Faulted, now.addSecs(-60), 4);
    records << ended(QStringLiteral("b-old"), QStringLiteral("B"), JobState::Successful, now.addDays(-40), 2);
    JobRecord running = ended(QStringLiteral("running"), QStringLiteral("A"), JobState::Running, now.addDays(-60), 0);
    running.finishedAt = {};
    records << running;
    QVERIFY(db.save(records));
    QCOMPARE(db.count(), 53);

    // The table's load: what had not ended, however old, and the newest ended ones, oldest first.
    const QList<JobRecord> recent = db.recent(3);
    QCOMPARE(recent.size(), 4);
    QCOMPARE(recent.at(0).id, QStringLiteral("running"));
    QCOMPARE(recent.at(1).id, QStringLiteral("a48"));
    QCOMPARE(recent.at(3).id, QStringLiteral("b-faulted"));

    // Outcomes by profile and time, ended ones only, oldest first, without reading the records.
    QList<JobOutcome> outcomes = db.outcomes(now.addSecs(-3600 * 10 - 1), QStringLiteral("A"));
    QCOMPARE(outcomes.size(), 10);
    QCOMPARE(outcomes.first().id, QStringLiteral("a40"));
    QCOMPARE(outcomes.first().durationMs, 41000);
    QCOMPARE(outcomes.last().id, QStringLiteral("a49"));
    QCOMPARE(db.outcomes({}).size(), 52);
    QCOMPARE(db.outcomes({}, QStringLiteral("B")).first().id, QStringLiteral("b-old"));

    // A rewrite replaces the row; a removal deletes it, in the same transaction.
    records[0].state = JobState::Stopped;
    QVERIFY(db.save({records.at(0)}, {QStringLiteral("a1")}));
    QCOMPARE(db.count(), 52);
    QCOMPARE(db.outcomes({}, QStringLiteral("A")).first().state, JobState::Stopped);

    // Limits: older than 30 days goes, then beyond the newest 20 ended; the running one stays.
    QCOMPARE(db.prune(20, now.addDays(-30)), 20);
    QCOMPARE(db.count(), 21);
    QVERIFY(db.outcomes({}, QStringLiteral("B")).size() == 1);
    QCOMPARE(db.recent(1000).first().id, QStringLiteral("running"));
    QCOMPARE(db.outcomes({}, QStringLiteral("A")).first().id, QStringLiteral("a31"));
}

void TestJobDatabase::damagedOrNewerDatabaseIsRefused()
{
    QTemporaryDir dir;
    QFile damaged(JobDatabase::pathIn(dir.path()));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, '\x5a'));
    damaged.close();
    QString error;
    JobDatabase db(dir.path());
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QLatin1String("not a database")), qPrintable(error));
    // Left as it was, for whoever wants to look at it.
    QCOMPARE(QFileInfo(damaged).size(), 8192);
    JobDatabase reader(dir.path(), JobDatabase::Access::ReadOnly);
    QVERIFY(!reader.open(&error));

    // Missing: a reader says so and creates nothing.
    QTemporaryDir empty;
    JobDatabase none(empty.path(), JobDatabase::Access::ReadOnly);
    QVERIFY(!none.open(&error));
    QVERIFY(!QFile::exists(none.path()));

    // Made by a newer version: not written over.
    QTemporaryDir newer;
    {
        JobDatabase made(newer.path());
        QVERIFY(made.open());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(JobDatabase::pathIn(newer.path()));
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 9")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    JobDatabase later(newer.path());
    QVERIFY(!later.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
}

void TestJobDatabase::lockedDatabaseSaysSo()
{
    QTemporaryDir dir;
    {
        JobDatabase made(dir.path());
        QVERIFY(made.open());
    }
    JobDatabase db(dir.path());
    QString error;
    {
        const test::DatabaseLock lock(db.path());
        QVERIFY(lock.held());
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        // It waited for the lock a while before giving up.
        QVERIFY(waited.elapsed() >= JobDatabase::kBusyTimeoutMs - 100);
    }
    QVERIFY2(db.open(&error), qPrintable(error));
    {
        const test::DatabaseLock lock(db.path());
        QVERIFY(
            !db.save({ended(QStringLiteral("x"), QStringLiteral("P"), JobState::Successful, kStart, 1)}, {}, &error));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    }
    QCOMPARE(db.count(), 0);
    QVERIFY(db.save({ended(QStringLiteral("x"), QStringLiteral("P"), JobState::Successful, kStart, 1)}));
    QCOMPARE(db.count(), 1);
}

void TestJobDatabase::killedWhileWritingLosesNoCommittedJob_data()
{
    // A round takes a few milliseconds: killed at its start, and 1, 2 and 4 ms into it.
    QTest::addColumn<int>("rounds");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("round 3, at its start") << 3 << 0;
    QTest::newRow("round 20, 1 ms in") << 20 << 1;
    QTest::newRow("round 40, 2 ms in") << 40 << 2;
    QTest::newRow("round 150, 4 ms in") << 150 << 4;
}

void TestJobDatabase::killedWhileWritingLosesNoCommittedJob()
{
    QFETCH(int, rounds);
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QDir(qEnvironmentVariable("TRIGGERDESK_BIN_DIR")).filePath(QStringLiteral("history-writer")),
                 {dir.path()});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    // Killed without warning while it writes a round: in the middle of its transaction (the wait
    // is when to kill, not a wait for something to happen).
    QByteArray said;
    const QByteArray killAt = "writing " + QByteArray::number(rounds) + '\n';
    while (!said.contains(killAt)) {
        QVERIFY2(writer.waitForReadyRead(10000), "the writer stopped saying what it writes");
        said += writer.readAllStandardOutput();
    }
    if (delayMs > 0)
        QThread::usleep(ulong(delayMs) * 1000);
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished(10000));
    said += writer.readAllStandardOutput();
    int committed = -1;
    for (const QByteArray &line : said.split('\n')) {
        if (line.startsWith("committed "))
            committed = line.mid(10).toInt();
    }
    QVERIFY(committed + 1 >= rounds);

    // The next start: the log replayed, the file sound.
    JobDatabase db(dir.path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(db.path());
    QVERIFY(check.open());
    {
        QSqlQuery integrity(check);
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // Every job of every round it said was committed, whole; the round it was killed in wholly
    // there or wholly absent.
    const QList<JobRecord> records = db.recent(INT_MAX);
    QHash<int, int> perRound;
    int steadyPolls = -1;
    for (const JobRecord &record : records) {
        if (record.id == QLatin1String("steady")) {
            steadyPolls = record.polls;
            continue;
        }
        QCOMPARE(record.rawOutput.size(), 6012);
        ++perRound[record.polls];
    }
    for (int round = 0; round <= committed; ++round)
        QCOMPARE(perRound.value(round), 20);
    QVERIFY(perRound.value(committed + 1) == 0 || perRound.value(committed + 1) == 20);
    QCOMPARE(perRound.value(committed + 2), 0);
    QVERIFY(steadyPolls == committed || steadyPolls == committed + 1);
    QVERIFY(db.save({ended(QStringLiteral("after"), QStringLiteral("P"), JobState::Successful, kStart, 1)}));
}

QTEST_GUILESS_MAIN(TestJobDatabase)
#include "tst_jobdatabase.moc"
