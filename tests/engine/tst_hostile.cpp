// The engine against a server that misbehaves on purpose: every case asserts the state the
// operator sees, its reason, and that time and memory stay bounded.

#include "authprovider.h"
#include "hostileserver.h"
#include "httpexchange.h"
#include "httpmessages.h"
#include "jobpolicy.h"
#include "jobrun.h"
#include "residentmemory.h"
#include "triggerengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace td;
using td::test::HostileServer;
using td::test::residentBytes;

namespace {

const QByteArray kInvoke = "/o/t/orchestrator_/t/11111111-2222-4333-8444-555555555555/hostile";
const QByteArray kStatus = "/o/t/orchestrator_/api/triggers/status/s1";
const QByteArray kOutput = "/o/t/orchestrator_/api/triggers/output/o1";

// The highest resident size seen while a job runs, sampled every 5 ms.
class PeakMemory
{
public:
    PeakMemory() : m_start(residentBytes()), m_peak(m_start)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_peak = qMax(m_peak, residentBytes()); });
        m_timer.start(5);
    }
    qint64 growth() const { return qMax(m_peak, residentBytes()) - m_start; }

private:
    QTimer m_timer;
    qint64 m_start;
    qint64 m_peak;
};

// Answers every request with a 200 that promises `promised` bytes (none: no Content-Length), gives
// `body`, and ends without an error: what Qt's HTTP/1 handler does when it finds the connection
// closed while the body is still coming. No server can make Qt take that path on demand.
class EndsWithoutError : public QNetworkAccessManager
{
public:
    EndsWithoutError(qint64 promised, const QByteArray &body) : m_promised(promised), m_body(body) {}

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        return new Reply(request, m_promised, m_body, this);
    }

private:
    class Reply : public QNetworkReply
    {
    public:
        Reply(const QNetworkRequest &request, qint64 promised, const QByteArray &body, QObject *parent)
            : QNetworkReply(parent), m_body(body)
        {
            setRequest(request);
            setUrl(request.url());
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
            setRawHeader("Content-Type", "application/json");
            if (promised >= 0)
                setHeader(QNetworkRequest::ContentLengthHeader, promised);
            open(QIODevice::ReadOnly);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    emit metaDataChanged();
                    emit readyRead();
                    setFinished(true);
                    emit finished();
                },
                Qt::QueuedConnection);
        }
        void abort() override {}
        bool isSequential() const override { return true; }
        qint64 bytesAvailable() const override { return m_body.size() - m_read + QIODevice::bytesAvailable(); }

    protected:
        qint64 readData(char *data, qint64 maxSize) override
        {
            const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_read);
            if (n <= 0)
                return m_read >= m_body.size() ? -1 : 0;
            memcpy(data, m_body.constData() + m_read, size_t(n));
            m_read += n;
            return n;
        }

    private:
        QByteArray m_body;
        qint64 m_read = 0;
    };

    qint64 m_promised;
    QByteArray m_body;
};

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Transport failures after a 2xx status line are never Successful.
    void outputCutMidBody();
    void outputStallsMidBody();
    void outputTricklingLongerThanTheTimeoutIsRead();
    void triggerUploadingLongerThanTheTimeoutIsSent();
    void outputHeaderFlood();
    void outputCompressionBomb();
    void outputOf100MegabytesIsCappedWithBoundedMemory_data();
    void outputOf100MegabytesIsCappedWithBoundedMemory();
    void longPollResultCutMidBody();
    void answerEndingShortOfItsLengthIsIncomplete_data();
    void answerEndingShortOfItsLengthIsIncomplete();
    void statusPollThatStallsIsAFailedPoll();

    // A transient 5xx is never taken for the job's fault; a stable job error is.
    void transient500OnStatusThenSuccess();
    void transient500OnOutputThenSuccess();
    void stableJobErrorOnOutputIsFaulted();
    void transient500OnLongPollHopThenSuccess();
    void stableJobErrorOnLongPollIsFaulted();
    void stable4xxJobErrorIsFaultedAfterOneRepeat();
    void hiccupsBetweenSightingsOfAJobErrorDoNotAddUp();

    // The trigger call goes again only when no job can exist.
    void rateLimitedTriggerIsCalledAgainAfterRetryAfter();
    void rateLimitedTriggerFailsAfterItsBudget();
    void refusedTriggerConnectionIsTriedAgain();
    void deadlineWhileWaitingOutA429IsFailed();
    void alternatingErrorsNeverFault();
    void htmlErrorOnOutputIsNeverFaulted();
    void contentTypeIsNotTrustedForTheBody_data();
    void contentTypeIsNotTrustedForTheBody();

    // Redirects that do not end.
    void outputRedirectIsFollowed();
    void outputRedirectLoopEndsUnknown();
    void statusRedirectingToItselfEndsUnknown();
    void statusRedirectingToItselfOnceIsNoResult();
    void outputRedirectingToTheStatusIsNoResult();
    void asyncCallTurnedLongPollWaitsForASlot();
    void longPollAnsweringAtOnceIsPacedAndBounded();

    // Retry-After the timer cannot hold.
    void absurdRetryAfterKeepsTheJobAlive();

