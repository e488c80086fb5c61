#pragma once

// The rules of each call mode (docs/protocol.md), one small flow each, each in its own source file
// (triggerflow.cpp, asyncpollflow.cpp, longpollflow.cpp, orchestratorwatchflow.cpp; what they share
// in flows.cpp). A flow decides what an answer means and what to request next; its host (FlowHost:
// the JobRun) sends, waits, counts retries and keeps the record.

#include "flowhost.h"
#include "httpanswer.h"

#include <optional>

namespace td {

class Flow
{
public:
    explicit Flow(FlowHost &host) : m_host(host) {}
    virtual ~Flow() = default;
    Flow(const Flow &) = delete;
    Flow &operator=(const Flow &) = delete;

    virtual void start() = 0;
    virtual void onAnswer(const HttpAnswer &answer) = 0;

protected:
    using Purpose = FlowHost::Purpose;

    const JobRecord &record() const { return m_host.record(); }
    static Phrase mayBeRunning();
    // The body as JSON (object or array), undefined when it is not JSON.
    static QJsonValue parseJsonBody(const QByteArray &body);
    void running(const Phrase &detail) { m_host.setState(JobState::Running, detail); }

    // Follows a Location, or ends the job Unknown when it cannot be followed.
    std::optional<QUrl> follow(const HttpAnswer &answer);
    // An answer at a result URI (an output GET, a long-poll hop) that is not a redirect:
    // Successful when complete, Faulted when the same job error came again (policy::
    // sightingsToBelieve), else repeated within the budget and then Unknown.
    void judgeResult(const HttpAnswer &answer, const Phrase &lostWhy);
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

    FlowHost &m_host;

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
    Phrase afterAllCalls(const Phrase &message) const;
};

// Async polling: GET the status URI every interval until a redirect names the output, then GET
// the output (following its own redirects a few times at most).
class AsyncPollFlow final : public Flow
{
public:
    AsyncPollFlow(FlowHost &host, bool resumed) : Flow(host), m_resumed(resumed) {}
    void start() override;
    void onAnswer(const HttpAnswer &answer) override;

private:
    void onStatus(const HttpAnswer &answer);
    void onOutput(const HttpAnswer &answer);
    bool isStatusUri(const QUrl &url) const;
    // The wait before the next status poll: the profile's interval, or the adaptive schedule's.
    qint64 nextPollMs() const;
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
    LongPollFlow(FlowHost &host, bool resumed, qint64 firstHopMs = policy::kLongPollFloorMs)
        : Flow(host), m_resumed(resumed), m_firstHopMs(firstHopMs)
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
