#include "probescheduler.h"

#include "jobcontroller.h"
#include "jobrun.h"
#include "jobtablemodel.h"
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
        // From now on, one interval away (or the next set time): not a burst of the turns the
        // pause held back.
        m_schedules.remove(profileName);
        check();
    }
    emit scheduleChanged();
}

std::optional<JobRecord> ProbeScheduler::lastProbe(const QString &profileName) const
{
    const JobTableModel *model = m_jobs->model();
    std::optional<JobRecord> last;
    for (int row = 0; row < model->rowCount(); ++row) {
        JobRecord record = model->recordAt(row);
        if (record.probe && record.profile.name == profileName && (!last || record.createdAt > last->createdAt))
            last = std::move(record);
    }
    return last;
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
        if (!profile.hasProbeSchedule() || !profile.probeConfirmed || m_profiles->isDemo(row))
            continue;
        Schedule schedule = m_schedules.value(profile.name);
        if (schedule.everyMinutes != profile.probeEveryMinutes || schedule.times != profile.probeTimes ||
            !schedule.next.isValid()) {
            // A new or changed schedule: its first probe one interval from now, or at the next set time.
            schedule.everyMinutes = profile.probeEveryMinutes;
            schedule.times = profile.probeTimes;
            schedule.next = profile.nextProbeAfter(now);
            changed = true;
        } else if (!isPaused(profile.name) && now >= schedule.next) {
            // The turns that came after the due one up to now (the computer slept) are said, not
            // run; one runs now, for the latest, unless the last probe still does.
            int slept = 0;
            for (QDateTime turn = profile.nextProbeAfter(schedule.next); turn.isValid() && turn <= now;
                 turn = profile.nextProbeAfter(turn))
                ++slept;
            if (slept > 0)
                emit probesMissed(profile.name, slept, false);
            if (schedule.running && !schedule.running->isFinished()) {
                emit probesMissed(profile.name, 1, true);
            } else if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
                emit probeRefused(profile.name, problems);
            } else if (JobRun *run = m_jobs->launch(profile, profile.probeArguments()).value(0)) {
                run->markAsProbe();
                schedule.running = run;
                connect(run, &JobRun::finished, this, &ProbeScheduler::scheduleChanged);
            }
            schedule.next = profile.nextProbeAfter(now);
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