private:
    TriggerProfile profile(CallMode mode) const;
    JobRun *runToEnd(const TriggerProfile &profile, int timeoutMs = 30000);
    void scriptAsync(QList<HostileServer::Behaviour> status, QList<HostileServer::Behaviour> output);

    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<TriggerEngine> m_engine;
    std::unique_ptr<StaticTokenProvider> m_auth;
    QElapsedTimer m_clock;
};

void TestHostile::init()
{
    m_server = std::make_unique<HostileServer>();
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<TriggerEngine>();
    m_engine->setRetryPolicy({3, 50, 200});
    m_auth = std::make_unique<StaticTokenProvider>(QByteArrayLiteral("hostile-token"));
}

void TestHostile::cleanup()
{
    m_engine.reset();
    m_server.reset();
}

TriggerProfile TestHostile::profile(CallMode mode) const
{
    TriggerProfile profile;
    profile.name = QStringLiteral("hostile");
    profile.invokeUrl = m_server->url(kInvoke);
    profile.mode = mode;
    profile.pollIntervalMs = 250;
    profile.deadlineSeconds = 30;
    profile.requestTimeoutSeconds = 1;
    return profile;
}

JobRun *TestHostile::runToEnd(const TriggerProfile &profile, int timeoutMs)
{
    m_clock.start();
    JobRun *run = m_engine->start(profile, {}, m_auth.get());
    QSignalSpy finished(run, &JobRun::finished);
    if (!run->isFinished() && !finished.wait(timeoutMs))
        QTest::qFail(qPrintable(QStringLiteral("the job did not end within %1 ms; it is %2")
                                    .arg(timeoutMs)
                                    .arg(jobStateName(run->state()))),
                     __FILE__, __LINE__);
    return run;
}

void TestHostile::scriptAsync(QList<HostileServer::Behaviour> status, QList<HostileServer::Behaviour> output)
{
    m_server->on(kInvoke, {HostileServer::json(202, "{}", {{"Location", kStatus}})});
    m_server->on(kStatus, std::move(status));
    m_server->on(kOutput, std::move(output));
}

void TestHostile::answerEndingShortOfItsLengthIsIncomplete_data()
{
    QTest::addColumn<qint64>("promised");
    QTest::addColumn<bool>("complete");
    const QByteArray half = R"({"state":"Running","no)";
    // A status body cut in half, as a dropped connection leaves it: never a job's output.
    QTest::newRow("cut") << qint64(2 * half.size()) << false;
    QTest::newRow("whole") << qint64(half.size()) << true;
    QTest::newRow("no length") << qint64(-1) << true;
}

void TestHostile::answerEndingShortOfItsLengthIsIncomplete()
{
    QFETCH(qint64, promised);
    QFETCH(bool, complete);
    const QByteArray body = R"({"state":"Running","no)";
    EndsWithoutError manager(promised, body);
    Scheduler scheduler;
    HttpExchange::Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:9/o/t/orchestrator_/api/triggers/status/s1"));
    HttpExchange exchange(&manager, &scheduler, request);
    std::optional<HttpAnswer> answer;
    connect(&exchange, &HttpExchange::finished, this, [&](const HttpAnswer &a) { answer = a; });
    QTRY_VERIFY(answer);
    QCOMPARE(answer->body, body);
    QCOMPARE(answer->complete(), complete);
    if (!complete) {
        QCOMPARE(answer->error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(describeAnswerProblem(*answer).text(),
                 QStringLiteral("The answer from 127.0.0.1:9 was incomplete: the connection closed after 22 bytes."));
    }
}

