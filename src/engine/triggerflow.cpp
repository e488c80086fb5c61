// The trigger call, whatever the mode: what its answer proves about the job (docs/protocol.md,
// section 5), and which flow watches it from there.

#include "flows.h"

#include "argumentencoding.h"
#include "httpmessages.h"
#include "triggerprofile.h"

#include <QCoreApplication>

namespace td {

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
        const Phrase message = describeAnswerProblem(answer);
        if (answer.requestSent)
            m_host.finish(JobState::Unknown, Phrase::lines({message, mayBeRunning()}));
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
    m_host.finish(
        JobState::Unknown,
        Phrase::lines({describeHttpStatus(answer.status, profile.method, answer.url, server), mayBeRunning()}));
}

bool TriggerFlow::callAgain(const HttpAnswer &answer)
{
    const int budget = qMin(policy::kTriggerRetries, m_host.retryPolicy().maxRetries);
    const qint64 waitMs = m_host.retryWithin(budget, answer);
    if (waitMs < 0)
        return false;
    const Phrase why = answer.status == 429 ? Phrase::translate("td::JobRun", "The server is rate limiting (429)")
                                            : Phrase::translate("td::JobRun", "The connection was refused");
    const QString at = QDateTime::currentDateTime().addMSecs(waitMs).toString(QStringLiteral("HH:mm:ss"));
    m_host.setState(JobState::Triggering,
                    Phrase::translate("td::JobRun", "%1, so no job was created: calling again at %2 (retry %3 of %4)")
                        .arg(why)
                        .arg(at)
                        .arg(m_host.failures())
                        .arg(budget));
    return true;
}

Phrase TriggerFlow::afterAllCalls(const Phrase &message) const
{
    const int calls = m_host.failures() + 1;
    if (calls == 1)
        return message;
    return Phrase::lines({message, Phrase::translate("td::JobRun", "None of the %1 calls created a job.").arg(calls)});
}

void TriggerFlow::onResultAnswer(const HttpAnswer &answer)
{
    // A long poll that ended within its first hold: the answer is the job's result. It cannot be
    // asked again (the trigger call is never repeated), so it is believed as it is, when whole.
    m_host.setMode(CallMode::LongPolling);
    if (!answer.complete()) {
        m_host.finish(JobState::Unknown, Phrase::lines({describeAnswerProblem(answer), mayBeRunning()}));
        return;
    }
    setResult(answer);
    if (answer.isSuccess()) {
        m_host.finish(JobState::Successful);
        return;
    }
    finishFaulted(answer);
}

} // namespace td
