#pragma once

#include "authprovider.h"
#include "jobpolicy.h"
#include "jobrecord.h"
#include "proxyrouting.h"
#include "requestgate.h"
#include "scheduler.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

class QNetworkAccessManager;

namespace td {

class JobRun;

// Starts and owns job runs. Short requests (trigger calls of async and fire-and-forget jobs,
// status polls, output GETs) share one network manager that long polls never occupy; long polls
// draw on a bounded pool of connection slots per origin, so a launch never waits behind them.
class TriggerEngine : public QObject
{
    Q_OBJECT

public:
    using ManagerFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

    // The factory makes every network manager the engine uses (tests inject fakes through it).
    explicit TriggerEngine(QObject *parent = nullptr, ManagerFactory factory = {});
    ~TriggerEngine() override;

    // A new job for the profile with these arguments. It starts on the next event-loop turn, so
    // connect to its signals first. The auth provider must outlive the run; null sends no token.
    JobRun *start(const TriggerProfile &profile, const QJsonObject &arguments, AuthProvider *auth);
    // Watches an existing job again from its status URI (Unknown, TimedOut, Cancelled, or one
    // interrupted by a restart). The record keeps its id, transitions and hops.
    JobRun *resume(const JobRecord &record, AuthProvider *auth);

    // Connections per origin that long polls may hold at once; jobs beyond it wait as Queued.
    // The default lets a burst of 50 long polls run at once (each manager adds six connections and
    // one network thread: 9 of them at 50) while a launch never waits (docs/design.md "Connection budget").
    static constexpr int kDefaultLongPollSlotsPerOrigin = 50;
    void setLongPollSlotsPerOrigin(int count);
    int longPollSlotsPerOrigin() const { return m_slotsPerOrigin; }
    // How long any job is watched, whatever its mode: a job stuck Pending in Orchestrator must not
    // be polled for ever. After it, the job ends TimedOut and can be resumed.
    static constexpr int kDefaultWatchLimitSeconds = 24 * 3600;
    void setWatchLimitSeconds(int seconds) { m_watchLimitSeconds = qMax(1, seconds); }
    int watchLimitSeconds() const { return m_watchLimitSeconds; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // The most of one answer a job reads (decoded); a larger result is cut there and reported.
    void setResponseBodyLimit(qint64 bytes) { m_responseBodyLimit = qMax<qint64>(1024, bytes); }
    qint64 responseBodyLimit() const { return m_responseBodyLimit; }
    static constexpr qint64 kDefaultResponseBodyLimit = 10 * 1024 * 1024;

    QList<JobRun *> runs() const;

    // --- for the runs it owns ----------------------------------------------------------------------
    // The proxy of jobs whose profile defers to the application's (ProxySetting::Kind::Application);
    // the system's by default. Jobs started before a change keep theirs.
    void setProxy(const ProxySetting &setting) { m_proxy = setting; }
    ProxySetting proxy() const { return m_proxy; }
    // The route of a profile's requests: its certificate trust and its proxy, or this engine's.
    NetworkRoute routeFor(const TriggerProfile &profile, const QString &trustKey) const;

    // The managers of one route (certificate trust and proxy): Qt shares connections among all
    // requests of a manager whatever their TLS configuration, and a manager has one proxy
    // factory, so each route has its own.
    QNetworkAccessManager *shortManager(const NetworkRoute &route = {});
    // The manager for an identity server's token requests under a credential's certificate
    // trust, through the application's proxy: fallback when the credential trusts only the
    // system's authorities (or its trust cannot be read: its first token request says why).
    QNetworkAccessManager *identityManager(const TlsTrust &trust, QNetworkAccessManager *fallback);
    // Every run's waits (next poll, retry, deadline, inactivity) share its one timer.
    Scheduler *scheduler() { return &m_scheduler; }
    // Where every run's requests wait for their turn per manager and origin (RequestGate).
    std::weak_ptr<RequestGate> requestGate() const { return m_requestGate; }
    const RequestGate &requestGateState() const { return *m_requestGate; }
    // Grants a long-poll connection now (returns its manager) or queues the run and calls
    // JobRun::slotGranted later. Returns null when queued. Runs of another certificate trust
    // have a pool of their own.
    QNetworkAccessManager *acquireSlot(JobRun *run, const QString &origin, const NetworkRoute &route);
    // Frees the run's slot, if it holds one, for the first live run waiting for that origin.
    void releaseSlot(JobRun *run);

signals:
    void runStarted(td::JobRun *run);

private:
    JobRun *adopt(JobRun *run);

    struct Network
    {
        QNetworkAccessManager *shortManager = nullptr;
        QList<QNetworkAccessManager *> longPollManagers;
    };
    struct SlotHolder
    {
        NetworkRoute route;
        QString origin;
        int managerIndex = -1;
    };

    Network &network(const NetworkRoute &route);
    QNetworkAccessManager *newManager(const NetworkRoute &route);

    Scheduler m_scheduler;
    // Shared with the exchanges, which outlive the engine's members (they are its children's).
    std::shared_ptr<RequestGate> m_requestGate = std::make_shared<RequestGate>();
    ManagerFactory m_factory;
    QHash<QString, Network> m_networks; // by route key
    // route key + origin -> connections in use per long-poll manager of that route
    QHash<QString, QList<int>> m_useByOrigin;
    QHash<JobRun *, SlotHolder> m_holders;
    // Runs waiting for a slot, per route key + origin, in order. A run that ended or died while it
    // waited is skipped when its turn comes, so neither a release nor an end scans the queue.
    QHash<QString, QQueue<QPointer<JobRun>>> m_waiting;
    int m_slotsPerOrigin = kDefaultLongPollSlotsPerOrigin;
    int m_watchLimitSeconds = kDefaultWatchLimitSeconds;
    RetryPolicy m_retryPolicy;
    qint64 m_responseBodyLimit = kDefaultResponseBodyLimit;
    ProxySetting m_proxy{ProxySetting::Kind::System, {}};
};

} // namespace td