void TestHostile::outputCutMidBody()
{
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::cutMidBody(200, 100, R"({"partial":)")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("incomplete")), qPrintable(record.error.text()));
    QVERIFY(record.statusUri.isValid()); // resumable
    QVERIFY(record.output.isUndefined() || record.output.isNull());
    QVERIFY(m_clock.elapsed() < 10000);
    QVERIFY(run->isIdle());
}

void TestHostile::outputStallsMidBody()
{
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::stallMidBody(200, 100, R"({"partial":)")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("incomplete")), qPrintable(record.error.text()));
    QVERIFY2(record.error.text().contains(QLatin1String("1 s")), qPrintable(record.error.text()));
    QVERIFY(record.statusUri.isValid());
    QVERIFY(m_clock.elapsed() < 15000);
}

void TestHostile::outputTricklingLongerThanTheTimeoutIsRead()
{
    // The timeout is for silence, not for the whole answer: 6 parts 400 ms apart take 2 s with a
    // 1 s timeout and are read whole.
    const QByteArray body = R"({"ok":true,"note":")" + QByteArray(60, 'x') + R"("})";
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::trickle(200, body, 6, 400)});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(record.output.toObject().value(QStringLiteral("note")).toString().size(), 60);
    // Well beyond the 1 s timeout.
    QVERIFY2(record.hops.last().ms >= 1500, QByteArray::number(record.hops.last().ms).constData());
}

void TestHostile::triggerUploadingLongerThanTheTimeoutIsSent()
{
    // Arguments of 24 MB to a server reading 8 MB a second: after what the client's send buffer
    // takes, the rest goes out over about three seconds. Bytes keep moving, so the 1 s timeout
    // never cuts the call (a trigger call cut mid-way could not be repeated).
    m_server->setReadRate(8 * 1024 * 1024);
    m_server->on(kInvoke, {HostileServer::answer(200)});
    const QString blob(24 * 1024 * 1024, QLatin1Char('x'));
    m_clock.start();
    JobRun *run = m_engine->start(profile(CallMode::FireAndForget), {{QStringLiteral("blob"), blob}}, m_auth.get());
    QSignalSpy finished(run, &JobRun::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(run->state(), JobState::Started);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
    QCOMPARE(sent.value(QStringLiteral("blob")).toString().size(), blob.size()); // all of it, once
    QVERIFY2(run->record().hops.constFirst().ms >= 1500,
             QByteArray::number(run->record().hops.constFirst().ms).constData());
}

void TestHostile::outputHeaderFlood()
{
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::headerFlood()});
    PeakMemory memory;
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().statusUri.isValid());
    QVERIFY2(memory.growth() < 64 * 1024 * 1024, qPrintable(QString::number(memory.growth())));
    QVERIFY(m_clock.elapsed() < 20000);
}

void TestHostile::outputCompressionBomb()
{
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::gzipBomb(qint64(256) << 20)});
    PeakMemory memory;
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("larger than")), qPrintable(record.error.text()));
    QVERIFY2(memory.growth() < 64 * 1024 * 1024, qPrintable(QString::number(memory.growth())));
    QVERIFY(m_clock.elapsed() < 20000);
}

void TestHostile::outputOf100MegabytesIsCappedWithBoundedMemory_data()
{
    // Its length said up front, or not at all (the answer's end is then the connection's): both
    // are read to the 10 MB limit and no further.
    QTest::addColumn<bool>("declared");
    QTest::newRow("with its Content-Length") << true;
    QTest::newRow("without a Content-Length") << false;
}

void TestHostile::outputOf100MegabytesIsCappedWithBoundedMemory()
{
    QFETCH(bool, declared);
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::hugeBody(100 * 1024 * 1024, declared)});
    PeakMemory memory;
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("larger than the 10 MB")), qPrintable(record.error.text()));
    QVERIFY(record.rawOutput.size() <= 10 * 1024 * 1024);
    QVERIFY2(memory.growth() < 64 * 1024 * 1024, qPrintable(QString::number(memory.growth())));
    QVERIFY(m_clock.elapsed() < 20000);
}

