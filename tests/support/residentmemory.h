#pragma once

#include <QFile>

namespace td::test {

// A size from this process's /proc/self/status ("VmRSS:", say), in bytes; 0 where it is not there.
inline qint64 statusBytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// This process's resident size now (VmRSS), in bytes; 0 where /proc is not there.
inline qint64 residentBytes()
{
    return statusBytes("VmRSS:");
}

// The highest resident size since resetPeakResident() (VmHWM, kept by the kernel: it sees what a
// thread held for a moment while no other thread looked).
inline qint64 peakResidentBytes()
{
    return statusBytes("VmHWM:");
}

// Starts the peak over from the resident size now (Linux 4.0 and later); false where it cannot.
inline bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace td::test
