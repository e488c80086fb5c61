// Async polling: the status URI until a redirect names the output, then the output.

#include "flows.h"

namespace td {

void AsyncPollFlow::start()
{
    m_host.setLongPolling(false);
    running(m_resumed ? Phrase::translate("td::JobRun", "Watching again")
                      : Phrase::translate("td::JobRun", "Accepted; polling the status URI"));
    m_host.send(Purpose::Status, record().statusUri, m_resumed ? 0 : nextPollMs());
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
        m_host.retryOrGiveUp(answer, Phrase::translate("td::JobRun", "Lost track of the job's status."));
        return;
    }
    m_host.resetFailures();
    m_loopsToStatus = 0;
    m_host.countPoll();
    m_host.setLastStatus(answer.tooLarge ? QJsonValue::Undefined : parseJsonBody(answer.body));
    const policy::RetryAfter retryAfter = policy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
    const qint64 interval = retryAfter.ms >= 0 ? retryAfter.ms : nextPollMs();
    m_host.send(Purpose::Status, record().statusUri, qMax<qint64>(policy::kMinimumIntervalMs, interval));
}

qint64 AsyncPollFlow::nextPollMs() const
{
    return policy::pollIntervalMs(record().profile, record().createdAt.msecsTo(QDateTime::currentDateTimeUtc()));
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
                      Phrase::translate("td::JobRun",
                                        "The status URI kept redirecting (%1 times), so the job's result could "
                                        "not be read. Resume watching later, or see the job in Orchestrator.")
                          .arg(m_loopsToStatus - 1));
        return;
    }
    m_readingOutput = false;
    m_outputRedirects = 0;
    m_host.send(Purpose::Status, record().statusUri, nextPollMs());
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
                          Phrase::translate("td::JobRun",
                                            "The output URI kept redirecting (%1 times), so the job's result could "
                                            "not be read. Resume watching later, or see the job in Orchestrator.")
                              .arg(m_outputRedirects - 1));
            return;
        }
        m_host.send(Purpose::Output, *next, policy::kMinimumIntervalMs);
        return;
    }
    judgeResult(answer, Phrase::translate("td::JobRun", "Could not read the job's result."));
}

} // namespace td
