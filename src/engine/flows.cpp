#include "flows.h"

#include "argumentencoding.h"
#include "httpmessages.h"
#include "triggerprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace td {

namespace {

QString mayBeRunning()
{
    return QCoreApplication::translate("td::JobRun",
                                       "The job may be running: check it in Orchestrator before launching again.");
}

QJsonValue parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// How long to wait before the next long-poll hop: none after a held request, the rest of the
// floor after one that came back at once.
qint64 pacing(qint64 hopMs)
{
    return qMax<qint64>(0, policy::kLongPollFloorMs - hopMs);
}

} // namespace

// --- Flow ------------------------------------------------------------------------------------

std::optional<QUrl> Flow::follow(const HttpAnswer &answer)
{
    if (answer.location.isEmpty()) {
        m_host.finish(JobState::Unknown,
                      QCoreApplication::translate(
                          "td::JobRun", "The server answered %1 without a Location header, so the job cannot be "
                                        "followed.")
                              .arg(answer.status) +
                          QLatin1Char('\n') + mayBeRunning());
        return std::nullopt;
    }
    const policy::RedirectTarget target = policy::resolveRedirect(answer.url, answer.location);
    if (!target.url.isValid()) {
        m_host.finish(JobState::Unknown, target.problem + QLatin1Char('\n') + mayBeRunning());
        return std::nullopt;
    }
    return target.url;
}

void Flow::setResult(const HttpAnswer &answer)
{
    m_host.setOutput(answer.body, parseJsonBody(answer.body));
}

void Flow::setServerError(const HttpAnswer &answer)
{
    const ServerError server = parseServerError(answer.body);
    m_host.setServerError(server.message, server.code);
}

void Flow::finishFaulted(const HttpAnswer &answer)
{
    setResult(answer);
    setServerError(answer);
    m_host.finish(
        JobState::Faulted,
        withServerWords(QCoreApplication::translate("td::JobRun", "The job faulted (its result came with HTTP %1).")
                            .arg(answer.status),
                        parseServerError(answer.body)));
}

void Flow::judgeResult(const HttpAnswer &answer, const QString &lostWhy)
{
    if (answer.isSuccess() && answer.complete()) {
        setResult(answer);
        m_host.finish(JobState::Successful);
        return;
    }
    if (answer.tooLarge) {
        // Reading on would only be as large again: keep the start, say where the rest is.
        m_host.setOutput(answer.body.left(64 * 1024), QJsonValue::Undefined);
        m_host.finish(JobState::Unknown,
                      describeAnswerProblem(answer) + QLatin1Char('\n') +
                          QCoreApplication::translate("td::JobRun",
                                                      "The job has finished; see its whole result in Orchestrator."));
        return;
    }
    if (policy::isJobError(answer)) {
        const bool again = m_jobErrorSeen && policy::sameJobError(*m_jobErrorSeen, answer);
        // A different error than the one waiting to be confirmed is no stable answer: that costs
        // a retry of the budget. Confirming the same one does not.
        const bool changed = m_jobErrorSeen && !again;
        m_jobErrorSightings = again ? m_jobErrorSightings + 1 : 1;
        m_jobErrorSeen = answer;
        if (m_jobErrorSightings >= policy::sightingsToBelieve(answer)) {
            finishFaulted(answer);
            return;
        }
        // The server answered, and consistently: the hiccups before this sighting are behind us,
        // as after a good status poll. Each confirming sighting brings the end nearer, so this
        // cannot go on for ever; alternating errors still spend the budget.
        if (!changed)
            m_host.resetFailures();
        // Believed only when it comes again: a server hiccup can look like a job's error.
        m_host.retry(answer, lostWhy, changed ? FlowHost::Retry::Counted : FlowHost::Retry::Confirming);
        return;
    }
    if (!policy::worthRetrying(answer))
        forgetJobError(); // a definite answer that is neither a result nor a job error
    // A hiccup between two sightings of a job error leaves the first one standing.
    m_host.retryOrGiveUp(answer, lostWhy);
}

// --- TriggerFlow -----------------------------------------------------------------------------

void TriggerFlow::start()
{
    m_host.setState(JobState::Triggering);
    const CallMode mode = record().profile.mode;
    if (mode == CallMode::LongPolling || mode == CallMode::TriggerDefault)
        m_host.setLongPolling(true); // the deadline counts from the trigger call
    QUrl url = record().profile.invokeUrl;
    if (!encoding::methodHasBody(record().profile.method))
        url = encoding::urlWithQuery(url, record().arguments, record().profile.mode);
    m_host.send(Purpose::Trigger, url);
}

