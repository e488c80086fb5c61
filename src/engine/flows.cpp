// The part every call mode shares: following a Location, judging an answer at a result URI.

#include "flows.h"

#include "httpmessages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td {

Phrase Flow::mayBeRunning()
{
    return Phrase::translate("td::JobRun", "The job may be running: check it in Orchestrator before launching again.");
}

QJsonValue Flow::parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

std::optional<QUrl> Flow::follow(const HttpAnswer &answer)
{
    if (answer.location.isEmpty()) {
        m_host.finish(
            JobState::Unknown,
            Phrase::lines({Phrase::translate("td::JobRun",
                                             "The server answered %1 without a Location header, so the job cannot be "
                                             "followed.")
                               .arg(answer.status),
                           mayBeRunning()}));
        return std::nullopt;
    }
    const policy::RedirectTarget target = policy::resolveRedirect(answer.url, answer.location);
    if (!target.url.isValid()) {
        m_host.finish(JobState::Unknown, Phrase::lines({target.problem, mayBeRunning()}));
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
        withServerWords(
            Phrase::translate("td::JobRun", "The job faulted (its result came with HTTP %1).").arg(answer.status),
            parseServerError(answer.body)));
}

void Flow::judgeResult(const HttpAnswer &answer, const Phrase &lostWhy)
{
    if (answer.isSuccess() && answer.complete()) {
        setResult(answer);
        m_host.finish(JobState::Successful);
        return;
    }
    if (answer.tooLarge) {
        // Reading on would only be as large again: keep the start, say where the rest is.
        m_host.setOutput(answer.body.left(64 * 1024), QJsonValue::Undefined);
        m_host.finish(
            JobState::Unknown,
            Phrase::lines(
                {describeAnswerProblem(answer),
                 Phrase::translate("td::JobRun", "The job has finished; see its whole result in Orchestrator.")}));
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

} // namespace td
