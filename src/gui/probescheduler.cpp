#include "probescheduler.h"

#include "jobcontroller.h"
#include "jobrun.h"
#include "profilelistmodel.h"

namespace td {

ProbeScheduler::ProbeScheduler(ProfileListModel *profiles, JobController *jobs, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_jobs(jobs)
{
    // A schedule saved, loaded or removed is taken at once, not at the next tick.
    connect(m_profiles, &QAbstractItemModel::modelReset, this, &ProbeScheduler::check);
    connect(m_profiles, &QAbstractItemModel::layoutChanged, this, &ProbeScheduler::check);
    connect(m_profiles, &QAbstractItemModel::dataChanged, this, &ProbeScheduler::check);
    connect(m_profiles, &QAbstractItemModel::rowsInserted, this, &ProbeScheduler::check);
    connect(m_profiles, &QAbstractItemModel::rowsRemoved, this, &ProbeScheduler::check);
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::check);
    m_timer.start();
}

void ProbeScheduler::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_schedules.clear();
    check();
}

QDateTime ProbeScheduler::nextProbe(const QString &profileName) const
{
    return isPaused(profileName) ? QDateTime() : m_schedules.value(profileName).next;
}

void ProbeScheduler::setPaused(const QString &profileName, bool paused)
{
    if (paused) {
        m_paused.insert(profileName);
    } else if (m_paused.remove(profileName)) {
        // From now on, one interval away: not a burst of the turns the pause held back.
        m_schedules.remove(profileName);
        check();
    }
    emit scheduleChanged();
}

QStringList ProbeScheduler::pausedProfiles() const
{
    QStringList names(m_paused.cbegin(), m_paused.cend());
    names.sort();
    return names;
}

void ProbeScheduler::check()
{
    const QDateTime now = m_now();
    QHash<QString, Schedule> seen;
    bool changed = false;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const TriggerProfile &profile = m_profiles->profileAt(row);
        if (profile.probeEveryMinutes <= 0 || !profile.probeConfirmed || m_profiles->isDemo(row))
            continue;
        Schedule schedule = m_schedules.value(profile.name);
        const qint64 intervalMs = qint64(profile.probeEveryMinutes) * 60'000;
        if (schedule.everyMinutes != profile.probeEveryMinutes || !schedule.next.isValid()) {
            // A new or changed schedule: its first probe one interval from now.
            schedule.everyMinutes = profile.probeEveryMinutes;
            schedule.next = now.addMSecs(intervalMs);
            changed = true;
        } else if (!isPaused(profile.name) && now >= schedule.next) {
            // The turns whose time passed entirely before this check (the computer slept) are
            // said, not run; this one runs unless the last probe still does.
            const int slept = int(schedule.next.msecsTo(now) / intervalMs);
            if (slept > 0)
                emit probesMissed(profile.name, slept, false);
            if (schedule.running && !schedule.running->isFinished()) {
                emit probesMissed(profile.name, 1, true);
            } else if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
                emit probeRefused(profile.name, problems);
            } else if (JobRun *run = m_jobs->launch(profile, profile.probeArguments()).value(0)) {
                run->markAsProbe();
                schedule.running = run;
            }
            schedule.next = now.addMSecs(intervalMs);
            changed = true;
        }
        seen.insert(profile.name, schedule);
    }
    changed = changed || seen.size() != m_schedules.size();
    m_schedules = seen; // a profile whose schedule went is forgotten
    if (changed)
        emit scheduleChanged();
}

} // namespace td