void TriggerFlow::onAnswer(const HttpAnswer &answer)
{
    const CallMode requested = record().profile.mode;
    const TriggerProfile &profile = record().profile;
    if (policy::triggerMayBeRepeated(answer) && callAgain(answer))
        return;
    // A refused token proves no job exists: a cached OAuth token may have been revoked, so it is
    // dropped and the call goes once more with a fresh one.
    if (answer.status == 401 && m_host.repeatAfter401())
        return;
    if (answer.status == 0) {
        // Never sent again by us: once the request may have reached the server, a job may exist.
        const QString message = describeAnswerProblem(answer);
        if (answer.requestSent)
            m_host.finish(JobState::Unknown, message + QLatin1Char('\n') + mayBeRunning());
        else
            m_host.finish(JobState::Failed, afterAllCalls(message));
        return;
    }
    // Fire and forget may say "Accepted" without a status URI: nothing to follow, as with a 200.
    const bool acceptedOnly = requested == CallMode::FireAndForget && answer.location.isEmpty();
    if (answer.status == 202 && !acceptedOnly) {
        const std::optional<QUrl> statusUri = follow(answer);
        if (!statusUri)
            return;
        m_host.setMode(CallMode::AsyncRequestReply);
        m_host.setStatusUri(*statusUri);
        m_host.handOver(std::make_unique<AsyncPollFlow>(m_host, false));
        return;
    }
    if (answer.isRedirect()) {
        const std::optional<QUrl> statusUri = follow(answer);
        if (!statusUri)
            return;
        m_host.setMode(CallMode::LongPolling);
        m_host.setStatusUri(*statusUri);
        // An async or fire-and-forget call that the server turned into a long poll holds no slot
        // yet: it waits for one, as every long poll does, so it never blocks the short requests.
        if (!m_host.holdsLongPollSlot()) {
            m_host.waitForLongPollSlot();
            return;
        }
        m_host.handOver(std::make_unique<LongPollFlow>(m_host, false, answer.elapsedMs));
        return;
    }
    if (answer.isSuccess()) {
        // Fire and forget answers 200 once the job exists, and nothing more: the status line says it.
        const bool emptyAnswer = answer.complete() && answer.body.trimmed().isEmpty();
        if (requested == CallMode::FireAndForget || (requested == CallMode::TriggerDefault && emptyAnswer) ||
            (requested == CallMode::AsyncRequestReply && emptyAnswer)) {
            m_host.setMode(CallMode::FireAndForget);
            m_host.finish(JobState::Started);
            return;
        }
        onResultAnswer(answer);
        return;
    }
    setServerError(answer);
    const ServerError server{record().serverMessage, record().serverErrorCode};
    if (answer.status < 500) {
        m_host.finish(JobState::Failed,
                      afterAllCalls(describeHttpStatus(answer.status, profile.method, answer.url, server)));
        return;
    }
    // A long poll can answer with the job's own error at once. Any other 5xx leaves the job's
    // existence open (the known 502): Unknown, never re-sent by us. In "trigger default" mode the
    // mode is not known yet, so a 500 there proves no more than anywhere else.
    if (answer.status == 500 && requested == CallMode::LongPolling && policy::isJobError(answer)) {
        onResultAnswer(answer);
        return;
    }
    m_host.finish(JobState::Unknown, describeHttpStatus(answer.status, profile.method, answer.url, server) +
                                         QLatin1Char('\n') + mayBeRunning());
}

bool TriggerFlow::callAgain(const HttpAnswer &answer)
{
    const int budget = qMin(policy::kTriggerRetries, m_host.retryPolicy().maxRetries);
    const qint64 waitMs = m_host.retryWithin(budget, answer);
    if (waitMs < 0)
        return false;
    const QString why = answer.status == 429
                            ? QCoreApplication::translate("td::JobRun", "The server is rate limiting (429)")
                            : QCoreApplication::translate("td::JobRun", "The connection was refused");
    const QString at = QDateTime::currentDateTime().addMSecs(waitMs).toString(QStringLiteral("HH:mm:ss"));
    m_host.setState(
        JobState::Triggering,
        QCoreApplication::translate("td::JobRun", "%1, so no job was created: calling again at %2 (retry %3 of %4)")
            .arg(why, at)
            .arg(m_host.failures())
            .arg(budget));
    return true;
}

