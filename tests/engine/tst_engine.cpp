#include "enginefixture.h"

#include "joblookup.h"
#include "jobpolicy.h"
#include "networkthreads.h"
#include "requestgate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace td;
using SimMode = td::sim::CallMode;

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void init() { f = std::make_unique<EngineFixture>(); }
    void cleanup() { f.reset(); }

    void asyncPollingSucceeds();
    void burstWaitsItsTurnAtTheGate();
    void asyncPollingFaultShowsServerError();
    void absoluteLocation();
    void anyRedirectEndsPolling_data();
    void anyRedirectEndsPolling();
    void retryAfterIsHonoured();
    void fireAndForgetSendsOneRequest();
    void longPollingFollowsTheLoop();
    void longPollingResultInFirstAnswer();
    void triggerDefaultLearnsTheMode_data();
    void triggerDefaultLearnsTheMode();
    void getSendsArgumentsInTheQuery();
    void tokenStaysWithItsOrigin();
    void trustedOriginGetsTheToken();
    void noTokenOnRedirectsWhenSwitchedOff();
    void badGatewayOnTriggerIsUnknownAndNeverResent();
    void droppedTriggerConnectionIsNeverResent();
    void triggerCallIsSentOnceWhateverTheVerb_data();
    void triggerCallIsSentOnceWhateverTheVerb();
    void statusServerErrorIsRetried();
    void exhaustedRetriesAreUnknownThenResumable();
    void deadlineTimesOutAndResumes();
    void asyncJobIsWatchedWithinTheLimit();
    void adaptiveScheduleAndItsBound();
    void adaptivePollingAsksLessAndReportsInTime();
    void cancelStopsEverything();
    void cancelBeforeTheFirstTurn();
    void serverGoneMidPoll();
    void longPollsWaitForASlot();
    void badInputFailsWithoutARequest();
    void stoppedWhileQueuedNeverTriggers();
    void resumeWithoutStatusUriSaysHowToFindTheJob();
    void unsupportedStatusSchemeEndsAtOnce();
    void retryAfterHttpDateAndAbsurdValues();
    void triggerIsRepeatedOnlyWhenNoJobCanExist();
    void unknownJobIsFoundInOrchestratorAndWatched();
    void lookupFindsTheJobAmongManyAndWaitsOutRateLimits();
    void correlationIdFindsTheJobAmongIdenticalOnes();
    void attachedJobStoppedInOrchestratorIsStopped_data();
    void attachedJobStoppedInOrchestratorIsStopped();
    void attachedJobFaultedShowsOrchestratorsJobError();
    // The process must not exit while a manager's thread is still ending (a crash at exit).
    void networkThreadsAreWaitedFor();

private:
    std::unique_ptr<EngineFixture> f;
};

void TestEngine::asyncPollingSucceeds()
{
    const TriggerProfile profile = f->trigger(QStringLiteral("a"), SimMode::FireAndForget, CallMode::AsyncRequestReply);
    const QJsonObject args{{QStringLiteral("argument1"), 123},
                           {QStringLiteral("argument2"), QStringLiteral("my string")}};
    JobRun *run = f->runToEnd(profile, args);
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(record.mode, CallMode::AsyncRequestReply);
    QCOMPARE(statesOf(record),
             (QList<JobState>{JobState::Queued, JobState::Triggering, JobState::Running, JobState::Successful}));
    // POST 202, GET 200 while running, GET 303 when done, GET 200 with the output.
    const QList<int> statuses = statusesOf(record);
    QCOMPARE(statuses.first(), 202);
    QVERIFY(statuses.count(200) >= 2);
    QCOMPARE(statuses.at(statuses.size() - 2), 303);
    QCOMPARE(statuses.last(), 200);
    QCOMPARE(record.hops.first().method, QStringLiteral("POST"));
    QCOMPARE(record.hops.last().method, QStringLiteral("GET"));
    QVERIFY(record.statusUri.isValid());
    QCOMPARE(record.output.toObject().value(QStringLiteral("echo")).toObject(), args);
    QVERIFY(run->isIdle());

    // The wire: a JSON body with the forced mode, and the token on every hop.
    const sim::SimRequest invoke = f->requestsTo(QStringLiteral("/t/")).first();
    QCOMPARE(invoke.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(invoke.body).object();
    QCOMPARE(body.value(QStringLiteral("$callMode")).toString(), QStringLiteral("AsyncRequestReply"));
    QCOMPARE(body.value(QStringLiteral("argument1")).toInt(), 123);
    for (const sim::SimRequest &request : f->sim->requests())
        QCOMPARE(request.authorization, QByteArray("Bearer demo-token"));
    for (const Hop &hop : record.hops)
        QVERIFY(hop.tokenSent);
}

// A burst larger than the gate's limit: Qt is handed at most that many requests per origin at a
// time, the rest wait their turn, and every job runs as the server says, each called once.
void TestEngine::burstWaitsItsTurnAtTheGate()
{
    const int burst = RequestGate::kDefaultLimit * 3;
    const TriggerProfile profile =
        f->trigger(QStringLiteral("gate"), sim::CallMode::AsyncRequestReply, CallMode::AsyncRequestReply, 300);
    QList<JobRun *> runs;
    for (int i = 0; i < burst; ++i)
        runs.append(f->engine->start(profile, {}, f->auth.get()));
    for (JobRun *run : std::as_const(runs)) {
        QVERIFY(EngineFixture::waitForEnd(run));
        QCOMPARE(run->state(), JobState::Successful);
    }
    QCOMPARE(f->engine->requestGateState().highWater(), RequestGate::kDefaultLimit);
    QCOMPARE(f->engine->requestGateState().waitingCount(), 0);
    QCOMPARE(f->sim->jobCount(), burst);
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), burst);
}

