#pragma once

#include "jobrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace td {

class JobRun;

// The job table: one row per job, over the engine's runs (or plain records from history).
// Rows only ever change through dataChanged on the cells that changed, batched per event-loop
// turn; the model is never reset, so selection, sorting and scrolling survive a busy table.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProfileColumn,
        ModeColumn,
        StateColumn,
        StartedColumn,
        DurationColumn,
        PollsColumn,
        HopsColumn,
        HttpStatusColumn,
        JobIdColumn, // Orchestrator's job id when known, else the start of ours: tells burst copies apart
        SummaryColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (times, numbers)
        JobIdRole,
        StateRole,  // int(JobState)
        SearchRole, // what the filter searches: the shown texts, the server's message and code, the error
    };

    explicit JobTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the run as a new row, or, when a row with its id exists (resume), follows the new run
    // in that row.
    void addRun(JobRun *run);
    // A job known only from history, without a live run.
    void addRecord(const JobRecord &record);
    // Many of them in one insertion (the history of earlier sessions); ids already shown are skipped.
    void addRecords(const QList<JobRecord> &records);
    // Drops finished jobs' rows.
    void removeFinished();

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    JobRun *runAt(int row) const;
    JobRecord recordAt(int row) const;
    QString idAt(int row) const;

    int runningCount() const;
    int finishedCount() const;
    // Finished rows shown; beyond it the oldest leave the table (the history keeps them).
    void setFinishedLimit(int count);

    // Refreshes the duration of every running job; the ticker calls it once a second (public for
    // the benchmark).
    void tick();

    // How long a job has run, or ran: "12 s", "3 min 04 s".
    static QString formatDuration(qint64 ms);

    // Where durations are measured to (tests pass a fake clock); the current UTC time by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // Whether the job runs longer than its profile expects (TriggerProfile::expectedDurationSeconds).
    bool isOverdue(const QString &id) const { return m_overdue.contains(id); }

signals:
    // Running or finished counts may have changed (status bar).
    void countsChanged();
    // A watched run reached a terminal state.
    void jobFinished(td::JobRun *run);
    // Rows were removed by removeFinished(), a person's choice: the jobs with these ids leave the
    // history too (rows over the finished limit leave the table only).
    void jobsRemoved(const QStringList &ids);
    // A running job passed its profile's expected duration (once per job, on the next tick).
    void jobOverdue(const td::JobRecord &record);

private:
    enum Dirty : unsigned
    {
        DirtyState = 1u << 0, // state, mode, summary, duration
        DirtyHops = 1u << 1,  // hops, last HTTP status
        DirtyProgress = 1u << 2,
    };

    struct Row
    {
        QPointer<JobRun> run;
        JobRecord snapshot;   // the record when there is no run (history), or after it is gone
        bool running = false; // counted in m_runningCount
    };

    static const QList<int> &columnsFor(unsigned dirty);
    const JobRecord &recordRef(int row) const;
    void follow(int row, JobRun *run);
    // Keeps m_runningCount in step with the row's state: counts are read on every update, so they
    // are kept, never recounted over all rows.
    void recount(int row);
    void markDirty(JobRun *run, unsigned what);
    void flush();
    void updateTicker();
    void emitColumnRanges(const QList<int> &rows, int firstColumn, int lastColumn);

    QList<Row> m_rows;
    int m_finishedLimit = 1000;

    enum class Removal
    {
        ShownOnly,   // over the limit: the history keeps them
        FromHistory, // a person removed them
    };
    void removeOldestFinished(int count, Removal removal);
    QHash<QString, int> m_rowById;
    QHash<int, unsigned> m_dirty;
    int m_runningCount = 0;
    QTimer m_flushTimer;
    QTimer m_ticker;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QSet<QString> m_overdue; // ids of running jobs past their expected duration
};

} // namespace td
