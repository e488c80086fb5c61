#include "jobstats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace td {

qint64 JobStats::percentileMs(int p) const
{
    if (durationsMs.empty())
        return -1;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(durationsMs.size())));
    return durationsMs.at(size_t(std::clamp<qsizetype>(rank, 1, qsizetype(durationsMs.size())) - 1));
}

JobOutcome JobOutcome::of(const JobRecord &record)
{
    return {record.id,        record.profile.name, record.state,
            record.createdAt, record.finishedAt,   jobDuration(record, record.finishedAt).ms,
            record.probe};
}

bool jobRanToAnEnd(JobState state)
{
    return state == JobState::Successful || state == JobState::Faulted || state == JobState::Stopped;
}

QList<JobStats> jobStats(const QList<JobOutcome> &jobs, const QDateTime &since, const QString &profileName)
{
    QMap<QString, JobStats> byProfile;
    const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    for (const JobOutcome &job : jobs) {
        if (!isTerminal(job.state) || job.launched.toMSecsSinceEpoch() < sinceMs ||
            (!profileName.isEmpty() && job.profile != profileName))
            continue;
        JobStats &stats = byProfile[job.profile];
        stats.profile = job.profile;
        ++stats.jobs;
        ++stats.outcomes[job.state];
        if (!stats.first.isValid() || job.launched < stats.first)
            stats.first = job.launched;
        if (!stats.last.isValid() || job.launched > stats.last)
            stats.last = job.launched;
        if (jobRanToAnEnd(job.state))
            stats.durationsMs.push_back(job.durationMs);
    }
    QList<JobStats> all;
    for (JobStats &stats : byProfile) {
        std::sort(stats.durationsMs.begin(), stats.durationsMs.end());
        all.append(std::move(stats));
    }
    return all;
}

namespace {

QDateTime periodStart(const QDateTime &at, bool hourly)
{
    const QDateTime local = at.toLocalTime();
    return hourly ? QDateTime(local.date(), QTime(local.time().hour(), 0)) : local.date().startOfDay();
}

} // namespace

QList<OutcomeBucket> outcomeBuckets(const QList<JobOutcome> &jobs, const QDateTime &from, const QDateTime &to,
                                    bool hourly, const QString &profileName)
{
    QList<OutcomeBucket> buckets;
    if (!from.isValid() || !to.isValid() || to < from)
        return buckets;
    const QDateTime last = periodStart(to, hourly);
    for (QDateTime start = periodStart(from, hourly); start <= last;
         start = hourly ? start.addSecs(3600) : start.addDays(1))
        buckets.append({start, {}});
    // By instants, not local dates: the periods are contiguous, and a job's is the last one that
    // starts at or before its launch (no time zone conversion per job: a 100,000-job history).
    std::vector<qint64> starts;
    starts.reserve(size_t(buckets.size()));
    for (const OutcomeBucket &bucket : std::as_const(buckets))
        starts.push_back(bucket.start.toMSecsSinceEpoch());
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    for (const JobOutcome &job : jobs) {
        const qint64 at = job.launched.toMSecsSinceEpoch();
        if (!isTerminal(job.state) || at < fromMs || at > toMs ||
            (!profileName.isEmpty() && job.profile != profileName))
            continue;
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), at);
        if (next != starts.cbegin())
            ++buckets[next - starts.cbegin() - 1].outcomes[job.state];
    }
    return buckets;
}

} // namespace td
