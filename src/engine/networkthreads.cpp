#include "networkthreads.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace td {

int networkThreadCount()
{
    // QThread names its OS thread after its object name, "QNetworkAccessManager thread", of which
    // Linux keeps 15 bytes.
    static const QString tasks = QStringLiteral("/proc/self/task");
    int count = 0;
    const QStringList ids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile name(tasks + QLatin1Char('/') + id + QLatin1String("/comm"));
        if (name.open(QIODevice::ReadOnly) && name.readAll().startsWith("QNetworkAccessM"))
            ++count;
    }
    return count;
}

bool waitForNetworkThreads(int timeoutMs)
{
    // A detached OS thread ending sends no signal to wait on: ask the system, briefly, a few times.
    const QDeadlineTimer deadline(timeoutMs);
    while (networkThreadCount() > 0) {
        if (deadline.hasExpired())
            return false;
        QThread::usleep(500);
    }
    return true;
}

void waitForNetworkThreadsAtExit()
{
    static const bool added = [] {
        // Post routines run in QCoreApplication's destructor, after the window, the CLI or the test
        // (and their managers) are gone, before the process's exit handlers.
        qAddPostRoutine([] { waitForNetworkThreads(2000); });
        return true;
    }();
    Q_UNUSED(added);
}

} // namespace td
