#pragma once

#include "flowhost.h"
#include "jobpolicy.h"
#include "proxyrouting.h"
#include "scheduler.h"
#include "tlspolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace td {

class AuthProvider;
class Flow;
class HttpExchange;
class TriggerEngine;

// One job. The rules of its call mode live in a Flow (flows.h); the run carries out what the
// flow asks: one HTTP exchange at a time, waits (alarms on the engine's scheduler), the retry
// budget, the deadline, the record. Driven only by replies and alarms. Once it has ended, it
// ignores every later event.
class JobRun : public QObject, private FlowHost
{
    Q_OBJECT

public:
    ~JobRun() override;

    const JobRecord &record() const override { return m_record; }
    QString id() const { return m_record.id; }
    JobState state() const { return m_record.state; }
    bool isFinished() const { return isTerminal(m_record.state); }
    AuthProvider *authProvider() const { return m_auth; }
    // No request in flight and no timer pending: true once a run has finished.
    bool isIdle() const;
    // The request in flight now (its method, URL and start; status 0), for the timeline.
    bool inFlight(Hop *hop) const;
    // When the next request goes (a poll, a retry after its backoff or Retry-After); invalid when
    // none is waiting.
    QDateTime nextRequestAt() const;

    // Stops watching: aborts the request in flight and every timer. The job may still run on
    // the server; the run ends Cancelled and can be resumed from its status URI.
    void cancel();
    // Launched by the profile's probe schedule (before it begins): said in the record.
    void markAsProbe() { m_record.probe = true; }

signals:
    void stateChanged(td::JobState state);
    // A hop was added, or the last one counted again (identical exchanges in a row).
    void hopRecorded(int index);
    // Anything else shown changed: poll count, the last status body, the status URI.
    void progressed();
    void finished();

public:
    // --- called by the engine that owns the run --------------------------------------------------
    void begin();
    void beginResume();
    // A long-poll slot came free for this run (queued on the run by the engine).
    void slotGranted(QNetworkAccessManager *manager);
    // The engine is going away: the run must not call back into it.
    void detachFromEngine();

private:
    friend class TriggerEngine; // constructs runs (JobRun *TriggerEngine::start/resume)

    JobRun(TriggerEngine *engine, const JobRecord &record, AuthProvider *auth);

    void startFlow(std::unique_ptr<Flow> flow);
    FlowHost &host() { return *this; }

    // --- FlowHost: what the flow of the call mode asks for ----------------------------------------
    void setMode(CallMode mode) override { m_record.mode = mode; }
    void setStatusUri(const QUrl &uri) override;
    void setOutput(const QByteArray &raw, const QJsonValue &parsed) override;
    void setServerError(const QString &message, int code) override;
    void countPoll() override;
    void setLastStatus(const QJsonValue &status) override;
    void send(Purpose purpose, const QUrl &url, qint64 delayMs = 0) override;
    void retryOrGiveUp(const HttpAnswer &answer, const Phrase &why) override;
    void retry(const HttpAnswer &answer, const Phrase &why, Retry kind) override;
    qint64 retryWithin(int budget, const HttpAnswer &answer) override;
    int failures() const override { return m_failures; }
    void resetFailures() override;
    RetryPolicy retryPolicy() const override;
    bool repeatAfter401() override;
    void setState(JobState state, const Phrase &detail = {}) override;
    void finish(JobState state, const Phrase &error = {}) override;
    void handOver(std::unique_ptr<Flow> next) override;
    void setLongPolling(bool on) override;
    bool holdsLongPollSlot() const override { return m_longPollManager != nullptr; }
    void waitForLongPollSlot() override;
    void showProgress() override { emit progressed(); }

    // Repeats the last request after the backoff of retry number `attempt`, or the server's
    // Retry-After if longer; returns the wait.
    qint64 resend(const HttpAnswer &answer, int attempt);
    void giveUp(const HttpAnswer &answer, const Phrase &why);
    void sendNow();
    void sendWithToken(const QByteArray &token);
    void onAnswer(const HttpAnswer &answer);
    void onDeadline();
    void onWatchLimit();
    void recordHop(const Hop &hop);
    QNetworkAccessManager *managerFor(Purpose purpose) const;
    // Reads the profile's certificate trust (its CA file) and works out its route (trust and
    // proxy); false, with why in *problems, when the CA file cannot be read.
    bool prepareNetwork(QStringList *problems);
    // Drops the request in flight; with a reason, it is recorded as a hop cut short.
    void abortExchange(const Phrase &why = {});

    QPointer<TriggerEngine> m_engine;
    AuthProvider *m_auth = nullptr;
    JobRecord m_record;
    std::unique_ptr<Flow> m_flow;
    QPointer<HttpExchange> m_exchange;
    // The exchange that answered last, kept until the next one answers (or the job ends): never
    // deleted inside its own signal, and without a deferred deletion (an event) for each request.
    std::unique_ptr<HttpExchange> m_answered;
    QNetworkAccessManager *m_longPollManager = nullptr;
    std::shared_ptr<const TlsPolicy> m_tls;
    NetworkRoute m_route;
    Purpose m_purpose = Purpose::Trigger;
    // Where the requests go, and what follows from the URL alone, worked out when it changes: a
    // job polls one status URI many times.
    struct Target
    {
        QUrl url;
        policy::TokenDecision tokenDecision = policy::TokenDecision::Send;
        QString shownUrl; // redactedUrl(url), as the timeline shows it
    };
    Target m_target;
    quint64 m_sendSerial = 0; // a token that arrives for an older send is dropped
    int m_failures = 0;
    int m_refusedInARow = 0; // requests turned away unprocessed in a row (HTTP/2 GOAWAY)
    bool m_retriedAfter401 = false;
    Alarm m_sendAlarm;
    Alarm m_deadlineAlarm;
    Alarm m_watchLimitAlarm;
};

} // namespace td
