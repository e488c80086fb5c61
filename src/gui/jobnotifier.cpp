#include "jobnotifier.h"

#include "jobrun.h"
#include "jobtablemodel.h"
#include "stateappearance.h"

#ifdef TRIGGERDESK_DESKTOP_NOTIFICATIONS
#include "desktopnotifications.h"
#endif

#include <QSystemTrayIcon>
#include <QWidget>

namespace td {

namespace {

constexpr int kBatchMs = 800;
constexpr int kShownMs = 8000;

bool endedWell(JobState state)
{
    return state == JobState::Successful || state == JobState::Started;
}

} // namespace

JobNotifier::JobNotifier(QWidget *window) : QObject(window), m_window(window)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &JobNotifier::notify);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(applicationIcon(), this);
        m_tray->setToolTip(tr("TriggerDesk"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit showRequested(QString()); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit showRequested(m_trayJob); });
        m_tray->show();
        return;
    }
#ifdef TRIGGERDESK_DESKTOP_NOTIFICATIONS
    if (DesktopNotifications::isAvailable()) {
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::activated, this, &JobNotifier::showRequested);
    }
#endif
}

void JobNotifier::jobEnded(JobRun *run)
{
    if (!m_tray && !m_desktop)
        return;
    m_ended.append(run->record());
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void JobNotifier::jobOverdue(const JobRecord &record)
{
    if (m_window->isActiveWindow())
        return;
    show(tr("%1: longer than expected").arg(record.profile.name),
         tr("Running for more than %1; TriggerDesk goes on watching it.")
             .arg(JobTableModel::formatDuration(qint64(record.profile.expectedDurationSeconds) * 1000)),
         overdueIcon(), record.id, false);
}

void JobNotifier::notify()
{
    QList<JobRecord> ended = std::exchange(m_ended, {});
    // While the window is in front its table shows every end; a probe that went wrong is said all
    // the same: nobody launched it, so nobody is looking out for it.
    if (m_window->isActiveWindow())
        ended.removeIf([](const JobRecord &r) { return !r.probe || endedWell(r.state); });
    if (ended.isEmpty())
        return;
    if (ended.size() == 1) {
        const JobRecord &r = ended.constFirst();
        const QString state = jobStateLabel(r.state);
        show(r.probe ? tr("Probe of %1: %2").arg(r.profile.name, state) : tr("%1: %2").arg(r.profile.name, state),
             r.summary().left(200), stateIcon(r.state), r.id, !endedWell(r.state));
        return;
    }
    int good = 0;
    for (const JobRecord &r : ended)
        good += endedWell(r.state) ? 1 : 0;
    show(tr("%n job(s) ended", nullptr, int(ended.size())),
         tr("%1 succeeded, %2 did not.").arg(good).arg(ended.size() - good), applicationIcon(), QString(),
         good < ended.size());
}

void JobNotifier::show(const QString &title, const QString &body, const QIcon &icon, const QString &jobId, bool urgent)
{
    if (m_tray) {
        m_trayJob = jobId;
        m_tray->showMessage(title, body, icon, kShownMs);
        return;
    }
#ifdef TRIGGERDESK_DESKTOP_NOTIFICATIONS
    if (m_desktop)
        m_desktop->show(title, body, jobId, urgent, kShownMs);
#else
    Q_UNUSED(urgent)
#endif
}

} // namespace td
