#include "desktopnotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace td {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifications::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(kService).value() ||
           bus.interface()->activatableServiceNames().value().contains(kService);
}

void DesktopNotifications::show(const QString &summary, const QString &body, const QString &jobId, bool urgent,
                                int shownMs)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("default"), jobId.isEmpty() ? tr("Show TriggerDesk") : tr("Show the job")};
    // The spec's urgency: 1 normal, 2 critical (a failed job stays until seen, where the server allows).
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
                            {QStringLiteral("desktop-entry"), QStringLiteral("io.github.triggerdesk.TriggerDesk")}};
    call << QStringLiteral("TriggerDesk") << uint(0) << QStringLiteral("io.github.triggerdesk.TriggerDesk") << summary
         << body << actions << hints << shownMs;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, jobId] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError())
            m_jobs.insert(reply.value(), jobId);
    });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd() || action != QLatin1String("default"))
        return;
    emit activated(it.value());
}

void DesktopNotifications::onClosed(uint id, uint)
{
    m_jobs.remove(id);
}

} // namespace td
