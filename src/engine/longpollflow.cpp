// Long polling: the blocking status URI, redirecting to itself until the result comes.

#include "flows.h"

namespace td {

namespace {

// How long to wait before the next long-poll hop: none after a held request, the rest of the
// floor after one that came back at once.
qint64 pacing(qint64 hopMs)
{
    return qMax<qint64>(0, policy::kLongPollFloorMs - hopMs);
}

} // namespace

void LongPollFlow::start()
{
    m_host.setLongPolling(true);
    running(m_resumed ? Phrase::translate("td::JobRun", "Watching again")
                      : Phrase::translate("td::JobRun", "The job is running; following the long poll"));
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
    judgeResult(answer, Phrase::translate("td::JobRun", "Lost track of the long poll."));
}

} // namespace td