void TestEngine::asyncPollingFaultShowsServerError()
{
    JobRun *run = f->runToEnd(
        f->faultingTrigger(QStringLiteral("f"), QStringLiteral("Invoice 42 could not be booked."), 2107, 200));
    QCOMPARE(run->state(), JobState::Faulted);
    QCOMPARE(run->record().serverMessage, QStringLiteral("Invoice 42 could not be booked."));
    QCOMPARE(run->record().serverErrorCode, 2107);
    QVERIFY(run->record().error.text().contains(QStringLiteral("\"Invoice 42 could not be booked.\" (error 2107)")));
    QVERIFY(!run->record().rawOutput.isEmpty());
}

void TestEngine::absoluteLocation()
{
    f->sim->setAbsoluteLocations(true);
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("abs"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    QVERIFY(run->record().hops.first().headers.first().second.startsWith("http://"));
}

void TestEngine::anyRedirectEndsPolling_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestEngine::anyRedirectEndsPolling()
{
    QFETCH(int, status);
    f->sim->setDoneRedirectStatus(status);
    JobRun *run = f->runToEnd(f->trigger(QStringLiteral("r"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    const QList<int> statuses = statusesOf(run->record());
    QCOMPARE(statuses.at(statuses.size() - 2), status);
}

void TestEngine::retryAfterIsHonoured()
{
    f->sim->queueFault(sim::FaultTarget::Status, sim::Fault::tooManyRequests(1));
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("ra"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    const QList<Hop> &hops = run->record().hops;
    const qsizetype limited = statusesOf(run->record()).indexOf(429);
    QVERIFY(limited > 0);
    const qint64 waited = hops.at(limited).at.msecsTo(hops.at(limited + 1).at) - hops.at(limited).ms;
    QVERIFY2(waited >= 950, qPrintable(QString::number(waited)));
}

void TestEngine::fireAndForgetSendsOneRequest()
{
    JobRun *run = f->runToEnd(f->trigger(QStringLiteral("ff"), SimMode::AsyncRequestReply, CallMode::FireAndForget));
    QCOMPARE(run->state(), JobState::Started);
    QCOMPARE(statesOf(run->record()), (QList<JobState>{JobState::Queued, JobState::Triggering, JobState::Started}));
    QCOMPARE(statusesOf(run->record()), QList<int>{200});
    QCOMPARE(f->sim->requests().size(), 1);
    QCOMPARE(f->sim->jobCount(), 1);
    QVERIFY(run->isIdle());
}

void TestEngine::longPollingFollowsTheLoop()
{
    // A 2 s job and a 300 ms hold: the call redirects, and the status URI redirects to itself
    // (hops that come back sooner than a second are paced to one a second).
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("lp"), SimMode::AsyncRequestReply, CallMode::LongPolling, 2000));
    const JobRecord &record = run->record();
    QCOMPARE(record.state, JobState::Successful);
    QCOMPARE(record.mode, CallMode::LongPolling);
    const QList<int> statuses = statusesOf(record);
    QCOMPARE(statuses.first(), 303);
    QVERIFY2(statuses.count(303) >= 2, qPrintable(QString::number(statuses.count(303))));
    QCOMPARE(statuses.last(), 200);
    QCOMPARE(record.output.toObject().value(QStringLiteral("echo")).toObject(), QJsonObject());
    for (const sim::SimRequest &request : f->sim->requests())
        QCOMPARE(request.authorization, QByteArray("Bearer demo-token"));
    QCOMPARE(statesOf(record),
             (QList<JobState>{JobState::Queued, JobState::Triggering, JobState::Running, JobState::Successful}));
}

void TestEngine::longPollingResultInFirstAnswer()
{
    f->sim->setLongPollHoldMs(3000);
    JobRun *run = f->runToEnd(f->trigger(QStringLiteral("quick"), SimMode::LongPolling, CallMode::LongPolling, 50));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(statusesOf(run->record()), QList<int>{200});
}

void TestEngine::triggerDefaultLearnsTheMode_data()
{
    QTest::addColumn<int>("serverMode");
    QTest::addColumn<int>("learnt");
    QTest::addColumn<int>("state");
    QTest::newRow("async") << int(SimMode::AsyncRequestReply) << int(CallMode::AsyncRequestReply)
                           << int(JobState::Successful);
    QTest::newRow("fire and forget") << int(SimMode::FireAndForget) << int(CallMode::FireAndForget)
                                     << int(JobState::Started);
    QTest::newRow("long polling") << int(SimMode::LongPolling) << int(CallMode::LongPolling)
                                  << int(JobState::Successful);
}

void TestEngine::triggerDefaultLearnsTheMode()
{
    QFETCH(int, serverMode);
    QFETCH(int, learnt);
    QFETCH(int, state);
    JobRun *run = f->runToEnd(f->trigger(QStringLiteral("d"), SimMode(serverMode), CallMode::TriggerDefault, 600));
    QCOMPARE(int(run->state()), state);
    QCOMPARE(int(run->record().mode), learnt);
    const QJsonObject body = QJsonDocument::fromJson(f->requestsTo(QStringLiteral("/t/")).first().body).object();
    QVERIFY(!body.contains(QStringLiteral("$callMode")));
}

void TestEngine::getSendsArgumentsInTheQuery()
{
    const TriggerProfile profile = f->trigger(QStringLiteral("g"), SimMode::AsyncRequestReply,
                                              CallMode::AsyncRequestReply, 200, QStringLiteral("GET"));
    const QJsonObject args{{QStringLiteral("name"), QStringLiteral("a b+c")},
                           {QStringLiteral("count"), 3},
                           {QStringLiteral("flags"), QJsonArray{true, false}}};
    JobRun *run = f->runToEnd(profile, args);
    QCOMPARE(run->state(), JobState::Successful);
    const sim::SimRequest invoke = f->requestsTo(QStringLiteral("/t/")).first();
    QCOMPARE(invoke.method, QStringLiteral("GET"));
    QVERIFY(invoke.body.isEmpty());
    QVERIFY(invoke.header("Content-Type").isEmpty());
    QHash<QString, QString> query;
    const auto items = QUrlQuery(invoke.query).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        query.insert(name, value);
    QCOMPARE(query.value(QStringLiteral("$callMode")), QStringLiteral("AsyncRequestReply"));
    QCOMPARE(query.value(QStringLiteral("name")), QStringLiteral("a b+c"));
    QCOMPARE(query.value(QStringLiteral("flags")), QStringLiteral("[true,false]"));
    QCOMPARE(run->record().output.toObject().value(QStringLiteral("echo")).toObject(), args);
}

void TestEngine::tokenStaysWithItsOrigin()
{
    QVERIFY(f->sim->listenSecondary() != 0);
    f->sim->setStatusOrigin(f->sim->secondaryBaseUrl());
    f->sim->setRedirectsRequireAuth(false);
    JobRun *run = f->runToEnd(f->trigger(QStringLiteral("x"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    int secondary = 0;
    for (const sim::SimRequest &request : f->sim->requests()) {
        QCOMPARE(request.hasAuthorization, !request.secondary);
        secondary += request.secondary ? 1 : 0;
    }
    QVERIFY(secondary >= 2);
    QVERIFY(!run->record().hops.last().tokenSent);
}

void TestEngine::trustedOriginGetsTheToken()
{
    QVERIFY(f->sim->listenSecondary() != 0);
    f->sim->setStatusOrigin(f->sim->secondaryBaseUrl());
    TriggerProfile profile = f->trigger(QStringLiteral("x"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    profile.trustedOrigins = {f->sim->secondaryBaseUrl().toString()};
    JobRun *run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::Successful);
    for (const sim::SimRequest &request : f->sim->requests())
        QVERIFY(request.hasAuthorization);
}

void TestEngine::noTokenOnRedirectsWhenSwitchedOff()
{
    f->sim->setRedirectsRequireAuth(false);
    TriggerProfile profile = f->trigger(QStringLiteral("n"), SimMode::AsyncRequestReply, CallMode::LongPolling, 800);
    profile.sendTokenOnRedirects = false;
    JobRun *run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::Successful);
    const QList<sim::SimRequest> requests = f->sim->requests();
    QVERIFY(requests.size() >= 2);
    QVERIFY(requests.first().hasAuthorization);
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY(!requests.at(i).hasAuthorization);
}

void TestEngine::badGatewayOnTriggerIsUnknownAndNeverResent()
{
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("bg"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().error.text().contains(QStringLiteral("may be running")));
    QCOMPARE(f->sim->jobCount(), 1);
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 1);
    QVERIFY(run->isIdle());
}

void TestEngine::droppedTriggerConnectionIsNeverResent()
{
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::dropConnection());
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::dropConnection());
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::dropConnection());
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("dc"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Unknown);
    // The network stack must not quietly send the trigger call again either.
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 1);
    QCOMPARE(run->record().hops.size(), 1);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("closed the connection")),
             qPrintable(run->record().error.text()));
    QVERIFY(!run->record().error.text().contains(QStringLiteral("Unknown error")));
}

