#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace td {

// One window per user and profile file: a second start asks the running window to show itself,
// and ends. The key names what must be single (here: the settings and profile files in use).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // Asks a running instance to show its window; true when one answered.
    bool activateRunning(int timeoutMs = 2000);
    // Listens for later starts: activationRequested() when one asks.
    bool listen();

signals:
    void activationRequested();

private:
    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace td
