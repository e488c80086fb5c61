#pragma once

#include "jobrecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace td {

class JobController;
class JobRun;
class ProfileListModel;

// Runs each profile that has a probe schedule (TriggerProfile::probeEveryMinutes or probeTimes,
// confirmed) every so many minutes or at its set times with its probe arguments, as a health check. A probe never
// overlaps the one before it (that turn is skipped); a paused profile is not probed; when the clock jumps (the computer
// slept), the turns that passed meanwhile are not run but said. Checked every 15 s, and on check() (tests pass a fake
// clock).
class ProbeScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 15'000;

    ProbeScheduler(ProfileListModel *profiles, JobController *jobs, QObject *parent = nullptr);

    // Tests: another clock; the schedules start again from its time.
    void setClock(std::function<QDateTime()> now);
    void check();

    // When the profile's next probe is due; invalid when it has no schedule or is paused.
    QDateTime nextProbe(const QString &profileName) const;
    bool isPaused(const QString &profileName) const { return m_paused.contains(profileName); }
    void setPaused(const QString &profileName, bool paused);
    // The profile's latest probe among the jobs the table shows (this session's and the recent
    // ones of the history), or nothing.
    std::optional<JobRecord> lastProbe(const QString &profileName) const;
    // The paused profiles' names, sorted (the window keeps them in its settings across sessions).
    QStringList pausedProfiles() const;

signals:
    // Turns that were not run: the clock jumped past them (the computer slept), or the probe
    // before was still running.
    void probesMissed(const QString &profileName, int count, bool stillRunning);
    // A turn came but the profile cannot be launched as it is (what validate() finds).
    void probeRefused(const QString &profileName, const QStringList &problems);
    // A schedule changed, was paused or resumed, or a probe ended.
    void scheduleChanged();

private:
    struct Schedule
    {
        int everyMinutes = 0;
        QList<QTime> times;
        QDateTime next;
        QPointer<JobRun> running;
    };

    ProfileListModel *m_profiles;
    JobController *m_jobs;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QHash<QString, Schedule> m_schedules; // by profile name
    QSet<QString> m_paused;
    QTimer m_timer;
};

} // namespace td
