#include "jobdatabase.h"
#include "jobstore.h"
#include "selfsigned.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace td;

// triggerdesk-cli against triggerdesk-sim, both as the executables a person runs.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modes_data();
    void modes();
    void getArgumentsAndJsonShape();
    void badUsage_data();
    void badUsage();
    void helpListsEveryOption();
    void wrongTokenFails();
    void stateDirAndResume();
    void humanOutput();
    void missingTokenIsRefused();
    void outputKeepsTheServersOrder();
    void stateDirThatCannotBeWritten();
    void countLaunchesABurst();
    void certificateTrustOverHttps();
    void jobsFindStopAndWatch();
    void correlationIdFindsTheJob();
    void statsFromTheHistory();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json;
    };
    // A null token leaves TRIGGERDESK_TOKEN unset.
    Result cli(const QStringList &arguments, const QString &token = QStringLiteral("demo-token"));
    QString url(const QString &slug) const
    {
        return m_base + QStringLiteral("/demo-org/demo-tenant/orchestrator_/t/") + m_folders.value(slug) +
               QLatin1Char('/') + slug;
    }

    QString m_bin;
    QProcess m_sim;
    QString m_base;
    QHash<QString, QString> m_folders;
};

void TestCli::initTestCase()
{
    m_bin = qEnvironmentVariable("TRIGGERDESK_BIN_DIR");
    QVERIFY2(QFile::exists(m_bin + QStringLiteral("/triggerdesk-sim")), qPrintable(m_bin));
    QTemporaryDir dir;
    QFile triggers(QDir::temp().filePath(QStringLiteral("tst_cli_triggers.json")));
    QVERIFY(triggers.open(QIODevice::WriteOnly | QIODevice::Truncate));
    triggers.write(R"({"triggers": [
      {"slug": "async", "folderKey": "aaaaaaaa-0000-4000-8000-000000000001", "verb": "POST", "defaultMode": "AsyncRequestReply", "durationMs": 400},
      {"slug": "fire", "folderKey": "aaaaaaaa-0000-4000-8000-000000000001", "verb": "POST", "defaultMode": "FireAndForget", "durationMs": 400},
      {"slug": "long", "folderKey": "aaaaaaaa-0000-4000-8000-000000000001", "verb": "POST", "defaultMode": "LongPolling", "durationMs": 900},
      {"slug": "slow", "folderKey": "aaaaaaaa-0000-4000-8000-000000000001", "verb": "POST", "defaultMode": "LongPolling", "durationMs": 60000},
      {"slug": "fault", "folderKey": "aaaaaaaa-0000-4000-8000-000000000001", "verb": "POST", "defaultMode": "AsyncRequestReply", "durationMs": 300,
       "fault": {"message": "Booking failed.", "errorCode": 2001}},
      {"slug": "get", "folderKey": "aaaaaaaa-0000-4000-8000-000000000002", "verb": "GET", "defaultMode": "AsyncRequestReply", "durationMs": 300},
      {"slug": "ordered", "folderKey": "aaaaaaaa-0000-4000-8000-000000000002", "verb": "POST", "defaultMode": "LongPolling",
       "respond": {"status": 200, "body": "{\"zeta\": 1, \"alpha\": {\"yy\": true, \"bb\": null}}"}}
    ]})");
    triggers.close();
    m_sim.setProgram(m_bin + QStringLiteral("/triggerdesk-sim"));
    m_sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--long-poll-hold-ms"),
                        QStringLiteral("300"), QStringLiteral("--triggers"), triggers.fileName()});
    m_sim.start();
    QVERIFY(m_sim.waitForStarted());
    // The banner: base URL, one line per trigger, a blank line.
    QByteArray banner;
    QSignalSpy output(&m_sim, &QProcess::readyReadStandardOutput);
    while (!banner.contains("\n\n")) {
        QVERIFY2(output.wait(10000), m_sim.readAllStandardError().constData());
        banner += m_sim.readAllStandardOutput();
    }
    const QList<QByteArray> lines = banner.split('\n');
    m_base = QString::fromUtf8(lines.first());
    QVERIFY(m_base.startsWith(QStringLiteral("http://127.0.0.1:")));
    for (qsizetype i = 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QList<QByteArray> parts = lines.at(i).split(' ');
        QCOMPARE(parts.size(), 3);
        const QStringList path = QString::fromUtf8(parts.at(1)).split(QLatin1Char('/'));
        m_folders.insert(path.last(), path.at(path.size() - 2));
    }
    QCOMPARE(m_folders.size(), 7);
}

