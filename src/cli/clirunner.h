#pragma once

#include "credential.h"
#include "jobrecord.h"
#include "jobstore.h"
#include "secretstore.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace td {
class JobRun;
class TriggerEngine;
class AuthProvider;
} // namespace td

namespace td::cli {

// Exit codes, part of the triggerdesk-cli contract (DESIGN.md).
enum ExitCode
{
    ExitSuccess = 0, // Successful or Started
    ExitFaulted = 1,
    ExitUsage = 2,
    ExitFailed = 3,
    ExitUnknown = 4,
    ExitStopped = 5, // TimedOut or Cancelled
};

int exitCodeFor(JobState state);
// The --json object: state, mode, output, error, statusUri, hops, transitions.
QJsonObject resultJson(const JobRecord &record);

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
    // Runs one keychain job to its end; ExitUsage with a message when the keychain refuses.
    int runSecretJob(const std::function<void(SecretStore *, QObject *, SecretStore::DoneCallback)> &job);
    // Runs the event loop until every run has finished; returns the worst exit code.
    int watch(const QList<JobRun *> &runs);
    void report(const JobRecord &record);

    bool m_json = false;
    std::unique_ptr<JobStore> m_store;
    TriggerEngine *m_engine = nullptr;
    AuthProvider *m_auth = nullptr;
    std::unique_ptr<Credential> m_credential;
};

} // namespace td::cli
