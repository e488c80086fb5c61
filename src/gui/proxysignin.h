#pragma once

#include "jobrecord.h"
#include "proxyrouting.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QWidget;

namespace td {

class GuiSettings;
class JobController;
class JobRun;

// A proxy that asks for credentials (407) in the window: the first job it refuses opens a
// question for its user name and password (one per proxy at a time, however many jobs of a burst
// it refuses), answered once for the session or, on request, kept in the keychain and read back
// at the next start. The jobs it refused at their trigger call (Failed: nothing reached
// Orchestrator) run again once it is answered. The password goes to the keychain or stays in
// memory (ProxyCredentials), never to a file.
class ProxySignIn : public QObject
{
    Q_OBJECT

public:
    ProxySignIn(JobController *jobs, GuiSettings *settings, QWidget *dialogParent);

    // Reads the credentials kept in the keychain for proxies of earlier sessions.
    void restoreRemembered();
    // The keychain entry of a proxy's credentials ("host:port").
    static QString secretKey(const QString &proxy) { return QStringLiteral("proxy/") + proxy; }

signals:
    void message(const QString &text);
    void problem(const QString &title, const QString &text);

private:
    void jobEnded(JobRun *run);
    void ask(const QString &proxy, const QString &user);
    void signIn(const QString &proxy, const ProxyCredentials::Entry &entry, bool remember);
    void remember(const QString &proxy, const ProxyCredentials::Entry &entry);
    void forget(const QString &proxy);

    JobController *m_jobs;
    GuiSettings *m_settings;
    QWidget *m_dialogParent;
    QSet<QString> m_asking;                     // proxies whose question is open
    QHash<QString, QList<JobRecord>> m_refused; // by proxy: jobs to run again once answered
};

} // namespace td
