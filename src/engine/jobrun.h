#pragma once

#include "jobrecord.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace td {

class AuthProvider;
class TriggerEngine;

// One job: a small state machine for its call mode, driven only by reply and timer signals.
class JobRun : public QObject
{
    Q_OBJECT

public:
    ~JobRun() override;

    const JobRecord &record() const { return m_record; }
    QString id() const { return m_record.id; }
    JobState state() const { return m_record.state; }
    bool isFinished() const { return isTerminal(m_record.state); }
    // No request in flight and no timer pending: true once a run has finished.
    bool isIdle() const { return !m_reply && !m_stepTimer.isActive() && !m_deadlineTimer.isActive(); }

    // Stops watching: aborts the request in flight and every timer. The job may still run on
    // the server; the run ends Cancelled and can be resumed from its status URI.
    void cancel();

signals:
    void stateChanged(td::JobState state);
    void hopRecorded(int index);
    // Anything else shown changed: poll count, the last status body, the status URI.
    void progressed();
    void finished();

private:
    friend class TriggerEngine;

    enum class Step
    {
        Trigger,
        Poll,     // async polling: a short GET of the status URI
        LongPoll, // long polling: a blocking GET of the status URI
        Output,
    };

    struct Answer
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QByteArray location;
        QByteArray retryAfter;
        bool timedOut = false;
    };

    JobRun(TriggerEngine *engine, const JobRecord &record, AuthProvider *auth);

    void begin();
    void beginResume();
    void slotGranted(QNetworkAccessManager *manager);
    void sendTrigger();
    void request(Step step, const QUrl &url);
    void send(Step step, const QUrl &url, const QByteArray &token);
    void onReplyFinished();
    Answer readAnswer(QNetworkReply *reply) const;
    // cutShort: why we aborted the request ourselves (the hop then has no answer).
    void recordHop(const QNetworkReply *reply, const Answer &answer, bool tokenSent,
                   const QString &cutShort = QString());

    void handleTrigger(const Answer &answer);
    void handlePoll(const Answer &answer);
    void handleResult(const Answer &answer); // output GET and long-poll hops
    void followToStatus(const QUrl &statusUri);
    bool resolveLocation(const Answer &answer, QUrl *next);
    void retryOrGiveUp(const Answer &answer, const QString &why);
    void schedule(Step step, const QUrl &url, int delayMs);
    void onDeadline();

    bool shouldSendToken(const QUrl &url) const;
    QNetworkAccessManager *managerFor(Step step) const;
    void setState(JobState state, const QString &detail = QString());
    void finish(JobState state, const QString &error = QString());
    void finishFaulted(int status);
    void setServerError(const Answer &answer);
    void setResult(const Answer &answer);
    // Drops the request in flight; with a reason, it is recorded as a hop cut short.
    void abortReply(const QString &why = QString());

    QPointer<TriggerEngine> m_engine;
    AuthProvider *m_auth = nullptr;
    JobRecord m_record;
    QPointer<QNetworkReply> m_reply;
    QNetworkAccessManager *m_longPollManager = nullptr;
    Step m_step = Step::Trigger;
    QUrl m_stepUrl;
    bool m_tokenSent = false;
    bool m_abortedByUs = false;
    bool m_handshakeDone = false;
    bool m_retriedAfter401 = false;
    int m_failures = 0;
    QElapsedTimer m_hopClock;
    QDateTime m_hopStartedAt;
    QTimer m_stepTimer;
    QTimer m_deadlineTimer;
};

} // namespace td