QString TriggerFlow::afterAllCalls(const QString &message) const
{
    const int calls = m_host.failures() + 1;
    if (calls == 1)
        return message;
    return message + QLatin1Char('\n') +
           QCoreApplication::translate("td::JobRun", "None of the %1 calls created a job.").arg(calls);
}

void TriggerFlow::onResultAnswer(const HttpAnswer &answer)
{
    // A long poll that ended within its first hold: the answer is the job's result. It cannot be
    // asked again (the trigger call is never repeated), so it is believed as it is, when whole.
    m_host.setMode(CallMode::LongPolling);
    if (!answer.complete()) {
        m_host.finish(JobState::Unknown, describeAnswerProblem(answer) + QLatin1Char('\n') + mayBeRunning());
        return;
    }
    setResult(answer);
    if (answer.isSuccess()) {
        m_host.finish(JobState::Successful);
        return;
    }
    finishFaulted(answer);
}

// --- AsyncPollFlow ---------------------------------------------------------------------------

void AsyncPollFlow::start()
{
    m_host.setLongPolling(false);
    running(m_resumed ? QCoreApplication::translate("td::JobRun", "Watching again")
                      : QCoreApplication::translate("td::JobRun", "Accepted; polling the status URI"));
    const int interval = qMax(policy::kMinimumIntervalMs, record().profile.pollIntervalMs);
    m_host.send(Purpose::Status, record().statusUri, m_resumed ? 0 : interval);
}

void AsyncPollFlow::onAnswer(const HttpAnswer &answer)
{
    if (m_readingOutput)
        onOutput(answer);
    else
        onStatus(answer);
}

void AsyncPollFlow::onStatus(const HttpAnswer &answer)
{
    if (answer.isRedirect()) {
        // Done: the Location names the output. Unless it names the status URI itself (a front end
        // ending a hold, or putting the URL in its canonical form): then the job is not done, and
        // the answer there is a status, never the output.
        const std::optional<QUrl> output = follow(answer);
        if (!output)
            return;
        m_host.countPoll();
        m_host.resetFailures();
        if (isStatusUri(*output)) {
            backToStatus();
            return;
        }
        m_readingOutput = true;
        m_host.send(Purpose::Output, *output);
        return;
    }
    const bool stillRunning = (answer.status == 200 || answer.status == 202) && (answer.complete() || answer.tooLarge);
    if (!stillRunning) {
        m_host.retryOrGiveUp(answer, QCoreApplication::translate("td::JobRun", "Lost track of the job's status."));
        return;
    }
    m_host.resetFailures();
    m_loopsToStatus = 0;
    m_host.countPoll();
    m_host.setLastStatus(answer.tooLarge ? QJsonValue::Undefined : parseJsonBody(answer.body));
    const policy::RetryAfter retryAfter = policy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
    const qint64 interval = retryAfter.ms >= 0 ? retryAfter.ms : record().profile.pollIntervalMs;
    m_host.send(Purpose::Status, record().statusUri, qMax<qint64>(policy::kMinimumIntervalMs, interval));
}

bool AsyncPollFlow::isStatusUri(const QUrl &url) const
{
    const auto normal = QUrl::NormalizePathSegments | QUrl::StripTrailingSlash;
    return url.adjusted(normal) == record().statusUri.adjusted(normal);
}

void AsyncPollFlow::backToStatus()
{
    // A status URI that only ever leads back to itself has no result to give: bounded like the
    // output's own redirects, and counted until the status answers as a status again.
    if (++m_loopsToStatus > policy::kMaxResultRedirects) {
        m_host.finish(JobState::Unknown,
                      QCoreApplication::translate(
                          "td::JobRun", "The status URI kept redirecting (%1 times), so the job's result could "
                                        "not be read. Resume watching later, or see the job in Orchestrator.")
                          .arg(m_loopsToStatus - 1));
        return;
    }
    m_readingOutput = false;
    m_outputRedirects = 0;
    m_host.send(Purpose::Status, record().statusUri, qMax(policy::kMinimumIntervalMs, record().profile.pollIntervalMs));
}

