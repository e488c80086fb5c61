#include "triggerengine.h"

#include "enginelog.h"
#include "jobrun.h"
#include "networkthreads.h"
#include "tlspolicy.h"

#include <QNetworkAccessManager>
#include <QUuid>

namespace td {

namespace {

// Qt opens at most this many HTTP/1.1 connections per host and manager, and queues the rest.
constexpr int kConnectionsPerManager = 6;

} // namespace

TriggerEngine::TriggerEngine(QObject *parent, ManagerFactory factory)
    : QObject(parent)
    , m_factory(factory ? std::move(factory) : [](QObject *owner) { return new QNetworkAccessManager(owner); })
{
    network({}); // the system's trust and proxy: made now, as a test's factory expects
    waitForNetworkThreadsAtExit();
}

TriggerEngine::~TriggerEngine()
{
    // Runs are children and die with the engine; they must not call back into a half-destroyed one.
    const QList<JobRun *> children = runs();
    for (JobRun *run : children)
        run->detachFromEngine();
}

void TriggerEngine::setLongPollSlotsPerOrigin(int count)
{
    m_slotsPerOrigin = qMax(1, count);
}

QList<JobRun *> TriggerEngine::runs() const
{
    return findChildren<JobRun *>(QString(), Qt::FindDirectChildrenOnly);
}

JobRun *TriggerEngine::start(const TriggerProfile &profile, const QJsonObject &arguments, AuthProvider *auth)
{
    JobRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.profile = profile;
    record.profile.presets.clear();
    record.arguments = arguments;
    // A fresh one for every launch, a re-run included: it names this job and no other.
    if (!profile.correlationArgument.isEmpty())
        record.arguments.insert(profile.correlationArgument, QUuid::createUuid().toString(QUuid::WithoutBraces));
    record.mode = profile.mode;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.transitions.append({JobState::Queued, record.createdAt, {}, -1});
    JobRun *run = adopt(new JobRun(this, record, auth));
    QMetaObject::invokeMethod(run, &JobRun::begin, Qt::QueuedConnection);
    return run;
}

JobRun *TriggerEngine::resume(const JobRecord &record, AuthProvider *auth)
{
    // Not finished from the moment it is returned, so callers can wait for it to end.
    JobRecord resumed = record;
    resumed.state = JobState::Queued;
    resumed.transitions.append(
        {JobState::Queued, QDateTime::currentDateTimeUtc(), Phrase::translate("td::TriggerEngine", "Resuming"), -1});
    JobRun *run = adopt(new JobRun(this, resumed, auth));
    QMetaObject::invokeMethod(run, &JobRun::beginResume, Qt::QueuedConnection);
    return run;
}

JobRun *TriggerEngine::adopt(JobRun *run)
{
    emit runStarted(run);
    return run;
}

NetworkRoute TriggerEngine::routeFor(const TriggerProfile &profile, const QString &trustKey) const
{
    ProxySetting setting;
    QString error;
    if (!ProxySetting::parse(profile.proxy, &setting, &error))
        setting = {}; // refused before any request (TriggerProfile::validate)
    return {trustKey, ProxyRouting(setting.over(m_proxy))};
}

QNetworkAccessManager *TriggerEngine::newManager(const NetworkRoute &route)
{
    QNetworkAccessManager *manager = m_factory(this);
    manager->setProxyFactory(route.proxy.newFactory());
    return manager;
}

TriggerEngine::Network &TriggerEngine::network(const NetworkRoute &route)
{
    Network &network = m_networks[route.key()];
    if (!network.shortManager)
        network.shortManager = newManager(route);
    return network;
}

QNetworkAccessManager *TriggerEngine::shortManager(const NetworkRoute &route)
{
    return network(route).shortManager;
}

QNetworkAccessManager *TriggerEngine::identityManager(const TlsTrust &trust, QNetworkAccessManager *fallback)
{
    QString error;
    const auto tls = TlsPolicy::load(trust, &error);
    if (!tls || tls->key().isEmpty())
        return fallback;
    return shortManager({tls->key(), ProxyRouting(m_proxy)});
}

QNetworkAccessManager *TriggerEngine::acquireSlot(JobRun *run, const QString &origin, const NetworkRoute &route)
{
    const QString pool = route.key() + QLatin1Char(' ') + origin;
    QList<int> &use = m_useByOrigin[pool];
    int inUse = 0;
    for (int n : use)
        inUse += n;
    if (inUse >= m_slotsPerOrigin) {
        m_waiting[pool].enqueue(run);
        qCDebug(lcEngine).noquote() << run->id().left(8) << "waits for a long-poll slot of" << origin << "("
                                    << m_slotsPerOrigin << "in use," << m_waiting[pool].size() << "waiting)";
        return nullptr;
    }
    int index = 0;
    while (index < use.size() && use.at(index) >= kConnectionsPerManager)
        ++index;
    QList<QNetworkAccessManager *> &managers = network(route).longPollManagers;
    while (managers.size() <= index)
        managers.append(newManager(route));
    while (use.size() <= index)
        use.append(0);
    ++use[index];
    m_holders.insert(run, {route, origin, index});
    return managers.at(index);
}

void TriggerEngine::releaseSlot(JobRun *run)
{
    const auto it = m_holders.constFind(run);
    if (it == m_holders.constEnd())
        return;
    const SlotHolder holder = it.value();
    m_holders.erase(it);
    const QString pool = holder.route.key() + QLatin1Char(' ') + holder.origin;
    --m_useByOrigin[pool][holder.managerIndex];
    // Hand the freed slot to the first run still waiting for this origin.
    const auto queue = m_waiting.find(pool);
    if (queue == m_waiting.end())
        return;
    QPointer<JobRun> waiting;
    while (!queue->isEmpty() && !waiting) {
        waiting = queue->dequeue();
        if (waiting && waiting->isFinished())
            waiting = nullptr;
    }
    if (queue->isEmpty())
        m_waiting.erase(queue);
    if (!waiting)
        return;
    QNetworkAccessManager *manager = acquireSlot(waiting, holder.origin, holder.route);
    // Granted on the next turn: a run stopped meanwhile hands the slot on (JobRun::slotGranted).
    QMetaObject::invokeMethod(
        waiting, [waiting, manager] { waiting->slotGranted(manager); }, Qt::QueuedConnection);
}

} // namespace td
