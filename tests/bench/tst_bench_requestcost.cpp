// What one request costs the client (label bench, not run in CI): the same traffic twice against
// triggerdesk-sim in its own process, 1,000 async-polling jobs of 15.5 s polled every second
// (a trigger POST, 16 status GETs, the 303 and the output GET: 18 requests a job):
//   bare    one QNetworkAccessManager and the engine's scheduler, nothing else: what Qt's network
//           stack alone costs for this traffic;
//   engine  TriggerEngine, as triggerdesk-cli and the window run it: flows, hops, records.
// Prints CPU per request (user + system of this process) and the share of one core, so the
// engine's own cost is the difference between the two lines.

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

constexpr int kJobs = 1000;
constexpr int kPollMs = 1000;
const QByteArray kToken = QByteArrayLiteral("demo-token");

qint64 cpuMicroseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
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
    qint64 wallMs = 0;
};

void report(const char *client, const Cost &cost)
{
    qInfo("%-7s %6lld requests  %6.2f s CPU  %5.1f s wall  %5.1f us/request  %5.1f %% of a core", client, cost.requests,
          double(cost.cpuUs) / 1e6, double(cost.wallMs) / 1e3, double(cost.cpuUs) / double(cost.requests),
          100.0 * double(cost.cpuUs) / 1000.0 / double(cost.wallMs));
}

} // namespace

class BenchRequestCost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bareNetworkStack();
    void engine();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QProcess m_simulator;
    QUrl m_invokeUrl;
    Cost m_bare;
};

void BenchRequestCost::initTestCase()
{
    m_invokeUrl = test::startSimulatorProcess(&m_simulator, m_dir.path(),
                                              R"({"slug": "poll", "folderKey": "11111111-2222-4333-8444-555555555555",
                                        "verb": "POST", "defaultMode": "AsyncRequestReply", "durationMs": 15500,
                                        "output": {"ok": true}})");
    QVERIFY(!m_invokeUrl.isEmpty());
}

void BenchRequestCost::bareNetworkStack()
{
    QNetworkAccessManager manager;
    Scheduler scheduler;
    std::vector<std::unique_ptr<BareJob>> jobs;
    int done = 0;
    int withOutput = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    const qint64 cpuBefore = cpuMicroseconds();
    wall.start();
    for (int i = 0; i < kJobs; ++i) {
        jobs.push_back(std::make_unique<BareJob>(&manager, &scheduler, m_invokeUrl, [&](bool output) {
            withOutput += output;
            if (++done == kJobs)
                loop.quit();
        }));
    }
    loop.exec();
    m_bare.cpuUs = cpuMicroseconds() - cpuBefore;
    m_bare.wallMs = wall.elapsed();
    for (const auto &job : jobs)
        m_bare.requests += job->requests();
    report("bare", m_bare);
    QCOMPARE(withOutput, kJobs);
}

void BenchRequestCost::engine()
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
    QElapsedTimer wall;
    const qint64 cpuBefore = cpuMicroseconds();
    wall.start();
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
    cost.cpuUs = cpuMicroseconds() - cpuBefore;
    cost.wallMs = wall.elapsed();
    report("engine", cost);
    if (m_bare.requests > 0)
        qInfo("engine / bare CPU per request: %.2f",
              (double(cost.cpuUs) / double(cost.requests)) / (double(m_bare.cpuUs) / double(m_bare.requests)));
    QCOMPARE(successful, kJobs);
}

void BenchRequestCost::cleanupTestCase()
{
    m_simulator.terminate();
    m_simulator.waitForFinished();
}

QTEST_GUILESS_MAIN(BenchRequestCost)
#include "tst_bench_requestcost.moc"
