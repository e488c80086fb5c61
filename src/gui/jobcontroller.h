#pragma once

#include "credential.h"
#include "jobrecord.h"
#include "orchestratorapi.h"
#include "secretstorefactory.h"
#include "triggerengine.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace td {

class AuthProvider;
class JobLookup;
class JobRun;
class JobTableModel;

// Starts, re-runs, resumes and stops jobs for the window, and keeps the job table in step with
// the engine. Which token a profile's calls carry is decided here, in authFor(), alone.
class JobController : public QObject
{
    Q_OBJECT

public:
    // The credential reference of the demo profiles: the simulator's token.
    static QString demoCredential();
    static QByteArray demoToken();

    explicit JobController(QObject *parent = nullptr, TriggerEngine::ManagerFactory factory = {},
                           SecretStoreFactory::Probe keychainProbe = {});

    // Where credential secrets live: the keychain, or this session's memory (decided at start).
    SecretStoreFactory *secrets() const { return m_secrets; }
    // For token requests and connection tests.
    QNetworkAccessManager *authManager() const { return m_authManager; }
    // The saved credentials profiles refer to. Later launches use these; running jobs keep theirs.
    void setCredentials(const QList<Credential> &credentials);

    JobTableModel *model() const { return m_model; }
    TriggerEngine *engine() const { return m_engine; }

    // Why the profile's calls would carry no token, for a person (its credential is gone, or it
    // names none and $TRIGGERDESK_TOKEN is unset); empty when they would carry one. A launch or a
    // re-run is refused up front then: Orchestrator would only answer 401.
    QString whyNoToken(const TriggerProfile &profile) const;
    // copies jobs with the same arguments, started at once.
    QList<JobRun *> launch(const TriggerProfile &profile, const QJsonObject &arguments, int copies = 1);
    // A new job with the record's profile and arguments (never automatic: the user asked).
    JobRun *rerun(const JobRecord &record);
    // Watches a job again from its status URI; null when the record cannot be resumed.
    JobRun *resume(const JobRecord &record);
    // Brings back the jobs of an earlier session: finished ones as rows of the table (records,
    // not runs), and the ones whose watching was interrupted (Queued, Triggering, Running when
    // the window closed) watched again at once. One with no status URI to watch ends Unknown.
    // Returns the jobs watched again.
    QList<JobRun *> restore(const QList<JobRecord> &records);
    void stop(const QString &id);
    // Whether stopping the watch leaves no way to watch the job again from here although it may
    // exist: the server has not said where to follow it (a long poll's held call, a call not
    // answered yet) and it was not found in Orchestrator. Only a lookup there finds it then.
    static bool stopLeavesNoWayBack(const JobRecord &record);
    // Asks Orchestrator which of its jobs this one may be (the caller starts it and owns it).
    JobLookup *lookup(const JobRecord &record);
    // Whether the job can be looked for in Orchestrator: it may exist there (the trigger call was
    // answered, or may have reached the server) and its Orchestrator id is not known yet.
    static bool canCheckInOrchestrator(const JobRecord &record);
    // Watches the job found in Orchestrator, in the record's row, until it ends; a run still
    // watching the row another way (its status URI, a held long poll) stops first. Refused (null)
    // when another row watches that Orchestrator job already: one job, one row.
    JobRun *attach(const JobRecord &record, qint64 orchestratorJobId, qint64 folderId);
    // The Orchestrator jobs other rows than exceptId are attached to, each with its row in words
    // ("Invoices, launched 14:02:11").
    QHash<qint64, QString> attachedElsewhere(const QString &exceptId) const;
    // Whether Orchestrator can be asked to stop the job: its Orchestrator id is known and it has
    // not ended there as far as TriggerDesk saw.
    static bool canStopInOrchestrator(const JobRecord &record);
    // Asks Orchestrator to stop the job; `done` gets an empty error when Orchestrator took the
    // request. The job is then watched in Orchestrator (again, if it was let go) until it ends.
    void stopInOrchestrator(const JobRecord &record, StopStrategy strategy,
                            std::function<void(const QString &error)> done);

    // Whether watching can resume: the job may still run, its status URI is known, and it is not
    // a job of an earlier demo simulator (gone, with its jobs).
    bool canResume(const JobRecord &record) const;
    // Why not, for a person; empty when it can.
    QString whyNotResumable(const JobRecord &record) const;
    // The demo simulator of this session: demo profiles re-run against it.
    void setDemoBaseUrl(const QUrl &baseUrl) { m_demoBaseUrl = baseUrl; }
    // A finished run is freed this long after it ended (its record stays in the table).
    void setFinishedRunLifetime(int ms) { m_finishedRunLifetimeMs = ms; }

signals:
    void jobFinished(td::JobRun *run);
    // Something done without being asked (a job found by its correlation id), for the status bar.
    void message(const QString &text);
    // A job failed because nobody is signed in with a person's credential, or its session ended:
    // once per credential until the credentials change (a new sign-in saved).
    // triggerUrl: the job's, where the identity server is found when the credential names none.
    void signInNeeded(const td::Credential &credential, const QUrl &triggerUrl);

private:
    AuthProvider *authFor(const TriggerProfile &profile);
    // A job that ended Unknown and carries a correlation id: looked for in Orchestrator at once,
    // and attached when one job there carries the id.
    void findByCorrelation(const JobRecord &record);
    bool isEarlierDemoJob(const JobRecord &record) const;

    TriggerEngine *m_engine = nullptr;
    JobTableModel *m_model = nullptr;
    SecretStoreFactory *m_secrets = nullptr;
    QNetworkAccessManager *m_authManager = nullptr;
    QList<Credential> m_credentials;
    // Deletes the retired providers that no unfinished run uses.
    void deleteUnusedRetired();
    // Reused per token or credential.
    QHash<QString, AuthProvider *> m_providers;
    // Providers of credentials that were edited or removed, kept while a running job uses them.
    QList<AuthProvider *> m_retired;
    QUrl m_demoBaseUrl;
    QSet<QString> m_signInAsked; // credential ids signInNeeded was emitted for
    int m_finishedRunLifetimeMs = 60 * 1000;
};

} // namespace td
