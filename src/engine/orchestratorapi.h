#pragma once

#include "proxyrouting.h"
#include "scheduler.h"
#include "tlspolicy.h"
#include "triggerprofile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

class AuthProvider;
class HttpExchange;
struct HttpAnswer;
class TriggerEngine;

// How Orchestrator stops a job (StopJobs): SoftStop asks the process to stop at its next "Should
// Stop" check (the job goes Stopping, then Stopped); Kill ends the robot's process (Terminating,
// then Stopped).
enum class StopStrategy
{
    SoftStop,
    Kill,
};

// Requests to Orchestrator's API for one profile's folder, one at a time: the profile's token,
// the folder named by the key in the trigger URL (X-UIPATH-FolderKey) or by the profile's numeric
// folder id when it gives one, the profile's certificate trust and proxy. A 429 is waited out as
// its Retry-After asks, a few times (the list call is rate limited on the real service).
class OrchestratorApi : public QObject
{
    Q_OBJECT

public:
    // 429s waited out in a row before giving up, each at most kMaxRetryAfterSeconds.
    static constexpr int kMaxRateLimited = 3;
    static constexpr int kMaxRetryAfterSeconds = 60;

    using Then = std::function<void(const HttpAnswer &)>;
    using Fail = std::function<void(const QString &error)>;

    // Asks through the engine's network managers for the profile's route.
    OrchestratorApi(TriggerEngine *engine, AuthProvider *auth, const TriggerProfile &profile,
                    QObject *parent = nullptr);
    ~OrchestratorApi() override;

    // Loads the profile's certificate trust and works out its route; false with a message for a
    // person when the folder cannot be named or the trust cannot be read.
    bool prepare(QString *error);
    // An OData entity or action of the profile's Orchestrator ("Jobs(42)"), with query items.
    QUrl odataUrl(const QString &entity, const QList<QPair<QString, QString>> &query = {}) const;
    // A GET: `then` gets a complete 2xx answer; `fail` a message for a person otherwise.
    void get(const QUrl &url, Then then, Fail fail);
    // Asks Orchestrator to stop the job (sent once: no automatic repeat but after a 429). `done`
    // gets an empty error when Orchestrator took the request.
    void stopJob(qint64 jobId, StopStrategy strategy, Fail done);

private:
    void send(const QUrl &url, const QByteArray &postBody, Then then, Fail fail);

    QPointer<TriggerEngine> m_engine;
    QPointer<AuthProvider> m_auth;
    TriggerProfile m_profile;
    std::shared_ptr<const TlsPolicy> m_tls;
    NetworkRoute m_route; // the profile's trust and proxy, worked out by prepare()
    int m_rateLimited = 0;
    Scheduler m_scheduler;
    std::function<void()> m_retry; // the request a 429 asked to wait for
    Alarm m_retryAlarm;
    QPointer<HttpExchange> m_exchange;
};

// The strategy's name on the wire and for a person ("SoftStop", "Kill").
QString stopStrategyName(StopStrategy strategy);

} // namespace td
