#include "triggerengine.h"

#include "enginelog.h"
#include "jobrun.h"

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
    , m_shortManager(m_factory(this))
{}

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
    record.mode = profile.mode;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.transitions.append({JobState::Queued, record.createdAt, QString(), -1});
    JobRun *run = adopt(new JobRun(this, record, auth));
    QMetaObject::invokeMethod(run, &JobRun::begin, Qt::QueuedConnection);
    return run;
}

JobRun *TriggerEngine::resume(const JobRecord &record, AuthProvider *auth)
{
    // Not finished from the moment it is returned, so callers can wait for it to end.
    JobRecord resumed = record;
    resumed.state = JobState::Queued;
    resumed.transitions.append({JobState::Queued, QDateTime::currentDateTimeUtc(), tr("Resuming"), -1});
    JobRun *run = adopt(new JobRun(this, resumed, auth));
    QMetaObject::invokeMethod(run, &JobRun::beginResume, Qt::QueuedConnection);
    return run;
}

JobRun *TriggerEngine::adopt(JobRun *run)
{
    emit runStarted(run);
    return run;
}

QNetworkAccessManager *TriggerEngine::acquireSlot(JobRun *run, const QString &origin)
{
    QList<int> &use = m_useByOrigin[origin];
    int inUse = 0;
    for (int n : use)
        inUse += n;
    if (inUse >= m_slotsPerOrigin) {
        m_waiting[origin].enqueue(run);
        qCDebug(lcEngine).noquote() << run->id().left(8) << "waits for a long-poll slot of" << origin << "("
                                    << m_slotsPerOrigin << "in use," << m_waiting[origin].size() << "waiting)";
        return nullptr;
    }
    int index = 0;
    while (index < use.size() && use.at(index) >= kConnectionsPerManager)
        ++index;
    while (m_longPollManagers.size() <= index)
        m_longPollManagers.append(m_factory(this));
    while (use.size() <= index)
        use.append(0);
    ++use[index];
    m_holders.insert(run, {origin, index});
    return m_longPollManagers.at(index);
}

void TriggerEngine::releaseSlot(JobRun *run)
{
    const auto it = m_holders.constFind(run);
    if (it == m_holders.constEnd())
        return;
    const SlotHolder holder = it.value();
    m_holders.erase(it);
    --m_useByOrigin[holder.origin][holder.managerIndex];
    // Hand the freed slot to the first run still waiting for this origin.
    const auto queue = m_waiting.find(holder.origin);
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
    QNetworkAccessManager *manager = acquireSlot(waiting, holder.origin);
    // Granted on the next turn: a run stopped meanwhile hands the slot on (JobRun::slotGranted).
    QMetaObject::invokeMethod(
        waiting, [waiting, manager] { waiting->slotGranted(manager); }, Qt::QueuedConnection);
}

} // namespace td