void TestEngine::triggerCallIsSentOnceWhateverTheVerb_data()
{
    addEveryVerbAndModeRows();
}

// The server reads the call, creates the job and closes the connection without a word: the job
// exists, so the call must not go again, neither from the engine nor from Qt's HTTP channel,
// which re-sends a request whose connection closed while it waited (for GET in every Qt 6).
void TestEngine::triggerCallIsSentOnceWhateverTheVerb()
{
    QFETCH(QString, verb);
    QFETCH(int, mode);
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::dropAfterCreate());
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("once"), SimMode::AsyncRequestReply, CallMode(mode), 300, verb));
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 1);
    QCOMPARE(f->sim->jobCount(), 1);
    QCOMPARE(run->state(), JobState::Unknown);
    QCOMPARE(run->record().hops.size(), 1);
    QCOMPARE(run->record().hops.first().method, verb);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("closed the connection")),
             qPrintable(run->record().error.text()));
}

void TestEngine::statusServerErrorIsRetried()
{
    f->sim->queueFault(sim::FaultTarget::Status, sim::Fault::serverError(503));
    f->sim->queueFault(sim::FaultTarget::Status, sim::Fault::serverError(502));
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("s5"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Successful);
    const QList<int> statuses = statusesOf(run->record());
    QVERIFY(statuses.contains(503));
    QVERIFY(statuses.contains(502));
    QCOMPARE(f->sim->jobCount(), 1);
}

