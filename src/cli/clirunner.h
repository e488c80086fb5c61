#pragma once

#include "credential.h"
#include "jobstore.h"
#include "orchestratorapi.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace td {
class AuthProvider;
class JobRun;
class ProfileStore;
class SecretStore;
class TriggerEngine;
struct TriggerProfile;
} // namespace td

namespace td::cli {

struct CliOptions;

// triggerdesk-cli: one member per subcommand, each in its own file (runcommand.cpp,
// resumecommand.cpp, profilescommand.cpp, credentialscommand.cpp, jobscommand.cpp,
// statscommand.cpp); what they
// share is here.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    CliRunner();
    ~CliRunner() override;

    int exec(const QStringList &arguments);

private:
    int run(const QStringList &arguments);
    int resume(const QStringList &arguments);
    int profiles(const QStringList &arguments);
    int credentials(const QStringList &arguments);
    // credentials login: a person signs in in the browser; the session's refresh token goes to the keychain.
    int signIn(const Credential &credential, const QString &identityOverride);
    int jobs(const QStringList &arguments);
    int stats(const QStringList &arguments);
    // jobs find: the candidates, best first; ExitUnknown when there are none.
    int findJobs(const JobRecord &record, AuthProvider *auth, bool argumentsGiven);
    // jobs stop: asks Orchestrator to stop the record's job; ExitSuccess when it took the request.
    int askToStop(const JobRecord &record, AuthProvider *auth, StopStrategy strategy);
    // The profile of a run or of jobs: the saved one (--profile), or one made from the one URL
    // given; then the options' overrides. False with a message for a person.
    static bool profileFor(const CliOptions &options, const QStringList &urls, TriggerProfile *profile, QString *error);
    // What a run or a jobs command needs before its requests: the profile's token source, the
    // --state-dir, and the engine. Returns ExitSuccess, or the exit code after saying why.
    int setUp(const CliOptions &options, const TriggerProfile &profile, AuthProvider **auth);
    // Runs one keychain job to its end; ExitUsage with a message when the keychain refuses.
    int runSecretJob(const std::function<void(SecretStore *, QObject *, std::function<void(const QString &)>)> &job);

    // Where the runs of this invocation get their tokens.
    struct TokenSource
    {
        QString variable = QStringLiteral("TRIGGERDESK_TOKEN");
        bool variableGiven = false; // --token-env: the variable wins over a profile's credential
        bool none = false;          // --no-auth: call without a token
    };
    static TokenSource tokenSource(const CliOptions &options);
    // Makes m_engine, the engine for this invocation, with the options that apply to every job.
    void makeEngine(const CliOptions &options);
    // The identity server's manager goes the same way as the jobs, once both exist.
    void routeAuthManager();
    // The token source for a profile: its saved credential, the token variable, or none. Sets
    // *error, and returns null, when the profile's credential is missing or the variable is empty.
    AuthProvider *authFor(const TriggerProfile &profile, const TokenSource &source, QString *error);
    // --state-dir: created if needed and checked writable before any job starts.
    int openStateDir(const QString &directory);
    // Runs the event loop until every run has finished; returns the worst exit code.
    int watch(const QList<JobRun *> &runs);
    // --state-dir: the run's record, written at once when its state changes, else at most once
    // a second (a job that loops through fresh URLs must not rewrite its file on every hop).
    void saveRecord(JobRun *run, bool now);

    bool m_json = false;
    bool m_progress = true; // hops and transitions as they happen (off for a burst: they would interleave)
    bool m_saveFailed = false;
    std::unique_ptr<JobStore> m_store;
    TriggerEngine *m_engine = nullptr;
    std::unique_ptr<ProfileStore> m_profiles; // read once, for profiles' credentials
    QHash<QString, AuthProvider *> m_providers;
    QHash<JobRun *, qint64> m_savedAt; // when each run's record was last written (ms since epoch)
    QSet<JobRun *> m_saveDue;          // runs with a deferred write scheduled
    QNetworkAccessManager *m_authManager = nullptr;
    SecretStore *m_secrets = nullptr;
};

} // namespace td::cli
