#include "jobnotifier.h"

#include "jobrun.h"
#include "jobtablemodel.h"
#include "stateappearance.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace td {

namespace {

constexpr int kBatchMs = 800;

} // namespace

JobNotifier::JobNotifier(QWidget *window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(applicationIcon(), this);
    m_tray->setToolTip(tr("TriggerDesk"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_tray->show();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &JobNotifier::notify);
}

void JobNotifier::jobEnded(JobRun *run)
{
    if (!m_tray)
        return;
    m_ended.append(run->record());
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void JobNotifier::jobOverdue(const JobRecord &record)
{
    if (!m_tray || m_window->isActiveWindow())
        return;
    m_tray->showMessage(tr("%1: longer than expected").arg(record.profile.name),
                        tr("Running for more than %1; TriggerDesk goes on watching it.")
                            .arg(JobTableModel::formatDuration(qint64(record.profile.expectedDurationSeconds) * 1000)),
                        overdueIcon(), 8000);
}

void JobNotifier::notify()
{
    const QList<JobRecord> ended = std::exchange(m_ended, {});
    if (ended.isEmpty() || m_window->isActiveWindow())
        return;
    if (ended.size() == 1) {
        const JobRecord &r = ended.constFirst();
        m_tray->showMessage(tr("%1: %2").arg(r.profile.name, jobStateLabel(r.state)), r.summary().left(200),
                            stateIcon(r.state), 8000);
        return;
    }
    int good = 0;
    for (const JobRecord &r : ended)
        good += (r.state == JobState::Successful || r.state == JobState::Started) ? 1 : 0;
    m_tray->showMessage(tr("%n job(s) ended", nullptr, int(ended.size())),
                        tr("%1 succeeded, %2 did not.").arg(good).arg(ended.size() - good), applicationIcon(), 8000);
}

} // namespace td
