// The job table: jobs created by trigger calls, their states over time, and their URIs.

#include "simulatorprivate.h"

#include <QUuid>

namespace td::sim {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return QStringLiteral("Pending");
    case JobState::Running:
        return QStringLiteral("Running");
    case JobState::Successful:
        return QStringLiteral("Successful");
    case JobState::Faulted:
        return QStringLiteral("Faulted");
    case JobState::Stopping:
        return QStringLiteral("Stopping");
    case JobState::Terminating:
        return QStringLiteral("Terminating");
    case JobState::Stopped:
        return QStringLiteral("Stopped");
    }
    return QString();
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString OrchestratorSimulatorPrivate::newUriToken(qint64 jobId, UriKind kind)
{
    QString value = randomHex(16);
    while (uris.contains(value))
        value = randomHex(16);
    uris.insert(value, {jobId, kind});
    return value;
}

qint64 OrchestratorSimulatorPrivate::createJob(const TriggerDefinition &t, const QJsonObject &args, CallMode mode)
{
    Job job;
    job.id = nextJobId++;
    job.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.slug = t.slug;
    job.folderKey = t.folderKey;
    job.mode = mode;
    job.input = args;
    job.output = t.output ? *t.output : QJsonValue(QJsonObject{{QStringLiteral("echo"), args}});
    job.faults = t.faults;
    job.faultMessage = t.faultMessage;
    job.faultErrorCode = t.faultErrorCode;
    job.created = QDateTime::currentDateTimeUtc();
    job.outputToken = newUriToken(job.id, UriKind::Output);
    if (mode == CallMode::AsyncRequestReply)
        job.statusToken = newUriToken(job.id, UriKind::Status);
    else if (mode == CallMode::LongPolling)
        job.blockingToken = newUriToken(job.id, UriKind::BlockingStatus);
    job.durationMs = t.durationMs;
    const qint64 id = job.id;
    jobs.insert(id, job);
    if (robots > 0 && busyRobots >= robots)
        waitingForRobot.enqueue(id); // Pending until a robot is free, as on a busy tenant
    else
        startOnRobot(id);
    Q_EMIT q->jobCreated(id);
    return id;
}

void OrchestratorSimulatorPrivate::startOnRobot(qint64 id)
{
    Job &job = jobs[id];
    job.holdsRobot = true;
    ++busyRobots;
    // Its duration counts from now: a job that waited for a robot runs as long as any other.
    const int pendingMs = qMin(100, job.durationMs / 10);
    QTimer::singleShot(pendingMs, Qt::PreciseTimer, q, [this, id] {
        auto it = jobs.find(id);
        if (it != jobs.end() && it->state == JobState::Pending) {
            it->state = JobState::Running;
            it->started = QDateTime::currentDateTimeUtc();
        }
    });
    QTimer::singleShot(job.durationMs, Qt::PreciseTimer, q, [this, id] { finishJob(id); });
}

void OrchestratorSimulatorPrivate::releaseRobot(Job &job)
{
    if (!job.holdsRobot)
        return;
    job.holdsRobot = false;
    --busyRobots;
    while (!waitingForRobot.isEmpty() && (robots <= 0 || busyRobots < robots)) {
        const qint64 next = waitingForRobot.dequeue();
        const auto it = jobs.constFind(next);
        if (it != jobs.constEnd() && it->state == JobState::Pending)
            startOnRobot(next);
    }
}

void OrchestratorSimulatorPrivate::finishJob(qint64 id)
{
    auto it = jobs.find(id);
    if (it == jobs.end() || it->done() || it->stopping())
        return;
    it->ended = QDateTime::currentDateTimeUtc();
    if (!it->started.isValid())
        it->started = it->ended;
    it->state = it->faults ? JobState::Faulted : JobState::Successful;
    releaseRobot(*it);
    Q_EMIT q->jobFinished(id);
    answerHeldFor(id);
}

void OrchestratorSimulatorPrivate::stopJob(qint64 id, bool kill)
{
    auto it = jobs.find(id);
    if (it == jobs.end() || it->done() || it->stopping())
        return;
    it->state = kill ? JobState::Terminating : JobState::Stopping;
    // A soft stop waits for the workflow's next safe point; a kill ends the process at once.
    QTimer::singleShot(kill ? 300 : 600, Qt::PreciseTimer, q, [this, id] {
        auto job = jobs.find(id);
        if (job == jobs.end() || !job->stopping())
            return;
        job->state = JobState::Stopped;
        job->ended = QDateTime::currentDateTimeUtc();
        if (!job->started.isValid())
            job->started = job->ended;
        releaseRobot(*job);
        Q_EMIT q->jobFinished(id);
        answerHeldFor(id);
    });
}

QJsonObject OrchestratorSimulatorPrivate::jobJson(const Job &job) const
{
    QJsonValue outputArguments = QJsonValue::Null;
    if (job.state == JobState::Successful)
        outputArguments = QString::fromUtf8(jsonBytes(job.output));
    QString info;
    if (job.state == JobState::Faulted)
        info = job.faultMessage;
    else if (job.state == JobState::Stopped)
        info = QStringLiteral("Job stopped");
    else if (job.state == JobState::Successful)
        info = QStringLiteral("Job completed");
    // A faulted job's structured error, as UiPath's TypeScript SDK models the job (jobError: code,
    // title, detail, category, status, timestamp; errorCode beside it). The values are this
    // simulator's own.
    QJsonValue jobError = QJsonValue::Null;
    QJsonValue errorCode = QJsonValue::Null;
    if (job.state == JobState::Faulted) {
        errorCode = job.faultErrorCode != 0 ? QJsonValue(QString::number(job.faultErrorCode)) : QJsonValue::Null;
        jobError = QJsonObject{
            {QStringLiteral("Code"), errorCode},          {QStringLiteral("Title"), QStringLiteral("The job faulted")},
            {QStringLiteral("Detail"), job.faultMessage}, {QStringLiteral("Category"), QStringLiteral("User")},
            {QStringLiteral("Status"), QJsonValue::Null}, {QStringLiteral("Timestamp"), isoOrNull(job.ended)}};
    }
    return QJsonObject{
        {QStringLiteral("Id"), job.id},
        {QStringLiteral("Key"), job.key},
        {QStringLiteral("State"), jobStateName(job.state)},
        {QStringLiteral("ReleaseName"), job.slug},
        {QStringLiteral("Source"), QStringLiteral("ApiTrigger")},
        {QStringLiteral("FolderKey"), job.folderKey},
        {QStringLiteral("OrganizationUnitId"), folderIdFor(job.folderKey)},
        {QStringLiteral("CallMode"), callModeName(job.mode)},
        {QStringLiteral("InputArguments"), QString::fromUtf8(jsonBytes(job.input))},
        {QStringLiteral("OutputArguments"), outputArguments},
        {QStringLiteral("Info"), info},
        {QStringLiteral("CreationTime"), isoOrNull(job.created)},
        {QStringLiteral("StartTime"), isoOrNull(job.started)},
        {QStringLiteral("EndTime"), isoOrNull(job.ended)},
        {QStringLiteral("JobError"), jobError},
        {QStringLiteral("ErrorCode"), errorCode},
    };
}

} // namespace td::sim