void TestCli::cleanupTestCase()
{
    m_sim.terminate();
    m_sim.waitForFinished(5000);
}

TestCli::Result TestCli::cli(const QStringList &arguments, const QString &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TRIGGERDESK_TOKEN"));
    if (!token.isNull())
        env.insert(QStringLiteral("TRIGGERDESK_TOKEN"), token);
    process.setProcessEnvironment(env);
    process.start(m_bin + QStringLiteral("/triggerdesk-cli"), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.json = QJsonDocument::fromJson(result.out).object();
    return result;
}

void TestCli::modes_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("learntMode");
    QTest::newRow("async") << QStringLiteral("async") << QStringLiteral("AsyncRequestReply") << QStringList() << 0
                           << QStringLiteral("Successful") << QStringLiteral("AsyncRequestReply");
    QTest::newRow("fire and forget") << QStringLiteral("fire") << QStringLiteral("FireAndForget") << QStringList() << 0
                                     << QStringLiteral("Started") << QStringLiteral("FireAndForget");
    QTest::newRow("long polling") << QStringLiteral("long") << QStringLiteral("LongPolling") << QStringList() << 0
                                  << QStringLiteral("Successful") << QStringLiteral("LongPolling");
    QTest::newRow("trigger default") << QStringLiteral("long") << QStringLiteral("default") << QStringList() << 0
                                     << QStringLiteral("Successful") << QStringLiteral("LongPolling");
    QTest::newRow("faulted") << QStringLiteral("fault") << QStringLiteral("AsyncRequestReply") << QStringList() << 1
                             << QStringLiteral("Faulted") << QStringLiteral("AsyncRequestReply");
    QTest::newRow("timed out") << QStringLiteral("slow") << QStringLiteral("LongPolling")
                               << QStringList{QStringLiteral("--deadline-s"), QStringLiteral("1")} << 5
                               << QStringLiteral("TimedOut") << QStringLiteral("LongPolling");
}

void TestCli::modes()
{
    QFETCH(QString, slug);
    QFETCH(QString, mode);
    QFETCH(QStringList, extra);
    const Result r =
        cli(QStringList{QStringLiteral("run"), url(slug), QStringLiteral("--mode"), mode, QStringLiteral("--arg"),
                        QStringLiteral("n=5"), QStringLiteral("--poll-interval-ms"), QStringLiteral("250"),
                        QStringLiteral("--json")} +
            extra);
    QVERIFY2(!r.json.isEmpty(), r.out.constData());
    QTEST(r.exitCode, "exitCode");
    QTEST(r.json.value(QStringLiteral("state")).toString(), "state");
    QTEST(r.json.value(QStringLiteral("mode")).toString(), "learntMode");
    for (const char *key : {"state", "mode", "output", "error", "statusUri", "hops", "transitions"})
        QVERIFY2(r.json.contains(QLatin1String(key)), key);
    const QJsonArray hops = r.json.value(QStringLiteral("hops")).toArray();
    QVERIFY(!hops.isEmpty());
    for (const QJsonValue &hop : hops) {
        for (const char *key : {"method", "url", "status", "ms"})
            QVERIFY2(hop.toObject().contains(QLatin1String(key)), key);
    }
    const QJsonArray transitions = r.json.value(QStringLiteral("transitions")).toArray();
    QCOMPARE(transitions.last().toObject().value(QStringLiteral("state")).toString(),
             r.json.value(QStringLiteral("state")).toString());
    QVERIFY(!transitions.first().toObject().value(QStringLiteral("at")).toString().isEmpty());
    if (r.json.value(QStringLiteral("state")) == QStringLiteral("Successful")) {
        const QJsonObject expected{{QStringLiteral("n"), 5}};
        QCOMPARE(r.json.value(QStringLiteral("output")).toObject().value(QStringLiteral("echo")).toObject(), expected);
    }
    if (r.exitCode == 1)
        QVERIFY(r.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("Booking failed.")));
    if (r.exitCode == 5)
        QVERIFY(r.json.value(QStringLiteral("statusUri")).toString().startsWith(m_base));
    QVERIFY(!r.out.contains("demo-token"));
}

