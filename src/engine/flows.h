#pragma once

// The rules of each call mode (docs/protocol.md), one small flow each. A flow decides what an answer
// means and what to request next; its JobRun sends, waits, counts retries and keeps the record.

#include "httpanswer.h"
#include "jobrun.h"

#include <optional>

namespace td {

class Flow
{
public:
    explicit Flow(JobRun &run) : m_run(run) {}
    virtual ~Flow() = default;
    Flow(const Flow &) = delete;
    Flow &operator=(const Flow &) = delete;

    virtual void start() = 0;
    virtual void onAnswer(const HttpAnswer &answer) = 0;

protected:
    using Purpose = JobRun::Purpose;

    JobRecord &record() { return m_run.m_record; }
    void send(Purpose purpose, const QUrl &url, qint64 delayMs = 0) { m_run.send(purpose, url, delayMs); }
    void retryOrGiveUp(const HttpAnswer &answer, const QString &why) { m_run.retryOrGiveUp(answer, why); }
    void running(const QString &detail) { m_run.setState(JobState::Running, detail); }
    void finish(JobState state, const QString &error = QString()) { m_run.finish(state, error); }
    void progressed() { emit m_run.progressed(); }
    void handOver(std::unique_ptr<Flow> next) { m_run.startFlow(std::move(next)); }
    void setLongPolling(bool on) { m_run.setLongPolling(on); }
    bool holdsLongPollSlot() const { return m_run.m_longPollManager != nullptr; }
    void waitForLongPollSlot() { m_run.waitForLongPollSlot(); }
    bool repeatAfter401() { return m_run.repeatAfter401(); }
    void resetFailures() { m_run.resetFailures(); }
    qint64 retryWithin(int budget, const HttpAnswer &answer) { return m_run.retryWithin(budget, answer); }
    int failures() const { return m_run.m_failures; }
    RetryPolicy retryPolicy() const { return m_run.retryPolicy(); }
    void setState(JobState state, const QString &detail = QString()) { m_run.setState(state, detail); }

    // Follows a Location, or ends the job Unknown when it cannot be followed.
    std::optional<QUrl> follow(const HttpAnswer &answer);
    // The status URI is known: show it, and keep it for resuming.
    void setStatusUri(const QUrl &uri);
    // An answer at a result URI (an output GET, a long-poll hop) that is not a redirect:
    // Successful when complete, Faulted when the same job error came again (policy::
    // sightingsToBelieve), else repeated
    // within the budget and then Unknown.
    void judgeResult(const HttpAnswer &answer, const QString &lostWhy);
    // A redirect (the job not done yet) voids a job error that was waiting to be seen again.
    void forgetJobError()
    {
        m_jobErrorSeen.reset();
        m_jobErrorSightings = 0;
    }
    void setResult(const HttpAnswer &answer);
    // The answer is the job's own error: keep it, and end Faulted with the server's words.
    void finishFaulted(const HttpAnswer &answer);
    void setServerError(const HttpAnswer &answer);

    JobRun &m_run;

private:
    std::optional<HttpAnswer> m_jobErrorSeen; // a job error waiting to be seen again
    int m_jobErrorSightings = 0;
};

// The trigger call, whatever the mode: what its answer says about the job, and which flow
// watches it from there.
class TriggerFlow final : public Flow
{
public:
    using Flow::Flow;
    void start() override;
    void onAnswer(const HttpAnswer &answer) override;

private:
    void onResultAnswer(const HttpAnswer &answer);
    // Sends the call again when no job can exist and the small budget allows; false otherwise.
    bool callAgain(const HttpAnswer &answer);
    // A refusal's message, with how many calls it took when there was more than one.
    QString afterAllCalls(const QString &message) const;
};

// Async polling: GET the status URI every interval until a redirect names the output, then GET
// the output (following its own redirects a few times at most).
class AsyncPollFlow final : public Flow
{
public:
    AsyncPollFlow(JobRun &run, bool resumed) : Flow(run), m_resumed(resumed) {}
    void start() override;
    void onAnswer(const HttpAnswer &answer) override;

private:
    void onStatus(const HttpAnswer &answer);
    void onOutput(const HttpAnswer &answer);
    bool isStatusUri(const QUrl &url) const;
    // A redirect led back to the status URI: the job is not done; poll it again.
    void backToStatus();

    bool m_resumed = false;
    bool m_readingOutput = false;
    int m_outputRedirects = 0;
    int m_loopsToStatus = 0; // redirects back to the status URI since it last answered as a status
};

// Long polling: GET the blocking status URI, which answers with the result or redirects (to
// itself) when its hold ends. The deadline ends the loop, never a redirect count; hops that come
// back at once are paced, so a proxy answering 303 immediately cannot make the client spin.
class LongPollFlow final : public Flow
{
public:
    LongPollFlow(JobRun &run, bool resumed, qint64 firstHopMs = policy::kLongPollFloorMs)
        : Flow(run), m_resumed(resumed), m_firstHopMs(firstHopMs)
    {}
    void start() override;
    void onAnswer(const HttpAnswer &answer) override;

private:
    bool m_resumed = false;
    qint64 m_firstHopMs;
};

// A job found in Orchestrator ("Check in Orchestrator"): GET /odata/Jobs(id) in its folder every
// poll interval until the job's state there is final.
class OrchestratorWatchFlow final : public Flow
{
public:
    using Flow::Flow;
    void start() override;
    void onAnswer(const HttpAnswer &answer) override;

private:
    QUrl jobUrl();
};

} // namespace td