void TestEngine::exhaustedRetriesAreUnknownThenResumable()
{
    for (int i = 0; i < 4; ++i)
        f->sim->queueFault(sim::FaultTarget::Status, sim::Fault::serverError(500));
    JobRun *run =
        f->runToEnd(f->trigger(QStringLiteral("ex"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().statusUri.isValid());
    QVERIFY(isResumable(run->state()));
    QCOMPARE(statusesOf(run->record()).count(500), 4); // the first try and three retries

    JobRun *resumed = f->engine->resume(run->record(), f->auth.get());
    QVERIFY(EngineFixture::waitForEnd(resumed));
    QCOMPARE(resumed->state(), JobState::Successful);
    QCOMPARE(resumed->id(), run->id());
    QCOMPARE(f->sim->jobCount(), 1);
    QVERIFY(resumed->record().hops.size() > run->record().hops.size());
}

void TestEngine::deadlineTimesOutAndResumes()
{
    TriggerProfile profile = f->trigger(QStringLiteral("slow"), SimMode::LongPolling, CallMode::LongPolling, 2500);
    profile.deadlineSeconds = 1;
    JobRun *run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::TimedOut);
    QVERIFY(run->record().statusUri.isValid());
    QVERIFY(run->record().hops.size() >= 1);
    QVERIFY(run->isIdle());

    JobRecord record = run->record();
    record.profile.deadlineSeconds = 30;
    JobRun *resumed = f->engine->resume(record, f->auth.get());
    QVERIFY(EngineFixture::waitForEnd(resumed));
    QCOMPARE(resumed->state(), JobState::Successful);
    QCOMPARE(f->sim->jobCount(), 1);
}

void TestEngine::asyncJobIsWatchedWithinTheLimit()
{
    // A job that never ends (stuck Pending, say) is not polled for ever: at the watch limit it
    // ends TimedOut, resumable from its status URI.
    f->engine->setWatchLimitSeconds(1);
    JobRun *run = f->runToEnd(
        f->trigger(QStringLiteral("stuck"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 60000));
    QCOMPARE(run->state(), JobState::TimedOut);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("watched this job for 1 second")),
             qPrintable(run->record().error.text()));
    QVERIFY(run->record().statusUri.isValid());
    QVERIFY(isResumable(run->state()));
    QVERIFY(run->isIdle());
    QCOMPARE(f->sim->jobCount(), 1);
}

void TestEngine::cancelStopsEverything()
{
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("c"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 10000), {},
        f->auth.get());
    QTRY_COMPARE(run->state(), JobState::Running);
    QSignalSpy finished(run, &JobRun::finished);
    run->cancel();
    QCOMPARE(run->state(), JobState::Cancelled);
    QCOMPARE(finished.size(), 1);
    QVERIFY(run->isIdle());
    QVERIFY(run->record().statusUri.isValid());

    // Cancelling while a long poll is held aborts the held request.
    JobRun *held = f->engine->start(
        f->trigger(QStringLiteral("c2"), SimMode::LongPolling, CallMode::LongPolling, 10000), {}, f->auth.get());
    QTRY_COMPARE(held->state(), JobState::Triggering);
    held->cancel();
    QVERIFY(held->isIdle());
    QCOMPARE(held->state(), JobState::Cancelled);
    // The held call shows in the timeline, cut short by us.
    QCOMPARE(held->record().hops.size(), 1);
    QCOMPARE(held->record().hops.first().status, 0);
    QCOMPARE(held->record().hops.first().error.text(), QStringLiteral("Stopped watching"));
}

void TestEngine::cancelBeforeTheFirstTurn()
{
    const TriggerProfile profile =
        f->trigger(QStringLiteral("early"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    JobRun *run = f->engine->start(profile, {}, f->auth.get());
    run->cancel();
    JobRun *resumed = f->engine->resume(run->record(), f->auth.get());
    resumed->cancel();
    // Nothing is sent once the event loop turns: both stay Cancelled.
    QSignalSpy received(f->sim.get(), &sim::OrchestratorSimulator::requestReceived);
    QVERIFY(!received.wait(300));
    QCOMPARE(run->state(), JobState::Cancelled);
    QCOMPARE(resumed->state(), JobState::Cancelled);
    QVERIFY(f->sim->requests().isEmpty());
}

void TestEngine::serverGoneMidPoll()
{
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("gone"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 60000), {},
        f->auth.get());
    QTRY_COMPARE(run->state(), JobState::Running);
    f->sim.reset();
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().error.text().contains(QStringLiteral("refused")));
    QVERIFY(run->record().statusUri.isValid());
}

void TestEngine::longPollsWaitForASlot()
{
    f->engine->setLongPollSlotsPerOrigin(2);
    const TriggerProfile profile = f->trigger(QStringLiteral("slot"), SimMode::LongPolling, CallMode::LongPolling, 600);
    QList<JobRun *> runs;
    for (int i = 0; i < 3; ++i)
        runs.append(f->engine->start(profile, {}, f->auth.get()));
    QTRY_VERIFY(runs.at(2)->record().transitions.last().detail.text().contains(QStringLiteral("long-poll connection")));
    QCOMPARE(runs.at(2)->state(), JobState::Queued);
    QTRY_COMPARE(f->sim->jobCount(), 2);
    QCOMPARE(runs.at(2)->state(), JobState::Queued);
    for (JobRun *run : runs)
        QVERIFY(EngineFixture::waitForEnd(run));
    for (JobRun *run : runs)
        QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(f->sim->jobCount(), 3);
}