void TestCli::getArgumentsAndJsonShape()
{
    const Result r = cli({QStringLiteral("run"), url(QStringLiteral("get")), QStringLiteral("--method"),
                          QStringLiteral("GET"), QStringLiteral("--args-json"), QStringLiteral(R"({"a":{"b":1}})"),
                          QStringLiteral("--arg"), QStringLiteral("s=hello world"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject echo = r.json.value(QStringLiteral("output")).toObject().value(QStringLiteral("echo")).toObject();
    QCOMPARE(echo.value(QStringLiteral("s")).toString(), QStringLiteral("hello world"));
    QCOMPARE(echo.value(QStringLiteral("a")).toObject(), (QJsonObject{{QStringLiteral("b"), 1}}));
    QCOMPARE(r.json.value(QStringLiteral("hops")).toArray().first().toObject().value(QStringLiteral("method")),
             QStringLiteral("GET"));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString url = QStringLiteral("https://h/t/k/s");
    const QString noAuth = QStringLiteral("--no-auth");
    QTest::newRow("no command") << QStringList() << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command \"fly\"");
    QTest::newRow("no url") << QStringList{QStringLiteral("run")}
                            << QStringLiteral("give one trigger URL, or --profile NAME");
    QTest::newRow("bad mode") << QStringList{QStringLiteral("run"), url, QStringLiteral("--mode"),
                                             QStringLiteral("Sometimes")}
                              << QStringLiteral("unknown mode \"Sometimes\"");
    QTest::newRow("bad verb") << QStringList{QStringLiteral("run"), url, QStringLiteral("--method"),
                                             QStringLiteral("PATCH")}
                              << QStringLiteral("The HTTP verb must be GET, POST, PUT or DELETE.");
    QTest::newRow("bad args json") << QStringList{QStringLiteral("run"), url, QStringLiteral("--args-json"),
                                                  QStringLiteral("{oops")}
                                   << QStringLiteral("--args-json must be a JSON object");
    QTest::newRow("bad arg") << QStringList{QStringLiteral("run"), url, QStringLiteral("--arg"),
                                            QStringLiteral("novalue")}
                             << QStringLiteral("--arg takes NAME=VALUE, got \"novalue\"");
    QTest::newRow("malformed url") << QStringList{QStringLiteral("run"), QStringLiteral("ht!tp://")}
                                   << QStringLiteral("The trigger URL is not a valid URL");
    QTest::newRow("resume without dir") << QStringList{QStringLiteral("resume")}
                                        << QStringLiteral("resume needs --state-dir DIR");
    QTest::newRow("count out of range") << QStringList{QStringLiteral("run"), url, QStringLiteral("--count"),
                                                       QStringLiteral("0")}
                                        << QStringLiteral("--count takes a whole number from 1 to 100000, got \"0\"");
    QTest::newRow("slots not a number") << QStringList{QStringLiteral("run"), url, QStringLiteral("--long-poll-slots"),
                                                       QStringLiteral("x")}
                                        << QStringLiteral("--long-poll-slots takes a whole number");
    QTest::newRow("deadline over a day") << QStringList{QStringLiteral("run"), url, QStringLiteral("--deadline-s"),
                                                        QStringLiteral("90000"), noAuth}
                                         << QStringLiteral("from one second to 24 hours");
    QTest::newRow("pin not a fingerprint")
        << QStringList{QStringLiteral("run"), url, QStringLiteral("--pin-sha256"), QStringLiteral("12:34"), noAuth}
        << QStringLiteral("--pin-sha256: The pinned certificate fingerprint must be a SHA-256 fingerprint");
    QTest::newRow("proxy not a proxy") << QStringList{QStringLiteral("run"), url, QStringLiteral("--proxy"),
                                                      QStringLiteral("ftp://proxy:21"), noAuth}
                                       << QStringLiteral("--proxy: The proxy must be");
    QTest::newRow("jobs without an action")
        << QStringList{QStringLiteral("jobs")} << QStringLiteral("jobs takes find, watch ID or stop ID");
    QTest::newRow("jobs id not a number")
        << QStringList{QStringLiteral("jobs"), QStringLiteral("watch"), QStringLiteral("abc"), url, noAuth}
        << QStringLiteral("jobs watch takes the job's Orchestrator id (a number), got \"abc\"");
    QTest::newRow("jobs around not a date")
        << QStringList{QStringLiteral("jobs"),     QStringLiteral("find"),      url,
                       QStringLiteral("--around"), QStringLiteral("yesterday"), noAuth}
        << QStringLiteral("--around takes a date and time in ISO 8601");
    QTest::newRow("jobs stop without url")
        << QStringList{QStringLiteral("jobs"), QStringLiteral("stop"), QStringLiteral("7"), noAuth}
        << QStringLiteral("give one trigger URL, or --profile NAME");
    QTest::newRow("token-env and no-auth")
        << QStringList{QStringLiteral("run"), url, QStringLiteral("--token-env"), QStringLiteral("T"), noAuth}
        << QStringLiteral("give either --token-env or --no-auth, not both");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::helpListsEveryOption()
{
    // Every option the README documents is in --help, made from the same declarations the
    // parsers use.
    const Result r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--profile",         "--method",           "--mode",          "--arg",       "--args-json", "--token-env",
          "--no-auth",         "--poll-interval-ms", "--deadline-s",    "--state-dir", "--json",      "--count",
          "--long-poll-slots", "--watch-limit-h",    "--pat",           "--oauth",     "--client-id", "--scopes",
          "--identity-url",    "--ca-file",          "--pin-sha256",    "--proxy",     "--around",    "--kill",
          "--correlation",     "--browser",          "--redirect-port", "--poll"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray(option) + ' ')), option);
    QVERIFY(r.out.contains("triggerdesk-cli credentials login|logout NAME"));
    QVERIFY(r.out.contains("Exit codes: 0 Successful or Started"));
}

