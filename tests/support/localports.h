#pragma once

// Servers a test starts as a process (nginx, tinyproxy) on loopback ports: a free port chosen at
// run time, waiting until the process listens, and stopping it.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

namespace td::test {

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

inline bool listeningOnLoopback(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

// Waits up to 10 s for the started process to listen on every port; false, with what it said and
// its log, when it exits or does not listen in time.
inline bool waitUntilListening(QProcess &process, const QList<quint16> &ports, const std::function<QString()> &log,
                               QString *error)
{
    const QString name = process.program().section(QLatin1Char('/'), -1);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        if (process.state() != QProcess::Running) {
            *error = name + QStringLiteral(" exited: ") + QString::fromUtf8(process.readAll()) + log();
            return false;
        }
        if (std::all_of(ports.cbegin(), ports.cend(), listeningOnLoopback))
            return true;
        QThread::msleep(20);
    }
    *error = name + QStringLiteral(" did not listen within 10 s: ") + log();
    return false;
}

inline void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace td::test
