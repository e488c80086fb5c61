#include "stateappearance.h"

#include <QCoreApplication>
#include <QHash>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTriggerDeskResources()
{
    Q_INIT_RESOURCE(triggerdesk);
}

namespace td {

void initGuiResources()
{
    static const bool done = [] {
        initTriggerDeskResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon stateIcon(JobState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(state));
    if (it != cache.cend())
        return *it;
    initGuiResources();
    const QIcon icon(QStringLiteral(":/icons/state-%1.svg").arg(jobStateName(state).toLower()));
    cache.insert(int(state), icon);
    return icon;
}

QIcon overdueIcon()
{
    return stateIcon(JobState::TimedOut);
}

QColor stateColor(JobState state)
{
    // Dark enough to read as text on a light row, distinct enough to scan a long table by colour.
    switch (state) {
    case JobState::Queued:
        return QColor(0x5f, 0x6a, 0x6a);
    case JobState::Triggering:
    case JobState::Running:
        return QColor(0x1f, 0x61, 0xa8);
    case JobState::Started:
        return QColor(0x11, 0x7a, 0x65);
    case JobState::Successful:
        return QColor(0x1e, 0x84, 0x49);
    case JobState::Faulted:
        return QColor(0xb0, 0x3a, 0x2e);
    case JobState::Stopped:
        return QColor(0x6c, 0x34, 0x83);
    case JobState::Failed:
        return QColor(0x92, 0x2b, 0x21);
    case JobState::Unknown:
        return QColor(0xb9, 0x77, 0x0e);
    case JobState::TimedOut:
        return QColor(0xba, 0x4a, 0x00);
    case JobState::Cancelled:
        return QColor(0x61, 0x6a, 0x6b);
    }
    return {};
}

QIcon applicationIcon()
{
    initGuiResources();
    return QIcon(QStringLiteral(":/icons/app.svg"));
}

QString startedWithoutOutputText()
{
    return QCoreApplication::translate("td::JobDetailsView",
                                       "Fire and forget: the server started the job and returns no output.");
}

} // namespace td