void TestCli::wrongTokenFails()
{
    const Result r =
        cli({QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--json")}, QStringLiteral("wrong"));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("Failed"));
    QVERIFY(r.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("401")));
}

void TestCli::stateDirAndResume()
{
    QTemporaryDir dir;
    const Result timedOut =
        cli({QStringLiteral("run"), url(QStringLiteral("slow")), QStringLiteral("--deadline-s"), QStringLiteral("1"),
             QStringLiteral("--state-dir"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(timedOut.exitCode, 5);
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.json")});
    QCOMPARE(files.size(), 1);
    QFile saved(dir.filePath(files.first()));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY(content.contains("TimedOut"));
    QVERIFY(!content.contains("demo-token"));

    // A job interrupted while running comes back with resume: mark it running as a crash would leave it.
    QJsonObject record = QJsonDocument::fromJson(content).object();
    record.insert(QStringLiteral("state"), QStringLiteral("Running"));
    QJsonObject profile = record.value(QStringLiteral("profile")).toObject();
    profile.insert(QStringLiteral("deadlineSeconds"), 1);
    record.insert(QStringLiteral("profile"), profile);
    saved.close();
    QVERIFY(saved.open(QIODevice::WriteOnly | QIODevice::Truncate));
    saved.write(QJsonDocument(record).toJson());
    saved.close();
    // A second one whose profile's credential is gone: it cannot get a token, so it is left for
    // a later resume, and the first is watched all the same.
    QJsonObject orphan = record;
    orphan.insert(QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    profile.insert(QStringLiteral("credential"), QStringLiteral("no-such-credential"));
    orphan.insert(QStringLiteral("profile"), profile);
    QFile orphanFile(dir.filePath(QStringLiteral("00000000-0000-4000-8000-000000000001.json")));
    QVERIFY(orphanFile.open(QIODevice::WriteOnly));
    orphanFile.write(QJsonDocument(orphan).toJson());
    orphanFile.close();
    const Result resumed =
        cli({QStringLiteral("resume"), QStringLiteral("--state-dir"), dir.path(), QStringLiteral("--json")});
    QCOMPARE(resumed.exitCode, 5);
    QCOMPARE(resumed.json.value(QStringLiteral("id")), record.value(QStringLiteral("id")));
    QVERIFY(resumed.json.value(QStringLiteral("hops")).toArray().size() >
            timedOut.json.value(QStringLiteral("hops")).toArray().size());
    QVERIFY2(resumed.err.contains("Job 00000000-0000-4000-8000-000000000001 (") &&
                 resumed.err.contains("is left for later"),
             resumed.err.constData());
    QVERIFY(orphanFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(orphanFile.readAll()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("Running"));
}

void TestCli::humanOutput()
{
    const Result r = cli({QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--arg"),
                          QStringLiteral("x=1"), QStringLiteral("--poll-interval-ms"), QStringLiteral("250")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Successful\n"));
    QVERIFY(r.out.contains("\"echo\""));
    QVERIFY(r.err.contains("Running"));
    QVERIFY(r.err.contains("-> 202"));
}

void TestCli::outputKeepsTheServersOrder()
{
    const Result json = cli({QStringLiteral("run"), url(QStringLiteral("ordered")), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains(R"("output":{"zeta":1,"alpha":{"yy":true,"bb":null}})"), json.out.constData());
    QCOMPARE(json.json.value(QStringLiteral("state")).toString(), QStringLiteral("Successful"));
    const Result human = cli({QStringLiteral("run"), url(QStringLiteral("ordered"))});
    QVERIFY2(human.out.indexOf("zeta") < human.out.indexOf("alpha"), human.out.constData());
    QVERIFY(human.out.indexOf("yy") < human.out.indexOf("bb"));
}

void TestCli::missingTokenIsRefused()
{
    for (const QString &token : {QString(), QStringLiteral("")}) {
        const Result r = cli({QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--json")}, token);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("TRIGGERDESK_TOKEN"), r.err.constData());
    }
    // Saying so sends the call without a token (the simulator then refuses it).
    const Result r = cli(
        {QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--no-auth"), QStringLiteral("--json")},
        QString());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("401")));
}

void TestCli::stateDirThatCannotBeWritten()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result r = cli({QStringLiteral("run"), url(QStringLiteral("fire")), QStringLiteral("--state-dir"),
                          dir.filePath(QStringLiteral("file/sub")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("Could not"), r.err.constData());
}

void TestCli::jobsFindStopAndWatch()
{
    // A job whose answer the operator never saw: launched fire-and-forget, 60 s of work.
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString slow = url(QStringLiteral("slow"));
    const QString args = QStringLiteral("{\"marker\":\"%1\"}").arg(marker);
    QCOMPARE(cli({QStringLiteral("run"), slow, QStringLiteral("--mode"), QStringLiteral("FireAndForget"),
                  QStringLiteral("--args-json"), args, QStringLiteral("--json")})
                 .exitCode,
             0);

    // Found by its arguments (read one by one: the list carries none), the best first.
    const Result found = cli({QStringLiteral("jobs"), QStringLiteral("find"), slow, QStringLiteral("--args-json"), args,
                              QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray candidates = found.json.value(QStringLiteral("candidates")).toArray();
    QVERIFY2(!candidates.isEmpty(), found.out.constData());
    const QJsonObject best = candidates.first().toObject();
    QVERIFY2(best.value(QStringLiteral("argumentsMatch")).toBool(), found.out.constData());
    QVERIFY2(QStringList({QStringLiteral("Pending"), QStringLiteral("Running")})
                 .contains(best.value(QStringLiteral("state")).toString()),
             found.out.constData()); // not over: Orchestrator's own word
    QVERIFY2(best.value(QStringLiteral("why")).toString().startsWith(QLatin1String("same arguments")),
             found.out.constData());
    for (qsizetype i = 1; i < candidates.size(); ++i)
        QVERIFY(!candidates.at(i).toObject().value(QStringLiteral("argumentsMatch")).toBool());
    const QString id = QString::number(best.value(QStringLiteral("id")).toInteger());

    // Killed: the CLI watches it until Orchestrator reports it Stopped, and exits 7.
    const Result killed = cli({QStringLiteral("jobs"), QStringLiteral("stop"), id, slow, QStringLiteral("--kill")});
    QCOMPARE(killed.exitCode, 7);
    QVERIFY2(killed.err.contains(QByteArray("Asked Orchestrator to stop job " + id.toUtf8() + " (Kill)")),
             killed.err.constData());
    QVERIFY2(killed.out.contains("Stopped"), killed.out.constData());
    // Watched again: over already, the same end.
    const Result watched = cli({QStringLiteral("jobs"), QStringLiteral("watch"), id, slow, QStringLiteral("--json")});
    QCOMPARE(watched.exitCode, 7);
    QCOMPARE(watched.json.value(QStringLiteral("state")).toString(), QStringLiteral("Stopped"));
    // A job Orchestrator does not have: refused in its words, exit 3.
    const Result unknown = cli({QStringLiteral("jobs"), QStringLiteral("stop"), QStringLiteral("999999"), slow});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains("Job does not exist."), unknown.err.constData());

    // A job that ends well: watched to its output, exit 0, like run.
    QCOMPARE(cli({QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--mode"),
                  QStringLiteral("FireAndForget"), QStringLiteral("--args-json"), args})
                 .exitCode,
             0);
    const Result echo = cli({QStringLiteral("jobs"), QStringLiteral("find"), url(QStringLiteral("async")),
                             QStringLiteral("--args-json"), args, QStringLiteral("--json")});
    const QJsonObject echoJob = echo.json.value(QStringLiteral("candidates")).toArray().first().toObject();
    QVERIFY2(echoJob.value(QStringLiteral("argumentsMatch")).toBool(), echo.out.constData());
    const Result done = cli({QStringLiteral("jobs"), QStringLiteral("watch"),
                             QString::number(echoJob.value(QStringLiteral("id")).toInteger()),
                             url(QStringLiteral("async")), QStringLiteral("--json")});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(done.json.value(QStringLiteral("state")).toString(), QStringLiteral("Successful"));

    // Nothing in the window: exit 4, and what was searched.
    const Result none = cli({QStringLiteral("jobs"), QStringLiteral("find"), slow, QStringLiteral("--around"),
                             QStringLiteral("2020-01-01T00:00:00Z")});
    QCOMPARE(none.exitCode, 4);
    QVERIFY2(none.err.contains("No job of this folder was created from 2019-12-31T23:58:00Z to 2020-01-01T00:10:00Z"),
             none.err.constData());
}

void TestCli::correlationIdFindsTheJob()
{
    QTemporaryDir dir;
    const QString profiles = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(profiles);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("profiles"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Traced")},
                                                {QStringLiteral("url"), url(QStringLiteral("async"))},
                                                {QStringLiteral("mode"), QStringLiteral("FireAndForget")},
                                                {QStringLiteral("correlationArgument"), QStringLiteral("traceId")}}}}})
            .toJson());
    file.close();
    qputenv("TRIGGERDESK_PROFILES", profiles.toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("TRIGGERDESK_PROFILES"); });
    const QStringList traced{QStringLiteral("--profile"), QStringLiteral("Traced")};

    // Three launches with the same (no) arguments: each carries its own id, printed with --json.
    QStringList ids;
    for (int n = 0; n < 3; ++n) {
        const Result run = cli(QStringList{QStringLiteral("run")} + traced + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        ids.append(run.json.value(QStringLiteral("correlationId")).toString());
        QVERIFY2(!QUuid::fromString(ids.last()).isNull(), run.out.constData());
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);

    // The second, exactly: the only candidate that matches.
    const Result found = cli(QStringList{QStringLiteral("jobs"), QStringLiteral("find")} + traced +
                             QStringList{QStringLiteral("--correlation"), ids.at(1), QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray candidates = found.json.value(QStringLiteral("candidates")).toArray();
    QVERIFY2(candidates.first()
                 .toObject()
                 .value(QStringLiteral("why"))
                 .toString()
                 .startsWith(QLatin1String("carries the correlation id")),
             found.out.constData());
    int matching = 0;
    for (const QJsonValue &candidate : candidates)
        matching += candidate.toObject().value(QStringLiteral("argumentsMatch")).toBool() ? 1 : 0;
    QCOMPARE(matching, 1);
    // Its id read back through Jobs(id) is the one the run printed.
    const Result watched = cli({QStringLiteral("jobs"), QStringLiteral("watch"),
                                QString::number(candidates.first().toObject().value(QStringLiteral("id")).toInteger()),
                                QStringLiteral("--profile"), QStringLiteral("Traced"), QStringLiteral("--json")});
    QCOMPARE(watched.exitCode, 0);
    QCOMPARE(watched.json.value(QStringLiteral("output"))
                 .toObject()
                 .value(QStringLiteral("echo"))
                 .toObject()
                 .value(QStringLiteral("traceId"))
                 .toString(),
             ids.at(1));
    // Without a profile that names the argument, the id means nothing.
    const Result noProfile = cli({QStringLiteral("jobs"), QStringLiteral("find"), url(QStringLiteral("async")),
                                  QStringLiteral("--correlation"), ids.at(1)});
    QCOMPARE(noProfile.exitCode, 2);
    QVERIFY(noProfile.err.contains("--correlation needs a profile with a correlation argument"));
}

void TestCli::countLaunchesABurst()
{
    const Result r =
        cli({QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--mode"),
             QStringLiteral("AsyncRequestReply"), QStringLiteral("--poll-interval-ms"), QStringLiteral("250"),
             QStringLiteral("--count"), QStringLiteral("20"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    // One JSON line per job, each the shape of a single run's --json, each a job of its own.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 20);
    QSet<QString> ids;
    for (const QByteArray &line : lines) {
        const QJsonObject job = QJsonDocument::fromJson(line).object();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("Successful"));
        for (const char *key : {"id", "state", "mode", "output", "error", "statusUri", "hops", "transitions"})
            QVERIFY2(job.contains(QLatin1String(key)), key);
        ids.insert(job.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 20);
    // The end of a burst says how its jobs ended, on stderr beside the JSON lines.
    QVERIFY2(r.err.contains("20 jobs in ") && r.err.contains(": Successful 20."), r.err.constData());
    QVERIFY2(!r.err.contains("waited for a long-poll connection"), r.err.constData());

    // More long polls than connections allowed: said at once, and how long they waited at the end.
    const Result held = cli({QStringLiteral("run"), url(QStringLiteral("long")), QStringLiteral("--mode"),
                             QStringLiteral("LongPolling"), QStringLiteral("--count"), QStringLiteral("3"),
                             QStringLiteral("--long-poll-slots"), QStringLiteral("1")});
    QCOMPARE(held.exitCode, 0);
    QVERIFY2(held.err.contains("2 of these 3 long polls wait for a connection: at most 1 are held at once per "
                               "server (--long-poll-slots raises it"),
             held.err.constData());
    QVERIFY2(held.err.contains("3 jobs in ") && held.err.contains(": Successful 3. 2 waited for a long-poll "
                                                                  "connection, the longest "),
             held.err.constData());
    // A faulted copy makes the exit code the worst one; a count that is not one is refused.
    QCOMPARE(cli({QStringLiteral("run"), url(QStringLiteral("fault")), QStringLiteral("--count"), QStringLiteral("3"),
                  QStringLiteral("--json")})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("run"), url(QStringLiteral("async")), QStringLiteral("--count"), QStringLiteral("0")})
                 .exitCode,
             2);
}

void TestCli::certificateTrustOverHttps()
{
    // A simulator serving https with a self-signed certificate, which no system trusts.
    QTemporaryDir dir;
    td::test::TestCertificate made;
    QString error;
    QVERIFY2(
        td::test::makeSelfSigned(dir.path(), QStringLiteral("cert"), QStringLiteral("IP:127.0.0.1"), &made, &error, 1),
        qPrintable(error));
    const QString cert = made.certificatePath;
    const QString key = made.keyPath;
    const QByteArray fingerprint = made.certificate.digest(QCryptographicHash::Sha256).toHex(':');

    QProcess sim;
    sim.start(m_bin + QStringLiteral("/triggerdesk-sim"),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"), cert,
               QStringLiteral("--tls-key"), key});
    QVERIFY(sim.waitForStarted());
    QByteArray banner;
    QSignalSpy output(&sim, &QProcess::readyReadStandardOutput);
    while (!banner.contains("\n\n")) {
        QVERIFY2(output.wait(10000), sim.readAllStandardError().constData());
        banner += sim.readAllStandardOutput();
    }
    QString url; // "VERB URL MODE" per trigger
    for (const QByteArray &line : banner.split('\n')) {
        if (line.contains("/echo-fire "))
            url = QString::fromUtf8(line.split(' ').value(1));
    }
    QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:")), banner.constData());

    const QStringList run{QStringLiteral("run"), url, QStringLiteral("--mode"), QStringLiteral("FireAndForget")};
    Result r = cli(run);
    QCOMPARE(r.exitCode, 3); // Failed: nothing was sent
    QVERIFY2(QByteArray(r.err + r.out).contains("not signed by an authority this computer trusts"), r.err.constData());
    QVERIFY2(QByteArray(r.err + r.out).contains(fingerprint.toUpper()), r.err.constData());

    r = cli(run + QStringList{QStringLiteral("--pin-sha256"), QString::fromLatin1(fingerprint)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(run + QStringList{QStringLiteral("--ca-file"), cert});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(run + QStringList{QStringLiteral("--ca-file"), dir.filePath(QStringLiteral("none.pem"))});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QByteArray(r.err + r.out).contains("cannot be read"), r.err.constData());
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TestCli::statsFromTheHistory()
{
    // A history with known durations: "Invoices" 10 Successful jobs of 1..10 s and one Faulted of
    // 20 s, one Unknown and one Failed (no duration of their own); "Other" one Successful job. In
    // the window's database, but for two records kept as files (when it could not be written):
    // Other's job, and the Faulted one's end, newer than its row.
    QTemporaryDir data;
    const QString history = data.filePath(QStringLiteral("TriggerDesk/triggerdesk/jobs"));
    JobStore files(history);
    auto database = std::make_unique<JobDatabase>(history);
    QVERIFY(database->open());
    const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
    int serial = 0;
    enum Where
    {
        Database,
        File,
        Both,
    };
    const auto add = [&](const QString &profile, JobState state, int seconds, int daysLater, Where where = Database) {
        JobRecord record;
        record.id = QStringLiteral("job-%1").arg(++serial);
        record.profile.name = profile;
        record.state = state;
        record.createdAt = start.addDays(daysLater).addSecs(serial);
        record.finishedAt = record.createdAt.addSecs(seconds);
        if (where == File || where == Both)
            QVERIFY(files.save(record));
        record.state = where == Both ? JobState::Running : state;
        if (where != File)
            QVERIFY(database->save({record}));
    };
    for (int seconds = 1; seconds <= 10; ++seconds)
        add(QStringLiteral("Invoices"), JobState::Successful, seconds, 1);
    add(QStringLiteral("Invoices"), JobState::Faulted, 20, 1, Both);
    add(QStringLiteral("Invoices"), JobState::Unknown, 300, 1);
    add(QStringLiteral("Invoices"), JobState::Failed, 0, 0);
    add(QStringLiteral("Other"), JobState::Successful, 3, 1, File);
    JobRecord running;
    running.id = QStringLiteral("still-running");
    running.profile.name = QStringLiteral("Invoices");
    running.state = JobState::Running;
    running.createdAt = start.addDays(1);
    QVERIFY(database->save({running}));

    // The window's history (the data folder's), while the window has it open.
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("XDG_DATA_HOME"); });
    Result r = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("history")).toString(), history);
    const QJsonArray profiles = r.json.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    const QJsonObject invoices = profiles.at(0).toObject();
    QCOMPARE(invoices.value(QStringLiteral("profile")).toString(), QStringLiteral("Invoices"));
    QCOMPARE(invoices.value(QStringLiteral("jobs")).toInt(), 13); // the running one is not counted
    const QJsonObject outcomes = invoices.value(QStringLiteral("outcomes")).toObject();
    QCOMPARE(outcomes, (QJsonObject{{QStringLiteral("Successful"), 10},
                                    {QStringLiteral("Faulted"), 1},
                                    {QStringLiteral("Failed"), 1},
                                    {QStringLiteral("Unknown"), 1}}));
    // 11 durations (1..10 s and 20 s): nearest rank p50 = the 6th, p90 = the 10th, p99 = the 11th.
    const QJsonObject duration = invoices.value(QStringLiteral("durationMs")).toObject();
    QCOMPARE(duration.value(QStringLiteral("jobs")).toInt(), 11);
    QCOMPARE(duration.value(QStringLiteral("p50")).toInteger(), 6000);
    QCOMPARE(duration.value(QStringLiteral("p90")).toInteger(), 10000);
    QCOMPARE(duration.value(QStringLiteral("p99")).toInteger(), 20000);
    QCOMPARE(duration.value(QStringLiteral("min")).toInteger(), 1000);
    QCOMPARE(duration.value(QStringLiteral("max")).toInteger(), 20000);
    QCOMPARE(invoices.value(QStringLiteral("first")).toString(), QStringLiteral("2026-12-01T08:00:13.000Z"));

    // One profile, since a day: the Failed call of the first day is left out; in words.
    r = cli({QStringLiteral("stats"), QStringLiteral("--profile"), QStringLiteral("Invoices"),
             QStringLiteral("--since"), QStringLiteral("2026-12-02")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QLatin1String("Invoices: 12 jobs, launched ")), r.out.constData());
    QVERIFY2(text.contains(QLatin1String("Successful 10, Faulted 1, Unknown 1\n")), r.out.constData());
    QVERIFY2(text.contains(QLatin1String("Duration of the 11 jobs that ran to an end: p50 6.0 s, p90 10.0 s, p99 "
                                         "20.0 s (fastest 1.0 s, slowest 20.0 s)")),
             r.out.constData());
    QVERIFY(!text.contains(QLatin1String("Other")));

    // Once the window has closed its database (its log folded in and removed), the same figures.
    database.reset();
    QVERIFY(!QFile::exists(JobDatabase::pathIn(history) + QStringLiteral("-wal")));
    r = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("profiles")).toArray().at(0).toObject().value(QStringLiteral("jobs")).toInt(),
             13);

    // A --state-dir of run's records; none that ended: exit 4 and why; a malformed date: usage.
    QTemporaryDir empty;
    r = cli({QStringLiteral("stats"), QStringLiteral("--state-dir"), empty.path()});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("No ended jobs in"), r.err.constData());
    r = cli({QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--since takes a date"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