void TestEngine::badInputFailsWithoutARequest()
{
    TriggerProfile profile = f->trigger(QStringLiteral("bad"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    profile.arguments = {{QStringLiteral("count"), ArgumentType::Integer, true, {}, {}, {}}};
    JobRun *run = f->runToEnd(profile, {{QStringLiteral("count"), QStringLiteral("many")}});
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY(run->record().error.text().contains(QStringLiteral("count must be a whole number")));
    QVERIFY(f->sim->requests().isEmpty());
}

void TestEngine::stoppedWhileQueuedNeverTriggers()
{
    f->engine->setLongPollSlotsPerOrigin(1);
    const TriggerProfile profile = f->trigger(QStringLiteral("q"), SimMode::LongPolling, CallMode::LongPolling, 5000);
    JobRun *holder = f->engine->start(profile, {}, f->auth.get());
    JobRun *queued = f->engine->start(profile, {}, f->auth.get());
    QTRY_COMPARE(f->sim->jobCount(), 1);
    QCOMPARE(queued->state(), JobState::Queued);
    // Both stopped in one turn: the freed slot goes to a run that has already ended.
    holder->cancel();
    queued->cancel();
    QCOMPARE(queued->state(), JobState::Cancelled);
    // Give a wrongly granted slot its event-loop turns to send the trigger.
    QTest::qWait(300);
    QCOMPARE(queued->state(), JobState::Cancelled);
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 1);
    QCOMPARE(f->sim->jobCount(), 1);
}

void TestEngine::resumeWithoutStatusUriSaysHowToFindTheJob()
{
    // Killed while its first long poll was held: the server never said where the job is.
    JobRecord record;
    record.id = QStringLiteral("killed-during-first-hold");
    record.profile = f->profileFor(QStringLiteral("invoice-run"), CallMode::LongPolling);
    record.mode = CallMode::LongPolling;
    record.state = JobState::Running;
    record.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
    JobRun *run = f->engine->resume(record, f->auth.get());
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Unknown);
    const QString error = run->record().error.text();
    QVERIFY2(error.contains(QStringLiteral("invoice-run")), qPrintable(error));
    QVERIFY2(error.contains(record.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(error));
    QVERIFY(f->sim->requests().isEmpty());
}

void TestEngine::unsupportedStatusSchemeEndsAtOnce()
{
    f->engine->setRetryPolicy({});
    JobRecord record;
    record.id = QStringLiteral("ftp-status");
    record.profile = f->profileFor(QStringLiteral("x"), CallMode::AsyncRequestReply);
    record.mode = CallMode::AsyncRequestReply;
    record.state = JobState::Running;
    record.statusUri = QUrl(QStringLiteral("ftp://127.0.0.1:1/status/1"));
    QElapsedTimer clock;
    clock.start();
    JobRun *run = f->engine->resume(record, f->auth.get());
    QVERIFY(EngineFixture::waitForEnd(run, 5000));
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("ftp")), qPrintable(run->record().error.text()));
}

void TestEngine::retryAfterHttpDateAndAbsurdValues()
{
    using policy::parseRetryAfter;
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 30), QTimeZone::utc());
    QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now).ms, 7000);
    QCOMPARE(parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now).ms, 7000);
    QCOMPARE(parseRetryAfter("Sun Nov  6 08:49:37 1994", now).ms, 7000);
    QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:49:00 GMT", now).ms, 0); // in the past: at once
    QCOMPARE(parseRetryAfter("7", now).ms, 7000);
    QCOMPARE(parseRetryAfter("garbage", now).ms, -1);
    QCOMPARE(parseRetryAfter("-5", now).ms, -1);
    QCOMPARE(parseRetryAfter("", now).ms, -1);
    // A month, or more than a 64-bit count of milliseconds, is no reasonable wait: clamped.
    for (const QByteArray &absurd : {QByteArray("3000000"), QByteArray("99999999999999999999")}) {
        const policy::RetryAfter clamped = parseRetryAfter(absurd, now);
        QVERIFY2(clamped.clamped, absurd.constData());
        QCOMPARE(clamped.ms, policy::kMaxRetryAfterMs);
    }
    // RFC 850's two-digit year is the nearest one not over 50 years ahead, never 19yy.
    const QDateTime today(QDate(2026, 12, 3), QTime(9, 59, 50), QTimeZone::utc());
    QCOMPARE(parseRetryAfter("Thursday, 03-Dec-26 10:00:00 GMT", today).ms, 10000);
    QCOMPARE(parseRetryAfter("Saturday, 03-Dec-77 10:00:00 GMT", today).ms, 0); // 1977, past
}

void TestEngine::triggerIsRepeatedOnlyWhenNoJobCanExist()
{
    const auto answer = [](int status, QNetworkReply::NetworkError error, bool sent) {
        HttpAnswer a;
        a.status = status;
        a.error = error;
        a.requestSent = sent;
        return a;
    };
    QVERIFY(policy::triggerMayBeRepeated(answer(429, QNetworkReply::NoError, true)));
    QVERIFY(policy::triggerMayBeRepeated(answer(0, QNetworkReply::ConnectionRefusedError, false)));
    // The server may have created the job: a gateway or server error, a timeout or a reset.
    QVERIFY(!policy::triggerMayBeRepeated(answer(502, QNetworkReply::NoError, true)));
    QVERIFY(!policy::triggerMayBeRepeated(answer(503, QNetworkReply::NoError, true)));
    QVERIFY(!policy::triggerMayBeRepeated(answer(0, QNetworkReply::OperationCanceledError, true)));
    QVERIFY(!policy::triggerMayBeRepeated(answer(0, QNetworkReply::RemoteHostClosedError, true)));
    // Refusals that repeating does not mend: a wrong host name, a bad request.
    QVERIFY(!policy::triggerMayBeRepeated(answer(0, QNetworkReply::HostNotFoundError, false)));
    QVERIFY(!policy::triggerMayBeRepeated(answer(400, QNetworkReply::NoError, true)));
}

