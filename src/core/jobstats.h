#pragma once

#include "jobrecord.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace td {

// What the health figures need of one job: who launched it, when, how it ended and how long it
// took. The history's database answers with these without reading whole records.
struct JobOutcome
{
    QString id;
    QString profile;
    JobState state = JobState::Queued;
    QDateTime launched;
    QDateTime ended;       // invalid while the job runs
    qint64 durationMs = 0; // jobDuration() at its end (Orchestrator's clock when attached)
    bool probe = false;

    static JobOutcome of(const JobRecord &record);
};

// How a trigger's jobs have ended and how long they took, from the history: what an operator asks
// of it at a glance ("is it slower, does it fail more often?").
struct JobStats
{
    QString profile;
    int jobs = 0;                    // ended jobs counted
    QMap<JobState, int> outcomes;    // how many ended in each state
    QDateTime first;                 // the first counted job's launch
    QDateTime last;                  // the last counted job's launch
    std::vector<qint64> durationsMs; // of the jobs whose end is known (jobRanToAnEnd), sorted

    // The nearest-rank percentile of the durations (the smallest one with at least p % of them at
    // or below it); -1 when there are none.
    qint64 percentileMs(int p) const;
};

// Whether a job's end is known, so its duration says how long the job took: Successful, Faulted
// or Stopped. Failed created no job; Started, Unknown, TimedOut and Cancelled jobs ended out of
// sight.
bool jobRanToAnEnd(JobState state);

// The ended jobs launched at or after since (all when invalid), one JobStats per profile name,
// sorted by name; only profileName's when it is given.
QList<JobStats> jobStats(const QList<JobOutcome> &jobs, const QDateTime &since, const QString &profileName = QString());

// How many jobs ended in each state per period (an hour, or a day), by launch time in local
// time, oldest first, empty periods included: from `from`'s period to `to`'s. Jobs of
// profileName only, when it is given.
struct OutcomeBucket
{
    QDateTime start; // local time, at the start of its hour or day
    QMap<JobState, int> outcomes;
};
QList<OutcomeBucket> outcomeBuckets(const QList<JobOutcome> &jobs, const QDateTime &from, const QDateTime &to,
                                    bool hourly, const QString &profileName = QString());

} // namespace td
