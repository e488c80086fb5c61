#pragma once

#include "jobrecord.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace td {

class DesktopNotifications;
class JobRun;

// Tells that jobs ended (or run longer than expected) while the window is not in front, and that a
// probe run went wrong even while it is: through the system tray where there is one, else through
// the desktop's notification service (D-Bus on Linux: GNOME has no tray by default). Jobs of a
// burst end together: one notification for those that ended within a moment. A notification's
// action shows its job (or the window, for several).
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    // window: raised when a notification or the tray icon is clicked, and never notified while
    // it is active.
    explicit JobNotifier(QWidget *window);

    void jobEnded(JobRun *run);
    // A running job passed its profile's expected duration.
    void jobOverdue(const JobRecord &record);

signals:
    // A notification was clicked: bring the window forward and show this job ("" for none).
    void showRequested(const QString &jobId);

private:
    void notify();
    // Through the tray or the desktop's service; nowhere when neither exists.
    void show(const QString &title, const QString &body, const QIcon &icon, const QString &jobId, bool urgent);

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    QString m_trayJob; // the job the tray's last message is about
    QTimer m_batchTimer;
    QList<JobRecord> m_ended; // copies: the runs may be gone by the time the batch is shown
};

} // namespace td
