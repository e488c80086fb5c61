#pragma once

#include "jobrecord.h"
#include "jobstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <optional>

namespace td {

class JobRun;
class TriggerEngine;

// The job history on disk (a JobStore): every job the engine runs is saved as it changes, so the
// jobs of earlier sessions come back on start and the ones that were still running can be
// watched again.
//
// Files are written on a thread of their own, in the order asked: a write with its sync to disk
// costs milliseconds, which the GUI thread never waits for (with 1,000 jobs polling, rounds of
// writes on it stalled the window 25 ms). They are throttled too, so a burst of jobs polling every
// quarter second does not write hundreds of files a second: a change of state (what resuming
// needs) is written within a write interval; a new hop or poll only, at most once per progress
// interval per job; and one round stops after a time budget, leaving the rest, state changes
// first, for the next round. flush() writes everything and waits for it, for when the window
// closes. Only the newest finished records are kept, and none
// older than the age limit.
class JobHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kWriteIntervalMs = 400;
    static constexpr int kProgressIntervalMs = 5000;
    static constexpr int kWriteBudgetMs = 8;

    explicit JobHistory(const QString &directory, QObject *parent = nullptr);
    ~JobHistory() override;

    QString directory() const { return m_store.directory(); }
    static constexpr int kDefaultMaxAgeDays = 90;

    // Finished records kept on disk; the oldest beyond it are deleted.
    void setLimit(int count) { m_limit = qMax(1, count); }
    int limit() const { return m_limit; }
    // Finished records older than this (by when they finished) are deleted when the history loads.
    void setMaxAgeDays(int days) { m_maxAgeDays = qMax(1, days); }
    int maxAgeDays() const { return m_maxAgeDays; }

    // The records of earlier sessions, oldest first, once the oldest finished ones beyond the
    // limit are deleted. Unreadable files are named in *problems and left where they are.
    QList<JobRecord> load(QStringList *problems = nullptr);
    // Saves every run the engine starts from now on (new, re-run or resumed).
    void watch(TriggerEngine *engine);
    // Deletes the records of jobs the user removed from the table.
    void remove(const QStringList &ids);
    // Writes every pending change now: call it before the runs are destroyed.
    void flush();

    // Records written since construction (tests check the throttling with it).
    int writeCount() const { return m_writeCount; }

signals:
    // A record could not be written; said once until writing works again.
    void saveFailed(const QString &message);

private:
    struct Pending
    {
        QPointer<JobRun> run;
        bool stateChanged = false;         // else only hops or polls
        std::optional<JobRecord> finished; // the final record, kept: the run may be freed first
    };

    void track(JobRun *run);
    void markPending(JobRun *run, bool stateChanged);
    void writeDue();
    void write(const JobRecord &record);
    void removeFile(const QString &id);
    // Returns once every write and removal asked so far is done.
    void waitForWriter();
    // What the writer thread says of one write (on the GUI thread).
    void written(bool ok, const QString &error);
    void noteFinished(const QString &id);
    void prune();

    JobStore m_store;
    QThread m_writerThread;
    QObject *m_writer = nullptr; // lives on m_writerThread: what is queued to it runs there, in order
    QMutex m_queueMutex;
    QHash<QString, JobRecord> m_queued; // by job id: the newest record waiting for the writer
    int m_limit = kDefaultLimit;
    int m_maxAgeDays = kDefaultMaxAgeDays;
    QTimer m_writeTimer;
    QElapsedTimer m_clock;
    QHash<QString, Pending> m_pending;  // by job id
    QHash<QString, qint64> m_lastWrite; // by job id, m_clock time, for jobs still running
    QStringList m_finished;             // ids of finished records on disk, oldest first
    QSet<QString> m_finishedIds;
    int m_writeCount = 0;
    bool m_failing = false;
};

} // namespace td