void TestHostile::longPollResultCutMidBody()
{
    m_server->on(kInvoke, {HostileServer::cutMidBody(200, 100, R"({"partial":)")});
    JobRun *run = runToEnd(profile(CallMode::LongPolling));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("incomplete")), qPrintable(record.error.text()));
    // The trigger call is never repeated.
    QCOMPARE(m_server->hits(kInvoke), 1);
}

void TestHostile::statusPollThatStallsIsAFailedPoll()
{
    scriptAsync({HostileServer::stallMidBody(200, 50, "{"), HostileServer::redirect(303, kOutput)},
                {HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    // POST 202, the stalled GET (a failure in the timeline), GET 303, GET 200.
    QCOMPARE(record.hops.size(), 4);
    QVERIFY2(record.hops.at(1).error.text().contains(QLatin1String("1 s")), qPrintable(record.hops.at(1).error.text()));
    QCOMPARE(record.polls, 1); // the stalled poll did not count as "still running"
}

void TestHostile::transient500OnStatusThenSuccess()
{
    scriptAsync({HostileServer::json(500, R"({"message":"An error has occurred.","errorCode":0})"),
                 HostileServer::redirect(303, kOutput)},
                {HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(run->record().output.toObject().value(QStringLiteral("ok")).toBool(), true);
}

void TestHostile::transient500OnOutputThenSuccess()
{
    scriptAsync({HostileServer::redirect(303, kOutput)},
                {HostileServer::json(500, R"({"message":"An error has occurred.","errorCode":0})"),
                 HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(run->record().rawOutput, QByteArray(R"({"ok":true})"));
    QCOMPARE(m_server->hits(kOutput), 2);
}

void TestHostile::stableJobErrorOnOutputIsFaulted()
{
    scriptAsync({HostileServer::redirect(303, kOutput)},
                {HostileServer::json(500, R"({"message":"Invoice file not found","errorCode":2107,"traceId":"a"})"),
                 HostileServer::json(500, R"({"message":"Invoice file not found","errorCode":2107,"traceId":"b"})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Faulted);
    QVERIFY2(record.error.text().contains(QLatin1String("\"Invoice file not found\" (error 2107)")),
             qPrintable(record.error.text()));
    QCOMPARE(record.serverErrorCode, 2107);
    // A 5xx is believed once it came three times, a pause apart.
    QCOMPARE(m_server->hits(kOutput), 3);
}

void TestHostile::transient500OnLongPollHopThenSuccess()
{
    m_server->on(kInvoke, {HostileServer::redirect(303, kStatus)});
    m_server->on(kStatus, {HostileServer::json(500, R"({"message":"An error has occurred.","errorCode":0})"),
                           HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = runToEnd(profile(CallMode::LongPolling));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(run->record().rawOutput, QByteArray(R"({"ok":true})"));
}

void TestHostile::stableJobErrorOnLongPollIsFaulted()
{
    m_server->on(kInvoke, {HostileServer::redirect(303, kStatus)});
    m_server->on(kStatus, {HostileServer::json(500, R"({"message":"Robot crashed","errorCode":7})")});
    JobRun *run = runToEnd(profile(CallMode::LongPolling));
    QCOMPARE(run->state(), JobState::Faulted);
    QVERIFY2(run->record().error.text().contains(QLatin1String("Robot crashed")),
             qPrintable(run->record().error.text()));
    QCOMPARE(m_server->hits(kStatus), 3);
}

void TestHostile::stable4xxJobErrorIsFaultedAfterOneRepeat()
{
    scriptAsync({HostileServer::redirect(303, kOutput)},
                {HostileServer::json(422, R"({"message":"Order 17 does not exist","errorCode":3001})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Faulted);
    QCOMPARE(m_server->hits(kOutput), 2);
}

void TestHostile::hiccupsBetweenSightingsOfAJobErrorDoNotAddUp()
{
    // Three retries of budget, six failures in all, never more than two in a row: each sighting
    // of the job's error is an answer, so the failures before it are forgiven.
    const HostileServer::Behaviour jobError =
        HostileServer::json(500, R"({"message":"Invoice file not found","errorCode":2107})");
    const HostileServer::Behaviour gateway = HostileServer::answer(502, "<html>Bad gateway</html>");
    scriptAsync({HostileServer::redirect(303, kOutput)},
                {gateway, gateway, jobError, gateway, gateway, jobError, gateway, gateway, jobError});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Faulted);
    QCOMPARE(run->record().serverErrorCode, 2107);
    QCOMPARE(m_server->hits(kOutput), 9);
}

void TestHostile::rateLimitedTriggerIsCalledAgainAfterRetryAfter()
{
    m_server->on(kInvoke, {HostileServer::json(429, R"({"message":"Too many requests"})", {{"Retry-After", "1"}}),
                           HostileServer::json(202, "{}", {{"Location", kStatus}})});
    m_server->on(kStatus, {HostileServer::redirect(303, kOutput)});
    m_server->on(kOutput, {HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = m_engine->start(profile(CallMode::AsyncRequestReply), {}, m_auth.get());
    // While it waits, the table says why and when the call goes again.
    QTRY_VERIFY(!run->record().hops.isEmpty());
    QCOMPARE(run->state(), JobState::Triggering);
    QVERIFY2(run->record().transitions.constLast().detail.text().startsWith(
                 QLatin1String("The server is rate limiting (429), so no job was created: calling again at ")),
             qPrintable(run->record().transitions.constLast().detail.text()));
    QVERIFY(run->record().transitions.constLast().detail.text().endsWith(QLatin1String("(retry 1 of 3)")));
    QSignalSpy finished(run, &JobRun::finished);
    QVERIFY(finished.wait(10000));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(m_server->hits(kInvoke), 2);
    QCOMPARE(record.hops.at(0).status, 429);
    QCOMPARE(record.hops.at(1).status, 202);
    // Retry-After is honoured (its 1 s is longer than the backoff).
    QVERIFY2(record.hops.at(0).at.msecsTo(record.hops.at(1).at) >= 1000,
             qPrintable(QString::number(record.hops.at(0).at.msecsTo(record.hops.at(1).at))));
}

void TestHostile::rateLimitedTriggerFailsAfterItsBudget()
{
    m_server->on(kInvoke, {HostileServer::json(429, R"({"message":"Too many requests"})", {{"Retry-After", "0"}})});
    JobRun *run = runToEnd(profile(CallMode::LongPolling));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Failed);
    QCOMPARE(m_server->hits(kInvoke), 4);
    QVERIFY2(record.error.text().contains(QLatin1String("Too many requests (429)")), qPrintable(record.error.text()));
    QVERIFY2(record.error.text().endsWith(QLatin1String("None of the 4 calls created a job.")),
             qPrintable(record.error.text()));
    // Never more than the retry budget of safe GETs, when that is smaller.
    m_engine->setRetryPolicy({1, 50, 200});
    JobRun *again = runToEnd(profile(CallMode::LongPolling));
    QCOMPARE(again->state(), JobState::Failed);
    QCOMPARE(m_server->hits(kInvoke), 4 + 2);
}

void TestHostile::refusedTriggerConnectionIsTriedAgain()
{
    // Nothing listens when the call goes out; the server is back by the retry.
    const quint16 port = m_server->port();
    const TriggerProfile p = profile(CallMode::AsyncRequestReply);
    m_server->close();
    m_server->on(kInvoke, {HostileServer::json(202, "{}", {{"Location", kStatus}})});
    m_server->on(kStatus, {HostileServer::redirect(303, kOutput)});
    m_server->on(kOutput, {HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = m_engine->start(p, {}, m_auth.get());
    connect(run, &JobRun::hopRecorded, m_server.get(), [&](int index) {
        if (index == 0)
            QVERIFY2(m_server->listen(port), qPrintable(m_server->errorString()));
    });
    QSignalSpy finished(run, &JobRun::finished);
    QVERIFY(finished.wait(10000));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(record.hops.at(0).status, 0);
    QVERIFY2(record.hops.at(0).error.text().contains(QLatin1String("refused")),
             qPrintable(record.hops.at(0).error.text()));
    QCOMPARE(m_server->hits(kInvoke), 1);
}

void TestHostile::deadlineWhileWaitingOutA429IsFailed()
{
    // The call is refused for now, and the deadline passes before it may go again: the only
    // answers were refusals, so no job exists. Failed, not TimedOut ("may still run").
    m_server->on(kInvoke, {HostileServer::json(429, R"({"message":"slow down"})", {{"Retry-After", "5"}})});
    TriggerProfile p = profile(CallMode::LongPolling);
    p.deadlineSeconds = 1;
    JobRun *run = runToEnd(p);
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Failed);
    QVERIFY2(record.error.text().contains(QLatin1String("refused the call, so no job was created")),
             qPrintable(record.error.text()));
    QCOMPARE(m_server->hits(kInvoke), 1);
    QVERIFY(m_clock.elapsed() < 4000);
}

void TestHostile::alternatingErrorsNeverFault()
{
    // Two different errors in turn are no stable answer: retried, then Unknown.
    QList<HostileServer::Behaviour> alternating;
    for (int i = 0; i < 10; ++i)
        alternating << HostileServer::json(500, i % 2 ? R"({"message":"B","errorCode":2})"
                                                      : R"({"message":"A","errorCode":1})");
    scriptAsync({HostileServer::redirect(303, kOutput)}, alternating);
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().statusUri.isValid());
}

void TestHostile::htmlErrorOnOutputIsNeverFaulted()
{
    // A proxy's error page is not the job's error, however often it comes.
    scriptAsync({HostileServer::redirect(303, kOutput)},
                {HostileServer::answer(500, "<html>Internal Server Error</html>", {{"Content-Type", "text/html"}})});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().statusUri.isValid());
    QCOMPARE(m_server->hits(kOutput), 4); // the first try and the three retries of the budget
}

void TestHostile::contentTypeIsNotTrustedForTheBody_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("parsed");
    QTest::newRow("JSON sent as text/plain") << QByteArray("text/plain") << QByteArray(R"({"ok":true})") << true;
    QTest::newRow("HTML sent as application/json")
        << QByteArray("application/json") << QByteArray("<html>done</html>") << false;
    QTest::newRow("no Content-Type") << QByteArray() << QByteArray(R"([1,2])") << true;
}

void TestHostile::contentTypeIsNotTrustedForTheBody()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, parsed);
    test::Headers headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::answer(200, body, headers)});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    // The result is the job's, whatever the label: kept raw, parsed only when it is JSON.
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(run->record().rawOutput, body);
    QCOMPARE(!run->record().output.isUndefined(), parsed);
}

void TestHostile::outputRedirectIsFollowed()
{
    const QByteArray moved = "/o/t/orchestrator_/api/triggers/output/moved";
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::redirect(302, moved)});
    m_server->on(moved, {HostileServer::json(200, R"({"ok":true})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(run->record().rawOutput, QByteArray(R"({"ok":true})"));
}

void TestHostile::outputRedirectLoopEndsUnknown()
{
    scriptAsync({HostileServer::redirect(303, kOutput)}, {HostileServer::redirect(303, kOutput)});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("kept redirecting")), qPrintable(record.error.text()));
    QVERIFY(record.statusUri.isValid());
    QVERIFY(m_server->hits(kOutput) <= 10);
    QVERIFY(m_clock.elapsed() < 10000);
}

void TestHostile::statusRedirectingToItselfEndsUnknown()
{
    scriptAsync({HostileServer::redirect(303, kStatus)}, {});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Unknown);
    QVERIFY2(record.error.text().contains(QLatin1String("kept redirecting")), qPrintable(record.error.text()));
    QVERIFY(m_server->hits(kStatus) <= 10);
}

void TestHostile::statusRedirectingToItselfOnceIsNoResult()
{
    // A front end ends a hold with a redirect to the same status URI, which then says "Running":
    // that body is a status, never the job's output.
    scriptAsync({HostileServer::redirect(303, kStatus), HostileServer::json(200, R"({"state":"Running"})"),
                 HostileServer::redirect(303, kOutput)},
                {HostileServer::json(200, R"({"total":42})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(record.output.toObject().value(QStringLiteral("total")).toInt(), 42);
    QCOMPARE(m_server->hits(kStatus), 3);
    QCOMPARE(m_server->hits(kOutput), 1);
}

void TestHostile::outputRedirectingToTheStatusIsNoResult()
{
    // The output URI sends the client back to the status URI: the job is not done after all.
    scriptAsync({HostileServer::redirect(303, kOutput), HostileServer::json(200, R"({"state":"Running"})"),
                 HostileServer::redirect(303, kOutput)},
                {HostileServer::redirect(307, kStatus), HostileServer::json(200, R"({"total":7})")});
    JobRun *run = runToEnd(profile(CallMode::AsyncRequestReply));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(record.output.toObject().value(QStringLiteral("total")).toInt(), 7);
    QCOMPARE(m_server->hits(kStatus), 3);
    QCOMPARE(m_server->hits(kOutput), 2);
}

void TestHostile::asyncCallTurnedLongPollWaitsForASlot()
{
    // The profile asks for async polling, the server answers with a long poll's redirect: the held
    // request takes a slot of the long-poll pool like any other, and waits for one when none is free.
    m_engine->setLongPollSlotsPerOrigin(1);
    m_server->on(kInvoke, {HostileServer::redirect(303, kStatus)});
    m_server->on(kStatus, {HostileServer::trickle(200, R"({"done":true})", 3, 600)});
    // Either job may reach the pool first: the one that waits says so when it starts waiting, and
    // its long poll reaches the server only after the other's has ended.
    const QList<JobRun *> runs{m_engine->start(profile(CallMode::AsyncRequestReply), {}, m_auth.get()),
                               m_engine->start(profile(CallMode::AsyncRequestReply), {}, m_auth.get())};
    JobRun *waiting = nullptr;
    int hitsWhenTheOtherEnded = -1;
    for (JobRun *run : runs) {
        connect(run, &JobRun::stateChanged, this, [&, run] {
            if (run->record().transitions.last().detail.text().contains(QLatin1String("waiting for a free long-poll")))
                waiting = run;
        });
        connect(run, &JobRun::finished, this, [&, run] {
            if (run != waiting && hitsWhenTheOtherEnded < 0)
                hitsWhenTheOtherEnded = m_server->hits(kStatus);
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(runs.first()->isFinished() && runs.last()->isFinished(), 10000);
    QVERIFY2(waiting, "neither job waited for the pool's one slot");
    QCOMPARE(hitsWhenTheOtherEnded, 1); // the waiting one sent nothing while the other held the slot
    for (JobRun *run : runs)
        QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(m_server->hits(kStatus), 2);
}

void TestHostile::longPollAnsweringAtOnceIsPacedAndBounded()
{
    // A proxy that answers every long poll with an immediate 303: the client must not spin.
    m_server->on(kInvoke, {HostileServer::redirect(303, kStatus)});
    m_server->on(kStatus, {HostileServer::redirect(303, kStatus)});
    TriggerProfile p = profile(CallMode::LongPolling);
    p.deadlineSeconds = 3;
    JobRun *run = runToEnd(p);
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::TimedOut);
    // Identical hops are kept as one, counted: the counts are the exchanges, a second apart.
    int exchanges = 0;
    for (const Hop &hop : record.hops) {
        if (!hop.url.contains(QLatin1String(kStatus)) || hop.status != 303)
            continue;
        exchanges += hop.repeats;
        QVERIFY2(hop.at.msecsTo(hop.lastAt) >= (hop.repeats - 1) * 900,
                 qPrintable(QStringLiteral("%1 hops in %2 ms").arg(hop.repeats).arg(hop.at.msecsTo(hop.lastAt))));
    }
    QCOMPARE(exchanges, m_server->hits(kStatus));
    QVERIFY2(exchanges >= 2 && exchanges <= 4, qPrintable(QString::number(exchanges)));
}

void TestHostile::absurdRetryAfterKeepsTheJobAlive()
{
    // 3,000,000 s is no reasonable wait: it is clamped to five minutes, said in the hop, and the
    // job waits that long (not the 50-200 ms backoff of the retry policy).
    scriptAsync({HostileServer::json(429, R"({"message":"slow down"})", {{"Retry-After", "3000000"}})}, {});
    JobRun *run = m_engine->start(profile(CallMode::AsyncRequestReply), {}, m_auth.get());
    QTRY_COMPARE(run->record().hops.size(), 2);
    QTRY_VERIFY(run->nextRequestAt().isValid());
    const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(run->nextRequestAt());
    QVERIFY2(waitMs > policy::kMaxRetryAfterMs - 5000 && waitMs <= policy::kMaxRetryAfterMs,
             qPrintable(QString::number(waitMs)));
    QVERIFY2(run->record().hops.last().note.text().contains(QLatin1String("waiting 300 s")),
             qPrintable(run->record().hops.last().note.text()));
    QVERIFY(!run->isFinished());
    QCOMPARE(m_server->hits(kStatus), 1);
    run->cancel();
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
