#pragma once

// triggerdesk-sim in a process of its own, for the benchmarks: only the client's time and memory
// are measured.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

namespace td::test {

// Starts the simulator (from $TRIGGERDESK_BIN_DIR) serving the one trigger described by the
// JSON object trigger, written to directory; returns its invoke URL, empty if it did not start.
inline QUrl startSimulatorProcess(QProcess *simulator, const QString &directory, const QByteArray &trigger)
{
    QFile triggers(QDir(directory).filePath(QStringLiteral("triggers.json")));
    if (!triggers.open(QIODevice::WriteOnly))
        return {};
    triggers.write(R"({"triggers": [)" + trigger + "]}");
    triggers.close();
    simulator->start(
        qEnvironmentVariable("TRIGGERDESK_BIN_DIR") + QStringLiteral("/triggerdesk-sim"),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--triggers"), triggers.fileName()});
    // The banner: the base URL, one line per trigger (VERB INVOKE-URL MODE), an empty line.
    QByteArray banner;
    QSignalSpy output(simulator, &QProcess::readyReadStandardOutput);
    while (!banner.contains("\n\n")) {
        if (!output.wait(10000))
            return {};
        banner += simulator->readAllStandardOutput();
    }
    return QUrl(QString::fromUtf8(banner.split('\n').at(1).split(' ').at(1)));
}

} // namespace td::test
