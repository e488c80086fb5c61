#pragma once

// What a call mode's flow (flows.h) may ask of the run that carries it out: read the job's
// record, change the few fields a call mode decides, send a request, wait, retry, end. JobRun
// implements it; nothing else of the run is in a flow's reach.

#include "httpanswer.h"
#include "jobpolicy.h"
#include "jobrecord.h"

#include <QJsonValue>
#include <QUrl>

#include <memory>

namespace td {

class Flow;

class FlowHost
{
public:
    // What a request is for: it decides the network manager, the token and the body limit.
    enum class Purpose
    {
        Trigger,
        Status,   // async polling: a short GET of the status URI
        LongPoll, // long polling: a blocking GET of the status URI
        Output,
        Orchestrator, // its Jobs API (/odata), in the job's folder
    };
    enum class Retry
    {
        Counted,    // a failure: spends the retry budget
        Confirming, // asking again to confirm a job error: waits, spends nothing
    };

    virtual const JobRecord &record() const = 0;

    // --- the record's fields a call mode decides ----------------------------------------------
    virtual void setMode(CallMode mode) = 0;
    // The status URI is known: shown, and kept for resuming.
    virtual void setStatusUri(const QUrl &uri) = 0;
    virtual void setOutput(const QByteArray &raw, const QJsonValue &parsed) = 0;
    virtual void setServerError(const QString &message, int code) = 0;
    // One more answer from the status URI; with a body, the last status shown.
    virtual void countPoll() = 0;
    virtual void setLastStatus(const QJsonValue &status) = 0;

    // --- requests and waits --------------------------------------------------------------------
    // Sends a request now, or after delayMs; it replaces any request scheduled before.
    virtual void send(Purpose purpose, const QUrl &url, qint64 delayMs = 0) = 0;
    // A failed safe GET: repeated once at once after a 401 with a token that may be refreshed,
    // after a backoff when worth it; else the job is Unknown.
    virtual void retryOrGiveUp(const HttpAnswer &answer, const Phrase &why) = 0;
    // Repeats the last request after a backoff; a counted retry beyond the budget gives up.
    virtual void retry(const HttpAnswer &answer, const Phrase &why, Retry kind) = 0;
    // Counts a failure and repeats the last request after a backoff (Retry-After first) while
    // fewer than `budget` were counted: the wait in ms, or -1 when the budget is spent.
    virtual qint64 retryWithin(int budget, const HttpAnswer &answer) = 0;
    virtual int failures() const = 0;
    virtual void resetFailures() = 0;
    virtual RetryPolicy retryPolicy() const = 0;
    // After a 401: drops the token and sends the same request once more when a fresh token may
    // differ (OAuth); false when that was done already or cannot help.
    virtual bool repeatAfter401() = 0;

    // --- the job's course ------------------------------------------------------------------------
    virtual void setState(JobState state, const Phrase &detail = {}) = 0;
    virtual void finish(JobState state, const Phrase &error = {}) = 0;
    // The next flow takes over (the current one is destroyed: return right after).
    virtual void handOver(std::unique_ptr<Flow> next) = 0;
    // A long poll holds a connection: the deadline runs (and a slot is held) while it does.
    virtual void setLongPolling(bool on) = 0;
    virtual bool holdsLongPollSlot() const = 0;
    // The trigger call became a long poll without a slot: follow it once one is free.
    virtual void waitForLongPollSlot() = 0;
    // Anything else shown changed.
    virtual void showProgress() = 0;

protected:
    ~FlowHost() = default;
};

} // namespace td