void AsyncPollFlow::onOutput(const HttpAnswer &answer)
{
    if (answer.isRedirect()) {
        // Output URIs may move once or twice; one that keeps moving has no result to give, and one
        // that leads back to the status URI means the job is not done after all.
        const std::optional<QUrl> next = follow(answer);
        if (!next)
            return;
        if (isStatusUri(*next)) {
            backToStatus();
            return;
        }
        if (++m_outputRedirects > policy::kMaxResultRedirects) {
            m_host.finish(JobState::Unknown,
                          QCoreApplication::translate(
                              "td::JobRun", "The output URI kept redirecting (%1 times), so the job's result could "
                                            "not be read. Resume watching later, or see the job in Orchestrator.")
                              .arg(m_outputRedirects - 1));
            return;
        }
        m_host.send(Purpose::Output, *next, policy::kMinimumIntervalMs);
        return;
    }
    judgeResult(answer, QCoreApplication::translate("td::JobRun", "Could not read the job's result."));
}

// --- LongPollFlow ----------------------------------------------------------------------------

void LongPollFlow::start()
{
    m_host.setLongPolling(true);
    running(m_resumed ? QCoreApplication::translate("td::JobRun", "Watching again")
                      : QCoreApplication::translate("td::JobRun", "The job is running; following the long poll"));
    m_host.send(Purpose::LongPoll, record().statusUri, m_resumed ? 0 : pacing(m_firstHopMs));
}

void LongPollFlow::onAnswer(const HttpAnswer &answer)
{
    if (answer.isRedirect()) {
        // The loop: the blocking status URI redirects (to itself) until the result comes.
        const std::optional<QUrl> next = follow(answer);
        if (!next)
            return;
        m_host.countPoll();
        m_host.resetFailures();
        forgetJobError();
        m_host.setStatusUri(*next);
        m_host.showProgress();
        m_host.send(Purpose::LongPoll, *next, pacing(answer.elapsedMs));
        return;
    }
    judgeResult(answer, QCoreApplication::translate("td::JobRun", "Lost track of the long poll."));
}

// --- OrchestratorWatchFlow ------------------------------------------------------------------

QUrl OrchestratorWatchFlow::jobUrl()
{
    QUrl url = orchestratorUrlFor(record().profile.invokeUrl);
    url.setPath(url.path() + QStringLiteral("/odata/Jobs(%1)").arg(record().orchestratorJobId));
    return url;
}

void OrchestratorWatchFlow::start()
{
    m_host.setLongPolling(false);
    running(
        QCoreApplication::translate("td::JobRun", "Watching job %1 in Orchestrator").arg(record().orchestratorJobId));
    m_host.send(Purpose::Orchestrator, jobUrl());
}

void OrchestratorWatchFlow::onAnswer(const HttpAnswer &answer)
{
    const QJsonObject job = QJsonDocument::fromJson(answer.body).object();
    const QString state = job.value(QStringLiteral("State")).toString();
    if (!answer.isSuccess() || !answer.complete() || state.isEmpty()) {
        m_host.retryOrGiveUp(answer,
                             QCoreApplication::translate("td::JobRun", "Lost track of the job in Orchestrator."));
        return;
    }
    m_host.resetFailures();
    m_host.countPoll();
    m_host.setLastStatus(job);
    const QString info = job.value(QStringLiteral("Info")).toString();
    if (state == QLatin1String("Successful")) {
        // OutputArguments is JSON in a string, as Orchestrator keeps it.
        const QByteArray output = job.value(QStringLiteral("OutputArguments")).toString().toUtf8();
        m_host.setOutput(output, parseJsonBody(output));
        m_host.finish(JobState::Successful);
    } else if (state == QLatin1String("Faulted") || state == QLatin1String("Stopped")) {
        m_host.setServerError(info, 0);
        m_host.setOutput(answer.body, QJsonValue::Undefined);
        m_host.finish(
            JobState::Faulted,
            withServerWords(state == QLatin1String("Stopped")
                                ? QCoreApplication::translate("td::JobRun", "The job was stopped in Orchestrator.")
                                : QCoreApplication::translate("td::JobRun", "The job faulted in Orchestrator."),
                            {info, 0}));
    } else {
        // Pending, Running, Stopping, Terminating, Suspended, Resumed: not over yet.
        m_host.send(Purpose::Orchestrator, jobUrl(), qMax(policy::kMinimumIntervalMs, record().profile.pollIntervalMs));
    }
}

} // namespace td
