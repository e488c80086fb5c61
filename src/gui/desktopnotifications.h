#pragma once

// The desktop's notification service (freedesktop.org Desktop Notifications over the session
// D-Bus: GNOME Shell, KDE Plasma, dunst, mako...), for desktops without a system tray, where
// QSystemTrayIcon cannot show a message (GNOME by default). Each notification may carry a job:
// its default action ("Show the job", a click on it) asks for that job.

#include <QHash>
#include <QObject>
#include <QString>

namespace td {

class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // A notification service answers on the session bus (running, or started on demand).
    static bool isAvailable();

    // jobId: the job its action shows; empty for one about several jobs (the action shows the window).
    // shownMs: how long the service should show it (the same as the tray's messages).
    void show(const QString &summary, const QString &body, const QString &jobId, bool urgent, int shownMs);

signals:
    void activated(const QString &jobId);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_jobs; // shown notification -> its job
};

} // namespace td
