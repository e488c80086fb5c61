// What one request costs the client (label bench, not run in CI): the same traffic twice against
// triggerdesk-sim in its own process, 1,000 async-polling jobs of 15.5 s polled every second
// (a trigger POST, 16 status GETs, the 303 and the output GET: 18 requests a job):
//   bare    one QNetworkAccessManager and the engine's scheduler, nothing else: what Qt's network
//           stack alone costs for this traffic;
//   engine  TriggerEngine, as triggerdesk-cli and the window run it: flows, hops, records.
// Prints CPU per request (user + system of this process) and the share of one core, so the
// engine's own cost is the difference between the two; then the main thread's part alone,
// where all of the engine's own work runs (Qt's network thread does the same work in both, and
// its kernel time is most of the run-to-run spread), so A/B comparisons of the engine read it.

#include "authprovider.h"
#include "jobrun.h"
#include "scheduler.h"
#include "simulatorprocess.h"
#include "triggerengine.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <memory>
#include <vector>

using namespace td;

namespace {

// TD_BENCH_JOBS=N runs N jobs instead: under valgrind (instruction counts, which do not vary from
// run to run as CPU time does), 1,000 jobs cannot keep their schedule, and a job polled fewer times
// would change what a request costs on average.
// A count from the environment, or `otherwise` when it is not a positive number.
int countFromEnvironment(const char *name, int otherwise)
{
    const int count = qEnvironmentVariableIntValue(name);
    return count > 0 ? count : otherwise;
}

const int kJobs = countFromEnvironment("TD_BENCH_JOBS", 1000);
constexpr int kPollMs = 1000;
const QByteArray kToken = QByteArrayLiteral("demo-token");

// Voluntary context switches of the process: each a thread going to sleep for want of work, so
// about as many wake-ups, which cost CPU time that instruction counts do not show.
qint64 contextSwitches()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_nvcsw;
}

// who: RUSAGE_SELF (the process) or RUSAGE_THREAD (the calling thread).
qint64 cpuMicroseconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
}

// One job driven straight on QNetworkAccessManager: POST, poll the status URI every interval until
// a 303, GET the output.
class BareJob
{
public:
    // done(true) once the output came.
    BareJob(QNetworkAccessManager *manager, Scheduler *scheduler, const QUrl &invokeUrl, std::function<void(bool)> done)
        : m_manager(manager), m_pollAlarm(scheduler, [this] { get(m_statusUri); }), m_done(std::move(done))
    {
        QNetworkRequest request = makeRequest(invokeUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        watch(m_manager->post(request, QByteArrayLiteral("{}")));
    }

    int requests() const { return m_requests; }

private:
    QNetworkRequest makeRequest(const QUrl &url)
    {
        ++m_requests;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Authorization", "Bearer " + kToken);
        return request;
    }

    void get(const QUrl &url) { watch(m_manager->get(makeRequest(url))); }

    void watch(QNetworkReply *reply)
    {
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl next = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            reply->readAll();
            if (status == 202) {
                m_statusUri = next;
                m_pollAlarm.start(kPollMs);
            } else if (status == 303) {
                get(next);
            } else if (status == 200 && reply->url() == m_statusUri) {
                m_pollAlarm.start(kPollMs);
            } else {
                m_done(status == 200);
            }
        });
    }

    QNetworkAccessManager *m_manager;
    Alarm m_pollAlarm;
    std::function<void(bool)> m_done;
    QUrl m_statusUri;
    int m_requests = 0;
};

struct Cost
{
    qint64 requests = 0;
    qint64 cpuUs = 0;
    qint64 mainThreadCpuUs = 0;
    qint64 contextSwitches = 0;
    qint64 wallMs = 0;
};

// Counts the CPU of the process and of the calling (main) thread from its construction.
class CpuMeter
{
public:
    CpuMeter() { m_wall.start(); }
    void stopInto(Cost *cost) const
    {
        cost->cpuUs = cpuMicroseconds() - m_process;
        cost->mainThreadCpuUs = cpuMicroseconds(RUSAGE_THREAD) - m_mainThread;
        cost->contextSwitches = contextSwitches() - m_contextSwitches;
        cost->wallMs = m_wall.elapsed();
    }

private:
    qint64 m_process = cpuMicroseconds();
    qint64 m_mainThread = cpuMicroseconds(RUSAGE_THREAD);
    qint64 m_contextSwitches = contextSwitches();
    QElapsedTimer m_wall;
};

