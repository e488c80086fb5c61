#include "enginefixture.h"

using namespace td;

// One row per way a trigger call can go wrong: what the person sees, and that the job's state
// says whether a job may exist.
class TestErrorMatrix : public QObject
{
    Q_OBJECT

private slots:
    void triggerCall_data();
    void triggerCall();
    void unreachableHosts_data();
    void unreachableHosts();
};

void TestErrorMatrix::triggerCall_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("hangMs");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<QString>("expectedText");

    const int async = int(CallMode::AsyncRequestReply), longPoll = int(CallMode::LongPolling),
              byDefault = int(CallMode::TriggerDefault), fireAndForget = int(CallMode::FireAndForget);
    const int failed = int(JobState::Failed), unknown = int(JobState::Unknown), ok = int(JobState::Successful),
              faulted = int(JobState::Faulted), started = int(JobState::Started);
    QTest::newRow("400") << async << 400 << QByteArray(R"({"message":"Argument 'n' is invalid.","errorCode":1001})")
                         << QByteArray() << 0 << failed << QStringLiteral("\"Argument 'n' is invalid.\" (error 1001)");
    QTest::newRow("401") << async << 401 << QByteArray(R"({"message":"You are not authenticated!"})") << QByteArray()
                         << 0 << failed << QStringLiteral("refused the token (401)");
    QTest::newRow("403") << async << 403 << QByteArray(R"({"message":"Forbidden","errorCode":0})") << QByteArray() << 0
                         << failed << QStringLiteral("Jobs.Create");
    QTest::newRow("404 1623") << async << 404
                              << QByteArray(R"({"message":"The trigger was not found.","errorCode":1623})")
                              << QByteArray() << 0 << failed
                              << QStringLiteral("(error 1623). Check the folder key in the URL.");
    QTest::newRow("409") << async << 409 << QByteArray(R"({"message":"Job already running","errorCode":1674})")
                         << QByteArray() << 0 << failed << QStringLiteral("\"Job already running\" (error 1674)");
    QTest::newRow("429") << async << 429 << QByteArray() << QByteArray("0") << 0 << failed
                         << QStringLiteral("Too many requests (429)");
    QTest::newRow("500") << async << 500 << QByteArray(R"({"message":"Oops"})") << QByteArray() << 0 << unknown
                         << QStringLiteral("may be running");
    QTest::newRow("502") << async << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray() << 0 << unknown
                         << QStringLiteral("Bad gateway (502)");
    QTest::newRow("503") << async << 503 << QByteArray() << QByteArray() << 0 << unknown
                         << QStringLiteral("unavailable (503)");
    QTest::newRow("timeout") << async << 202 << QByteArray() << QByteArray() << -1 << unknown
                             << QStringLiteral("No answer from");
    QTest::newRow("malformed JSON result")
        << longPoll << 200 << QByteArray("{\"result\": tru") << QByteArray() << 0 << ok << QString();
    QTest::newRow("202 without Location")
        << async << 202 << QByteArray() << QByteArray() << 0 << unknown << QStringLiteral("without a Location header");
    // A 500 with a message is the job's own error only where the mode is known to be long polling.
    QTest::newRow("500 in trigger-default mode")
        << byDefault << 500 << QByteArray(R"({"message":"An error has occurred.","errorCode":0})") << QByteArray() << 0
        << unknown << QStringLiteral("may be running");
    QTest::newRow("500 in long polling") << longPoll << 500
                                         << QByteArray(R"({"message":"Invoice 7 failed.","errorCode":2107})")
                                         << QByteArray() << 0 << faulted << QStringLiteral("\"Invoice 7 failed.\"");
    QTest::newRow("202 without Location, fire and forget")
        << fireAndForget << 202 << QByteArray() << QByteArray() << 0 << started << QString();
    QTest::newRow("empty body 500") << async << 500 << QByteArray() << QByteArray() << 0 << unknown
                                    << QStringLiteral("The server replied 500 to POST");
}

