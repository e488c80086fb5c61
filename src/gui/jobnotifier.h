#pragma once

#include "jobrecord.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace td {

class JobRun;

// A tray notification when jobs end while the window is not in front. Jobs of a burst end
// together: one notification for those that ended within a moment.
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    // window: raised when the tray icon is clicked, and never notified while it is active.
    explicit JobNotifier(QWidget *window);

    void jobEnded(JobRun *run);
    // A running job passed its profile's expected duration.
    void jobOverdue(const JobRecord &record);

private:
    void notify();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_batchTimer;
    QList<JobRecord> m_ended; // copies: the runs may be gone by the time the batch is shown
};

} // namespace td