void report(const char *client, const Cost &cost)
{
    qInfo("%-7s %6lld requests  %6.2f s CPU  %5.1f s wall  %5.1f us/request  %5.1f %% of a core", client, cost.requests,
          double(cost.cpuUs) / 1e6, double(cost.wallMs) / 1e3, double(cost.cpuUs) / double(cost.requests),
          100.0 * double(cost.cpuUs) / 1000.0 / double(cost.wallMs));
    qInfo("%-7s main thread %5.1f us/request, other threads %5.1f us/request, %4.2f context switches/request", client,
          double(cost.mainThreadCpuUs) / double(cost.requests),
          double(cost.cpuUs - cost.mainThreadCpuUs) / double(cost.requests),
          double(cost.contextSwitches) / double(cost.requests));
}

} // namespace

class BenchRequestCost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void engineAgainstBare();
    void cleanupTestCase();

private:
    Cost runBare();
    Cost runEngine();

    QTemporaryDir m_dir;
    QProcess m_simulator;
    QUrl m_invokeUrl;
};

void BenchRequestCost::initTestCase()
{
    m_invokeUrl = test::startSimulatorProcess(&m_simulator, m_dir.path(),
                                              R"({"slug": "poll", "folderKey": "11111111-2222-4333-8444-555555555555",
                                        "verb": "POST", "defaultMode": "AsyncRequestReply", "durationMs": 15500,
                                        "output": {"ok": true}})");
    QVERIFY(!m_invokeUrl.isEmpty());
}

// Bare and engine take turns, TD_BENCH_ROUNDS times each (3 unless said): the machine's load
// drifts over a minute, and turns spread it over both.
void BenchRequestCost::engineAgainstBare()
{
    const int rounds = countFromEnvironment("TD_BENCH_ROUNDS", 3);
    Cost bare;
    Cost engine;
    const auto perRequest = [](qint64 us, qint64 requests) { return double(us) / double(requests); };
    const auto add = [](Cost *sum, const Cost &cost) {
        sum->requests += cost.requests;
        sum->cpuUs += cost.cpuUs;
        sum->mainThreadCpuUs += cost.mainThreadCpuUs;
        sum->contextSwitches += cost.contextSwitches;
        sum->wallMs += cost.wallMs;
    };
    for (int round = 1; round <= rounds; ++round) {
        const Cost bareRound = runBare();
        QVERIFY(bareRound.requests > 0);
        const Cost engineRound = runEngine();
        QVERIFY(engineRound.requests > 0);
        qInfo("round %d: engine / bare CPU per request %.2f", round,
              perRequest(engineRound.cpuUs, engineRound.requests) / perRequest(bareRound.cpuUs, bareRound.requests));
        add(&bare, bareRound);
        add(&engine, engineRound);
    }
    qInfo("all %d rounds:", rounds);
    report("bare", bare);
    report("engine", engine);
    qInfo("engine / bare CPU per request: %.2f (main thread: +%.1f us/request)",
          perRequest(engine.cpuUs, engine.requests) / perRequest(bare.cpuUs, bare.requests),
          perRequest(engine.mainThreadCpuUs, engine.requests) - perRequest(bare.mainThreadCpuUs, bare.requests));
}

Cost BenchRequestCost::runBare()
{
    QNetworkAccessManager manager;
    Scheduler scheduler;
    std::vector<std::unique_ptr<BareJob>> jobs;
    int done = 0;
    int withOutput = 0;
    QEventLoop loop;
    Cost cost;
    const CpuMeter meter;
    for (int i = 0; i < kJobs; ++i) {
        jobs.push_back(std::make_unique<BareJob>(&manager, &scheduler, m_invokeUrl, [&](bool output) {
            withOutput += output;
            if (++done == kJobs)
                loop.quit();
        }));
    }
    loop.exec();
    meter.stopInto(&cost);
    for (const auto &job : jobs)
        cost.requests += job->requests();
    report("bare", cost);
    return withOutput == kJobs ? cost : Cost();
}

Cost BenchRequestCost::runEngine()
{
    TriggerEngine engine;
    StaticTokenProvider auth(kToken);
    TriggerProfile profile;
    profile.name = QStringLiteral("poll");
    profile.invokeUrl = m_invokeUrl;
    profile.mode = CallMode::AsyncRequestReply;
    profile.pollIntervalMs = kPollMs;
    int done = 0;
    int successful = 0;
    Cost cost;
    QEventLoop loop;
    const CpuMeter meter;
    for (int i = 0; i < kJobs; ++i) {
        JobRun *run = engine.start(profile, {}, &auth);
        connect(run, &JobRun::finished, &loop, [&, run] {
            for (const Hop &hop : run->record().hops)
                cost.requests += hop.repeats;
            successful += run->state() == JobState::Successful;
            if (++done == kJobs)
                loop.quit();
        });
    }
    loop.exec();
    meter.stopInto(&cost);
    report("engine", cost);
    return successful == kJobs ? cost : Cost();
}

void BenchRequestCost::cleanupTestCase()
{
    m_simulator.terminate();
    m_simulator.waitForFinished();
}

QTEST_GUILESS_MAIN(BenchRequestCost)
#include "tst_bench_requestcost.moc"