void TestErrorMatrix::triggerCall()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, hangMs);
    QFETCH(int, expectedState);
    QFETCH(QString, expectedText);

    EngineFixture f;
    sim::TriggerDefinition definition;
    definition.slug = QStringLiteral("m");
    definition.folderKey = QStringLiteral("11111111-2222-4333-8444-555555555555");
    sim::ScriptedResponse respond;
    respond.status = status;
    respond.body = body;
    if (!retryAfter.isEmpty())
        respond.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), retryAfter));
    if (!body.isEmpty())
        respond.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), body.startsWith('{')
                                                                                ? QByteArrayLiteral("application/json")
                                                                                : QByteArrayLiteral("text/html")));
    respond.hangMs = hangMs;
    definition.respond = respond;
    f.sim->addTrigger(definition);
    TriggerProfile profile = f.profileFor(QStringLiteral("m"), CallMode(mode));
    profile.requestTimeoutSeconds = 1;

    JobRun *run = f.runToEnd(profile);
    const JobRecord &record = run->record();
    QCOMPARE(int(record.state), expectedState);
    if (expectedText.isEmpty())
        QVERIFY(record.error.isEmpty());
    else
        QVERIFY2(record.error.text().contains(expectedText), qPrintable(record.error.text()));
    // Every answer is kept as it came, and the trigger call is never repeated, except where the
    // server refused it for now (429): then no job exists, and it goes a few times more.
    const int calls = status == 429 ? 1 + policy::kTriggerRetries : 1;
    QCOMPARE(f.requestsTo(QStringLiteral("/t/")).size(), calls);
    QCOMPARE(record.hops.size(), 1);
    QCOMPARE(record.hops.first().repeats, calls);
    if (calls > 1)
        QVERIFY2(record.error.text().contains(QStringLiteral("None of the %1 calls created a job.").arg(calls)),
                 qPrintable(record.error.text()));
    QCOMPARE(record.hops.first().status, hangMs < 0 ? 0 : status);
    if (expectedState == int(JobState::Successful)) {
        // Kept raw; JSON that does not parse is not passed off as parsed output.
        QCOMPARE(record.rawOutput, body);
        QVERIFY(record.output.isUndefined());
    }
    QVERIFY(run->isIdle());
}

void TestErrorMatrix::unreachableHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("dns") << QStringLiteral("https://no-such-host.invalid/o/t/orchestrator_/t/k/s")
                         << QStringLiteral("was not found");
    QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:%1/o/t/orchestrator_/t/k/s")
                             << QStringLiteral("connection was refused");
    QTest::newRow("tls") << QStringLiteral("https://127.0.0.1:%2/o/t/orchestrator_/t/k/s")
                         << QStringLiteral("secure connection");
}

void TestErrorMatrix::unreachableHosts()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedText);
    EngineFixture f;
    // A port nothing listens on: the simulator's, after it has gone. TLS: the simulator speaks
    // plain HTTP, so the handshake fails.
    EngineFixture gone;
    const quint16 deadPort = gone.sim->port();
    gone.sim.reset();
    TriggerProfile profile = f.profileFor(QStringLiteral("x"), CallMode::AsyncRequestReply);
    profile.invokeUrl = QUrl(QString(url)
                                 .replace(QLatin1String("%1"), QString::number(deadPort))
                                 .replace(QLatin1String("%2"), QString::number(f.sim->port())));
    JobRun *run = f.runToEnd(profile);
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(expectedText), qPrintable(run->record().error.text()));
    QCOMPARE(run->record().hops.size(), 1);
    QCOMPARE(run->record().hops.first().status, 0);
    // A refused connection sent nothing, so the call goes a few times more; the others do not.
    const bool refused = QTest::currentDataTag() == QByteArrayLiteral("refused");
    QCOMPARE(run->record().hops.first().repeats, refused ? 1 + policy::kTriggerRetries : 1);
}

QTEST_GUILESS_MAIN(TestErrorMatrix)
#include "tst_errormatrix.moc"