void TestEngine::unknownJobIsFoundInOrchestratorAndWatched()
{
    // The trigger call's answer is lost (a 502 after the job was created): Unknown.
    const TriggerProfile profile =
        f->trigger(QStringLiteral("lost"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 800);
    f->trigger(QStringLiteral("other"), SimMode::FireAndForget, CallMode::FireAndForget);
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    const QJsonObject args{{QStringLiteral("order"), 17}};
    JobRun *run = f->runToEnd(profile, args);
    QCOMPARE(run->state(), JobState::Unknown);
    // Another job in the same minute, with other arguments.
    f->runToEnd(f->profileFor(QStringLiteral("other"), CallMode::FireAndForget), {{QStringLiteral("order"), 18}});

    // As on the real service: the folder list is refused to this token, the job list carries no
    // arguments, and the numeric folder ids moved since the launch (a licensing change).
    f->sim->setFoldersForbidden(true);
    f->sim->setFolderIdBase(7001);
    JobLookup lookup(f->engine.get(), f->auth.get(), run->record());
    QSignalSpy found(&lookup, &JobLookup::finished);
    lookup.start();
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(2).toString(), QString());
    const auto candidates = found.first().at(0).value<QList<OrchestratorJob>>();
    QCOMPARE(candidates.size(), 2);
    QVERIFY(candidates.first().argumentsMatch); // the likeliest first, from Jobs(id)
    QCOMPARE(candidates.first().inputArguments, args);
    QVERIFY(!candidates.at(1).argumentsMatch);
    const qint64 folderId = found.first().at(1).toLongLong();
    QCOMPARE(folderId, 0); // named by its key, which never changes
    // One list call, then each candidate's details, every one naming the folder by its key.
    const QList<sim::SimRequest> odata = f->requestsTo(QStringLiteral("/odata/"));
    QCOMPARE(odata.size(), 3);
    QVERIFY(!odata.at(0).path.contains(QLatin1String("Folders")));
    for (const sim::SimRequest &request : odata)
        QCOMPARE(request.header("X-UIPATH-FolderKey"), QByteArray("11111111-2222-4333-8444-555555555555"));

    // Attached: watched through /odata/Jobs(id) to its end, with its output; no new job.
    // With "send token on redirects" off too: that tenant setting concerns the trigger's
    // redirects, and the Jobs API always wants the token.
    JobRecord attached = run->record();
    attached.orchestratorJobId = candidates.first().id;
    attached.folderId = folderId;
    attached.profile.sendTokenOnRedirects = false;
    JobRun *watched = f->engine->resume(attached, f->auth.get());
    QVERIFY(EngineFixture::waitForEnd(watched));
    QCOMPARE(watched->state(), JobState::Successful);
    QCOMPARE(watched->record().output.toObject().value(QStringLiteral("echo")).toObject(), args);
    QCOMPARE(f->sim->jobCount(), 2);
}

void TestEngine::attachedJobStoppedInOrchestratorIsStopped_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("between"); // Orchestrator's state while the stop takes effect
    QTest::newRow("SoftStop") << QStringLiteral("SoftStop") << QStringLiteral("Stopping");
    QTest::newRow("Kill") << QStringLiteral("Kill") << QStringLiteral("Terminating");
}

