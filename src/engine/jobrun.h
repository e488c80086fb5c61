#pragma once

#include "httpanswer.h"
#include "jobpolicy.h"
#include "jobrecord.h"
#include "scheduler.h"

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
class JobRun : public QObject
{
    Q_OBJECT

public:
    ~JobRun() override;

    const JobRecord &record() const { return m_record; }
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

signals:
    void stateChanged(td::JobState state);
    // A hop was added, or the last one counted again (identical exchanges in a row).
    void hopRecorded(int index);
    // Anything else shown changed: poll count, the last status body, the status URI.
    void progressed();
    void finished();

private:
    friend class TriggerEngine;
    friend class Flow;

    // What a request is for: it decides the network manager, the token and the body limit.
    enum class Purpose
    {
        Trigger,
        Status,   // async polling: a short GET of the status URI
        LongPoll, // long polling: a blocking GET of the status URI
        Output,
        Orchestrator, // its Jobs API (/odata), in the job's folder
    };

    JobRun(TriggerEngine *engine, const JobRecord &record, AuthProvider *auth);

    void begin();
    void beginResume();
    void slotGranted(QNetworkAccessManager *manager);
    void startFlow(std::unique_ptr<Flow> flow);

    // --- what flows ask for (through Flow's protected helpers) ---------------------------------
    // Sends a request now, or after delayMs; it replaces any request scheduled before.
    void send(Purpose purpose, const QUrl &url, qint64 delayMs = 0);
    // A failed safe GET: repeated once at once after a 401 with a token that may be refreshed;
    // repeated after a backoff when worth it; else the job is Unknown.
    void retryOrGiveUp(const HttpAnswer &answer, const QString &why);
    enum class Retry
    {
        Counted,    // a failure: spends the retry budget
        Confirming, // asking again to confirm a job error: waits, spends nothing
    };
    // Repeats the last request after a backoff; a counted retry beyond the budget gives up.
    void retry(const HttpAnswer &answer, const QString &why, Retry kind = Retry::Counted);
    // Counts a failure and repeats the last request after a backoff (Retry-After first) while
    // fewer than `budget` were counted: the wait in ms, or -1 when the budget is spent.
    qint64 retryWithin(int budget, const HttpAnswer &answer);
    // Repeats the last request after the backoff of retry number `attempt`, or the server's
    // Retry-After if longer; returns the wait.
    qint64 resend(const HttpAnswer &answer, int attempt);
    RetryPolicy retryPolicy() const;
    void giveUp(const HttpAnswer &answer, const QString &why);
    void resetFailures();
    void setState(JobState state, const QString &detail = QString());
    void finish(JobState state, const QString &error = QString());
    // A long poll holds a connection: the deadline runs (and a slot is held) while it does.
    void setLongPolling(bool on);
    // The trigger call became a long poll without a slot: follow it once one is free.
    void waitForLongPollSlot();
    // After a 401: drops the token and sends the same request once more when a fresh token may
    // differ (OAuth); false when that was done already or cannot help.
    bool repeatAfter401();

    void sendNow();
    void sendWithToken(const QByteArray &token);
    void onAnswer(const HttpAnswer &answer);
    void onDeadline();
    void onWatchLimit();
    void recordHop(const Hop &hop);
    QNetworkAccessManager *managerFor(Purpose purpose) const;
    // Drops the request in flight; with a reason, it is recorded as a hop cut short.
    void abortExchange(const QString &why = QString());

    QPointer<TriggerEngine> m_engine;
    AuthProvider *m_auth = nullptr;
    JobRecord m_record;
    std::unique_ptr<Flow> m_flow;
    QPointer<HttpExchange> m_exchange;
    QNetworkAccessManager *m_longPollManager = nullptr;
    Purpose m_purpose = Purpose::Trigger;
    QUrl m_url;
    quint64 m_sendSerial = 0; // a token that arrives for an older send is dropped
    int m_failures = 0;
    int m_refusedInARow = 0; // requests turned away unprocessed in a row (HTTP/2 GOAWAY)
    bool m_retriedAfter401 = false;
    Alarm m_sendAlarm;
    Alarm m_deadlineAlarm;
    Alarm m_watchLimitAlarm;
};

} // namespace td
