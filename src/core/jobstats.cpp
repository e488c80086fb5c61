#include "jobstats.h"

#include <algorithm>
#include <cmath>

namespace td {

qint64 JobStats::percentileMs(int p) const
{
    if (durationsMs.empty())
        return -1;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(durationsMs.size())));
    return durationsMs.at(size_t(std::clamp<qsizetype>(rank, 1, qsizetype(durationsMs.size())) - 1));
}

bool jobRanToAnEnd(JobState state)
{
    return state == JobState::Successful || state == JobState::Faulted || state == JobState::Stopped;
}

QList<JobStats> jobStats(const QList<JobRecord> &records, const QDateTime &since, const QString &profileName)
{
    QMap<QString, JobStats> byProfile;
    for (const JobRecord &record : records) {
        if (!isTerminal(record.state) || (since.isValid() && record.createdAt < since) ||
            (!profileName.isEmpty() && record.profile.name != profileName))
            continue;
        JobStats &stats = byProfile[record.profile.name];
        stats.profile = record.profile.name;
        ++stats.jobs;
        ++stats.outcomes[record.state];
        if (!stats.first.isValid() || record.createdAt < stats.first)
            stats.first = record.createdAt;
        if (!stats.last.isValid() || record.createdAt > stats.last)
            stats.last = record.createdAt;
        if (jobRanToAnEnd(record.state))
            stats.durationsMs.push_back(jobDuration(record, record.finishedAt).ms);
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

QList<OutcomeBucket> outcomeBuckets(const QList<JobRecord> &records, const QDateTime &from, const QDateTime &to,
                                    bool hourly, const QString &profileName)
{
    QList<OutcomeBucket> buckets;
    if (!from.isValid() || !to.isValid() || to < from)
        return buckets;
    const QDateTime last = periodStart(to, hourly);
    for (QDateTime start = periodStart(from, hourly); start <= last;
         start = hourly ? start.addSecs(3600) : start.addDays(1))
        buckets.append({start, {}});
    for (const JobRecord &record : records) {
        if (!isTerminal(record.state) || record.createdAt < from || record.createdAt > to ||
            (!profileName.isEmpty() && record.profile.name != profileName))
            continue;
        const QDateTime start = periodStart(record.createdAt, hourly);
        const auto bucket = std::lower_bound(buckets.begin(), buckets.end(), start,
                                             [](const OutcomeBucket &b, const QDateTime &at) { return b.start < at; });
        if (bucket != buckets.end() && bucket->start == start)
            ++bucket->outcomes[record.state];
    }
    return buckets;
}

} // namespace td
