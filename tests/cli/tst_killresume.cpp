// Nothing lost when the process dies: jobs in async polling and in long polling, their CLI
// processes killed (SIGKILL) while the jobs run, then `triggerdesk-cli resume` finishes watching
// every one. Each ends with its output, and the server created each job exactly once.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestKillResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedMidJobThenResumed();

private:
    QJsonArray serverJobs();

    QString m_bin;
    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_base;
    QString m_folder;
};

void TestKillResume::initTestCase()
{
    m_bin = qEnvironmentVariable("TRIGGERDESK_BIN_DIR");
    QVERIFY2(QFile::exists(m_bin + QStringLiteral("/triggerdesk-cli")), qPrintable(m_bin));
    QFile triggers(m_dir.filePath(QStringLiteral("triggers.json")));
    QVERIFY(triggers.open(QIODevice::WriteOnly));
    triggers.write(R"({"triggers": [
      {"slug": "async", "folderKey": "bbbbbbbb-0000-4000-8000-000000000001", "defaultMode": "AsyncRequestReply", "durationMs": 4000},
      {"slug": "long", "folderKey": "bbbbbbbb-0000-4000-8000-000000000001", "defaultMode": "LongPolling", "durationMs": 4000}
    ]})");
    triggers.close();
    m_sim.start(m_bin + QStringLiteral("/triggerdesk-sim"),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--long-poll-hold-ms"),
                 QStringLiteral("500"), QStringLiteral("--triggers"), triggers.fileName()});
    QByteArray banner;
    QSignalSpy output(&m_sim, &QProcess::readyReadStandardOutput);
    while (!banner.contains("\n\n")) {
        QVERIFY2(output.wait(10000), m_sim.readAllStandardError().constData());
        banner += m_sim.readAllStandardOutput();
    }
    m_base = QString::fromUtf8(banner.split('\n').first());
    m_folder = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
}

void TestKillResume::cleanupTestCase()
{
    m_sim.terminate();
    m_sim.waitForFinished(5000);
}

// The server's jobs as Orchestrator's Jobs API gives them: the list in the folder, then each job
// whole (the list carries no arguments).
QJsonArray TestKillResume::serverJobs()
{
    QNetworkAccessManager manager;
    const auto get = [&](const QString &entity) {
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/demo-org/demo-tenant/orchestrator_/odata/") + entity));
        request.setRawHeader("Authorization", "Bearer demo-token");
        request.setRawHeader("X-UIPATH-FolderKey", m_folder.toUtf8());
        QNetworkReply *reply = manager.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    QJsonArray jobs;
    const QJsonArray listed = get(QStringLiteral("Jobs")).value(QStringLiteral("value")).toArray();
    for (const QJsonValue &job : listed)
        jobs.append(get(QStringLiteral("Jobs(%1)").arg(job.toObject().value(QStringLiteral("Id")).toInteger())));
    return jobs;
}

void TestKillResume::killedMidJobThenResumed()
{
    const QString stateDir = m_dir.filePath(QStringLiteral("state"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRIGGERDESK_TOKEN"), QStringLiteral("demo-token"));

    // Three jobs in each mode, one process each, all keeping their records in one folder.
    constexpr int kJobs = 6;
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int n = 0; n < kJobs; ++n) {
        const bool longPoll = n % 2 == 1;
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(m_bin + QStringLiteral("/triggerdesk-cli"),
                       {QStringLiteral("run"),
                        m_base + QStringLiteral("/demo-org/demo-tenant/orchestrator_/t/%1/%2")
                                     .arg(m_folder, longPoll ? QStringLiteral("long") : QStringLiteral("async")),
                        QStringLiteral("--mode"),
                        longPoll ? QStringLiteral("LongPolling") : QStringLiteral("AsyncRequestReply"),
                        QStringLiteral("--arg"), QStringLiteral("n=%1").arg(n), QStringLiteral("--poll-interval-ms"),
                        QStringLiteral("250"), QStringLiteral("--state-dir"), stateDir, QStringLiteral("--json")});
        QVERIFY(process->waitForStarted());
        runs.push_back(std::move(process));
    }
    // Kill them once every job is running and its record names the status URI to resume from.
    const auto runningRecords = [&stateDir] {
        int running = 0;
        const QStringList files = QDir(stateDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files) {
            QFile record(QDir(stateDir).filePath(file));
            if (!record.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject json = QJsonDocument::fromJson(record.readAll()).object();
            running += json.value(QStringLiteral("state")).toString() == QLatin1String("Running") &&
                       !json.value(QStringLiteral("statusUri")).toString().isEmpty();
        }
        return running;
    };
    QTRY_COMPARE_WITH_TIMEOUT(runningRecords(), kJobs, 20000);
    for (const auto &process : runs) {
        process->kill(); // SIGKILL: no handler, no flush
        QVERIFY(process->waitForFinished(5000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(serverJobs().size(), kJobs);

    // Started again: resume finishes watching every job, with no new trigger call.
    QProcess resume;
    resume.setProcessEnvironment(env);
    resume.start(m_bin + QStringLiteral("/triggerdesk-cli"),
                 {QStringLiteral("resume"), QStringLiteral("--state-dir"), stateDir, QStringLiteral("--json")});
    QVERIFY(resume.waitForFinished(60000));
    QCOMPARE(resume.exitCode(), 0);
    const QList<QByteArray> lines = resume.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), kJobs);
    QSet<int> outputs;
    for (const QByteArray &line : lines) {
        const QJsonObject result = QJsonDocument::fromJson(line).object();
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("Successful"));
        outputs.insert(result.value(QStringLiteral("output"))
                           .toObject()
                           .value(QStringLiteral("echo"))
                           .toObject()
                           .value(QStringLiteral("n"))
                           .toInt(-1));
    }
    QCOMPARE(outputs.size(), kJobs); // every job, each with its own output

    // Exactly once: six jobs on the server, one per launch.
    const QJsonArray jobs = serverJobs();
    QCOMPARE(jobs.size(), kJobs);
    QSet<int> launched;
    for (const QJsonValue &job : jobs) {
        const QJsonObject input =
            QJsonDocument::fromJson(job.toObject().value(QStringLiteral("InputArguments")).toString().toUtf8())
                .object();
        launched.insert(input.value(QStringLiteral("n")).toInt(-1));
        QCOMPARE(job.toObject().value(QStringLiteral("State")).toString(), QStringLiteral("Successful"));
    }
    QCOMPARE(launched, outputs);
}

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_killresume.moc"
