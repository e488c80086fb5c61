#pragma once

#include "jobdatabase.h"
#include "jobrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace td {

class JobRun;
class TriggerEngine;

// The job history on disk (a JobDatabase in the history folder): every job the engine runs is
// saved as it changes, so the jobs of earlier sessions come back on start, the ones that were
// still running can be watched again, and the health charts and `triggerdesk-cli stats` can ask
// weeks of them questions.
//
// Writes are made on a thread of their own, in the order asked, in one transaction per round: a
// commit synced to disk costs milliseconds, which the GUI thread never waits for. They are
// throttled too, so a burst of jobs polling every quarter second does not write hundreds of
// records a second: a change of state (what resuming needs) is written within a write interval;
// a new hop or poll only, at most once per progress interval per job; and one round stops after a
// time budget, leaving the rest, state changes first, for the next round. A job's end is queued at
// once. flush() writes everything and waits for it, for when the window closes.
//
// When the database cannot be opened (damaged, locked by another process, the SQLite driver
// missing) or a round cannot be written, the records are kept as JSON files in the folder instead,
// and fallbackReason() or saveFailed() says so; they move into the database at the next start
// that opens it. JSON histories of earlier versions move in the same way.
class JobHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultLimit = 100000;
    static constexpr int kDefaultTableLimit = 1000;
    static constexpr int kDefaultMaxAgeDays = 90;
    static constexpr int kWriteIntervalMs = 400;
    static constexpr int kProgressIntervalMs = 5000;
    static constexpr int kWriteBudgetMs = 8;

    explicit JobHistory(const QString &directory, QObject *parent = nullptr);
    ~JobHistory() override;

    QString directory() const { return m_directory; }

    // Ended jobs kept; the oldest beyond it are deleted (in steps of a hundredth of it).
    void setLimit(int count) { m_limit = qMax(1, count); }
    int limit() const { return m_limit; }
    // Ended jobs older than this (by when they ended) are deleted when the history loads.
    void setMaxAgeDays(int days) { m_maxAgeDays = qMax(1, days); }
    int maxAgeDays() const { return m_maxAgeDays; }
    // How many ended jobs load() returns (the newest): the table shows these.
    void setLoadLimit(int count) { m_loadLimit = qMax(1, count); }
    int loadLimit() const { return m_loadLimit; }

    // Opens the history (moving JSON records into the database first) and returns the jobs that
    // had not ended and the newest ended ones, oldest first, once the ended ones beyond the limits
    // are deleted. What cannot be read is named in *problems and left where it is.
    QList<JobRecord> load(QStringList *problems = nullptr);
    // Why this session's jobs are kept as JSON files instead of in the database (it could not be
    // opened), after load(); empty when the database works.
    QString fallbackReason() const { return m_fallbackReason; }
    // The ended jobs in the database launched at or after since (all when invalid), of profile
    // when given, oldest first: what has been written so far (the table has the newest changes).
    QList<JobOutcome> outcomes(const QDateTime &since, const QString &profile = QString()) const;
    // Saves every run the engine starts from now on (new, re-run or resumed).
    void watch(TriggerEngine *engine);
    // Deletes the records of jobs the user removed from the table.
    void remove(const QStringList &ids);
    // Writes every pending change now: call it before the runs are destroyed.
    void flush();

    // Records written since construction (tests check the throttling with it).
    int writeCount() const { return m_writeCount; }

signals:
    // A record could not be written, or was kept as a file; said once until writing works again.
    void saveFailed(const QString &message);

private:
    struct Pending
    {
        QPointer<JobRun> run;
        bool stateChanged = false; // else only hops or polls
    };
    // What the writer thread is asked to do next (under m_queueMutex).
    struct Queue
    {
        QHash<QString, JobRecord> records; // by job id: the newest record of each
        QSet<QString> removals;
        int pruneTo = 0; // when > 0: ended jobs beyond this many are deleted after the writes
        bool drainAsked = false;
    };
    enum class Outcome
    {
        Written,
        KeptAsFiles, // the database failed; the files took them
        Failed,
    };

    void track(JobRun *run);
    void markPending(JobRun *run, bool stateChanged);
    void writeDue();
    void write(const JobRecord &record);
    void askDrain(const std::function<void(Queue &)> &change);
    // Returns once every write and removal asked so far is done.
    void waitForWriter();
    // What the writer thread says of one round (on the GUI thread).
    void written(Outcome outcome, const QString &error, int endedLeft);
    void noteEnded();

    // On the writer thread only.
    void drain();
    bool openDatabase(QString *error);
    bool saveAsFiles(const QList<JobRecord> &records, const QStringList &removals, QString *error);

    QString m_directory;
    QThread m_writerThread;
    QObject *m_writer = nullptr; // lives on m_writerThread: what is queued to it runs there, in order
    QMutex m_queueMutex;
    Queue m_queue;
    int m_limit = kDefaultLimit;
    int m_maxAgeDays = kDefaultMaxAgeDays;
    int m_loadLimit = kDefaultTableLimit;
    QTimer m_writeTimer;
    QElapsedTimer m_clock;
    QHash<QString, Pending> m_pending;  // by job id
    QHash<QString, qint64> m_lastWrite; // by job id, m_clock time, for jobs still running
    int m_ended = 0;                    // ended jobs kept, as the last prune counted them, plus those since
    int m_writeCount = 0;
    bool m_failing = false;
    QString m_fallbackReason;

    // The writer thread's.
    std::unique_ptr<JobDatabase> m_db;
    bool m_openTried = false;
    QString m_openError;
    QSet<QString> m_keptAsFiles; // ids written as files while the database failed
};

} // namespace td