void TestEngine::attachedJobStoppedInOrchestratorIsStopped()
{
    QFETCH(QString, strategy);
    QFETCH(QString, between);
    const TriggerProfile profile =
        f->trigger(QStringLiteral("runaway"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 60000);
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    QSignalSpy created(f->sim.get(), &sim::OrchestratorSimulator::jobCreated);
    JobRun *run = f->runToEnd(profile, {});
    QCOMPARE(run->state(), JobState::Unknown);
    QCOMPARE(created.size(), 1);

    JobRecord attached = run->record();
    attached.orchestratorJobId = created.first().at(0).toLongLong();
    JobRun *watched = f->engine->resume(attached, f->auth.get());
    // Orchestrator's own state word while the job runs.
    QTRY_VERIFY(!watched->record().transitions.isEmpty() &&
                watched->record().transitions.last().detail.text() == QLatin1String("Running in Orchestrator"));

    // The operator stops it (Job menu, or triggerdesk-cli jobs stop): StopJobs, the folder named
    // by the key in the trigger URL.
    OrchestratorApi api(f->engine.get(), f->auth.get(), profile);
    QString error;
    QVERIFY2(api.prepare(&error), qPrintable(error));
    bool answered = false;
    api.stopJob(attached.orchestratorJobId,
                strategy == QLatin1String("Kill") ? StopStrategy::Kill : StopStrategy::SoftStop,
                [&](const QString &stopError) {
                    error = stopError;
                    answered = true;
                });
    QTRY_VERIFY(answered);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Orchestrator's intermediate state first, as on the real service: not over yet.
    QCOMPARE(f->sim->jobsJson().first().toObject().value(QStringLiteral("State")).toString(), between);

    QVERIFY(EngineFixture::waitForEnd(watched));
    QCOMPARE(watched->state(), JobState::Stopped); // never Faulted: not the job's own fault
    QVERIFY2(watched->record().error.text().startsWith(QLatin1String("The job was stopped in Orchestrator.")),
             qPrintable(watched->record().error.text()));
    QVERIFY(isTerminal(JobState::Stopped) && !isResumable(JobState::Stopped));
    QCOMPARE(f->sim->jobCount(), 1);

    // A job Orchestrator does not have: its refusal in its own words, nothing stopped.
    answered = false;
    api.stopJob(attached.orchestratorJobId + 1000, StopStrategy::SoftStop, [&](const QString &stopError) {
        error = stopError;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY2(error.contains(QLatin1String("Job does not exist.")) && error.contains(QLatin1String("404")),
             qPrintable(error));
}

void TestEngine::lookupFindsTheJobAmongManyAndWaitsOutRateLimits()
{
    // 200 jobs of the same process in the window, the lost one among them: it comes first. The
    // list call is rate limited (3 a minute here): the lookup waits out the 429 and goes on.
    const TriggerProfile profile =
        f->trigger(QStringLiteral("busy"), SimMode::FireAndForget, CallMode::FireAndForget, 100);
    QList<JobRun *> others;
    for (int n = 0; n < 100; ++n)
        others.append(f->engine->start(profile, {{QStringLiteral("order"), n}}, f->auth.get()));
    for (JobRun *run : std::as_const(others))
        QVERIFY(EngineFixture::waitForEnd(run));
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    JobRun *lost = f->runToEnd(profile, {{QStringLiteral("order"), 4242}});
    QCOMPARE(lost->state(), JobState::Unknown);
    for (int n = 100; n < 199; ++n)
        others.append(f->engine->start(profile, {{QStringLiteral("order"), n}}, f->auth.get()));
    for (JobRun *run : std::as_const(others))
        QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(f->sim->jobCount(), 200);

    f->sim->setListRateLimit(2, 2000);
    JobLookup first(f->engine.get(), f->auth.get(), lost->record());
    QSignalSpy firstFound(&first, &JobLookup::finished);
    first.start(); // two pages: the two list calls of this window
    QVERIFY(firstFound.wait(20000));
    QCOMPARE(firstFound.first().at(2).toString(), QString());
    JobLookup lookup(f->engine.get(), f->auth.get(), lost->record());
    QSignalSpy found(&lookup, &JobLookup::finished);
    lookup.start();
    QVERIFY(found.wait(30000));
    QCOMPARE(found.first().at(2).toString(), QString());
    const auto candidates = found.first().at(0).value<QList<OrchestratorJob>>();
    QCOMPARE(candidates.size(), 200);
    QVERIFY(candidates.first().argumentsMatch);
    QCOMPARE(candidates.first().inputArguments, (QJsonObject{{QStringLiteral("order"), 4242}}));
    QCOMPARE(std::count_if(candidates.cbegin(), candidates.cend(),
                           [](const OrchestratorJob &c) { return c.argumentsMatch; }),
             1);
    int limited = 0;
    for (const sim::SimRequest &request : f->sim->requests())
        limited += request.responseStatus == 429 ? 1 : 0;
    QVERIFY2(limited >= 1, "the second lookup met the rate limit");
}

void TestEngine::correlationIdFindsTheJobAmongIdenticalOnes()
{
    // 40 launches with the same arguments, one of them lost: arguments cannot tell them apart,
    // the correlation id each launch carries can.
    TriggerProfile profile = f->trigger(QStringLiteral("same"), SimMode::FireAndForget, CallMode::FireAndForget, 100);
    profile.correlationArgument = QStringLiteral("traceId");
    const QJsonObject args{{QStringLiteral("customer"), QStringLiteral("ACME")}};
    QList<JobRun *> others;
    for (int n = 0; n < 20; ++n)
        others.append(f->engine->start(profile, args, f->auth.get()));
    for (JobRun *run : std::as_const(others))
        QVERIFY(EngineFixture::waitForEnd(run));
    QSignalSpy created(f->sim.get(), &sim::OrchestratorSimulator::jobCreated);
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    JobRun *lost = f->runToEnd(profile, args);
    QCOMPARE(lost->state(), JobState::Unknown);
    QCOMPARE(created.size(), 1);
    for (int n = 0; n < 19; ++n)
        others.append(f->engine->start(profile, args, f->auth.get()));
    for (JobRun *run : std::as_const(others))
        QVERIFY(EngineFixture::waitForEnd(run));

    // Each launch has its own id, sent as an input argument, kept in the record.
    const QString id = correlationIdOf(lost->record());
    QVERIFY(!QUuid::fromString(id).isNull());
    QSet<QString> ids{id};
    for (JobRun *run : std::as_const(others))
        ids.insert(correlationIdOf(run->record()));
    QCOMPARE(ids.size(), 40);
    QCOMPARE(lost->record().arguments.value(QStringLiteral("customer")).toString(), QStringLiteral("ACME"));

    JobLookup lookup(f->engine.get(), f->auth.get(), lost->record());
    QCOMPARE(lookup.correlationId(), id);
    QSignalSpy found(&lookup, &JobLookup::finished);
    lookup.start();
    QVERIFY(found.wait(30000));
    QCOMPARE(found.first().at(2).toString(), QString());
    const auto candidates = found.first().at(0).value<QList<OrchestratorJob>>();
    QCOMPARE(std::count_if(candidates.cbegin(), candidates.cend(),
                           [](const OrchestratorJob &c) { return c.argumentsMatch; }),
             1);
    QVERIFY(candidates.first().argumentsMatch);
    QCOMPARE(candidates.first().id, created.first().at(0).toLongLong()); // the lost one, exactly
}

void TestEngine::attachedJobFaultedShowsOrchestratorsJobError()
{
    const TriggerProfile profile = f->faultingTrigger(
        QStringLiteral("import"), QStringLiteral("Workbook invoices-2026-11.xlsx not found."), 2107, 300);
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::badGatewayAfterCreate());
    QSignalSpy created(f->sim.get(), &sim::OrchestratorSimulator::jobCreated);
    JobRun *run = f->runToEnd(profile, {});
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(!orchestratorJobPage(run->record()).isValid()); // no key known yet

    JobRecord attached = run->record();
    attached.orchestratorJobId = created.first().at(0).toLongLong();
    JobRun *watched = f->engine->resume(attached, f->auth.get());
    QVERIFY(EngineFixture::waitForEnd(watched));
    QCOMPARE(watched->state(), JobState::Faulted);
    // JobError's title and detail with its code, not only Info.
    const JobRecord &record = watched->record();
    QCOMPARE(record.serverMessage, QStringLiteral("The job faulted: Workbook invoices-2026-11.xlsx not found."));
    QCOMPARE(record.serverErrorCode, 2107);
    QVERIFY2(record.error.text().endsWith(QLatin1String("not found.\" (error 2107)")), qPrintable(record.error.text()));

    // Its page in Orchestrator's web interface, by its key and folder, as UiPath's CLI prints it.
    const QJsonObject job = f->sim->jobsJson().first().toObject();
    QCOMPARE(orchestratorJobPage(record).toString(),
             orchestratorUrlFor(attached.profile.invokeUrl).toString() +
                 QStringLiteral("/jobs(sidepanel:sidepanel/jobs/%1/details)?fid=%2")
                     .arg(job.value(QStringLiteral("Key")).toString())
                     .arg(job.value(QStringLiteral("OrganizationUnitId")).toInteger()));
}

void TestEngine::networkThreadsAreWaitedFor()
{
    // QThread::wait() in a manager's destructor returns before its OS thread has ended; measured
    // on Qt 6.4.2, 3 managers in 50 still had theirs right after the delete (about 1 ms a round).
    const quint16 deadPort = [] {
        EngineFixture gone;
        return gone.sim->port();
    }();
    for (int i = 0; i < 200; ++i) {
        auto manager = std::make_unique<QNetworkAccessManager>();
        QNetworkReply *reply =
            manager->get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(deadPort))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(networkThreadCount() >= 1); // the count sees the thread that ran the request
        manager.reset();
        QVERIFY(waitForNetworkThreads(5000));
        QCOMPARE(networkThreadCount(), 0);
    }
}

// The adaptive schedule itself: the profile's interval at first, then a fifth of the running
// time, at most 30 s (or the interval when it is longer); a 15-minute job polled every second
// costs well under 60 requests.
void TestEngine::adaptiveScheduleAndItsBound()
{
    TriggerProfile profile;
    profile.pollIntervalMs = 1000;
    QCOMPARE(policy::pollIntervalMs(profile, 10 * 60 * 1000), 1000); // fixed: always the interval
    profile.adaptivePolling = true;
    QCOMPARE(policy::pollIntervalMs(profile, 0), 1000);
    QCOMPARE(policy::pollIntervalMs(profile, 4000), 1000);
    QCOMPARE(policy::pollIntervalMs(profile, 60 * 1000), 12000);
    QCOMPARE(policy::pollIntervalMs(profile, 10 * 60 * 1000), 30000);
    profile.pollIntervalMs = 60000; // an interval longer than the cap stays the interval
    QCOMPARE(policy::pollIntervalMs(profile, 10 * 60 * 1000), 60000);
    profile.pollIntervalMs = 1000;
    int polls = 0;
    for (qint64 at = 0; at < 15 * 60 * 1000; at += policy::pollIntervalMs(profile, at))
        ++polls;
    QVERIFY2(polls < 60, qPrintable(QString::number(polls)));
    QVERIFY(polls > 30);
}

// A 4-second job polled every 250 ms, fixed and adaptive, against the simulator: adaptive asks
// less, and reports the end within its bound, max(interval, a fifth of the running time).
void TestEngine::adaptivePollingAsksLessAndReportsInTime()
{
    f->sim->setStampResults(true);
    TriggerProfile profile =
        f->trigger(QStringLiteral("four"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 4000);
    profile.pollIntervalMs = 250;
    JobRun *fixed = f->runToEnd(profile);
    profile.adaptivePolling = true;
    JobRun *adaptive = f->runToEnd(profile);
    for (JobRun *run : {fixed, adaptive})
        QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    const JobRecord &record = adaptive->record();
    // As many polls as the schedule makes over the job's run (one more for a poll's own time).
    int scheduled = 0;
    for (qint64 at = 0; at < record.createdAt.msecsTo(record.finishedAt); at += policy::pollIntervalMs(profile, at))
        ++scheduled;
    QVERIFY2(record.polls < fixed->record().polls && record.polls <= scheduled + 1,
             qPrintable(QStringLiteral("%1 polls adaptive (%2 scheduled), %3 fixed")
                            .arg(record.polls)
                            .arg(scheduled)
                            .arg(fixed->record().polls)));
    const qint64 ended = record.output.toObject().value(QStringLiteral("_simEndedAtMs")).toInteger();
    QVERIFY(ended > 0);
    const qint64 late = record.finishedAt.toMSecsSinceEpoch() - ended;
    const qint64 bound = qMax<qint64>(250, record.createdAt.msecsTo(record.finishedAt) / policy::kAdaptivePollDivisor);
    QVERIFY2(late <= bound + 300, qPrintable(QStringLiteral("reported %1 ms late, bound %2 ms").arg(late).arg(bound)));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
