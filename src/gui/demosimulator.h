#pragma once

#include "triggerprofile.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QUrl>

namespace td {

// The local simulator behind the demo profiles: starts triggerdesk-sim on a free loopback port,
// reads its banner without blocking, and stops it when the window closes.
class DemoSimulator : public QObject
{
    Q_OBJECT

public:
    // triggerdesk-sim next to the running executable.
    static QString defaultProgram();
    // The demo profiles for the simulator's banner triggers (slug -> verb and invoke URL).
    static QList<TriggerProfile> demoProfiles(const QList<QPair<QString, QUrl>> &triggers);

    explicit DemoSimulator(const QString &program, QObject *parent = nullptr);
    ~DemoSimulator() override;

    void start();
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }

signals:
    // The banner was read: the profiles point at the running simulator.
    void ready(const QUrl &baseUrl, const QList<td::TriggerProfile> &profiles);
    void failed(const QString &message);

private:
    void readBanner();
    void onError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_program;
    QProcess *m_process = nullptr;
    QUrl m_baseUrl;
    QList<QPair<QString, QUrl>> m_triggers; // verb, invoke URL
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace td
