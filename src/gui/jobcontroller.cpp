#include "jobcontroller.h"

#include "authprovider.h"
#include "credentialauth.h"
#include "joblookup.h"
#include "jobrun.h"
#include "jobtablemodel.h"
#include "oauthprovider.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace td {

QString JobController::demoCredential()
{
    return QStringLiteral("demo-simulator");
}

QByteArray JobController::demoToken()
{
    return QByteArrayLiteral("demo-token");
}

JobController::JobController(QObject *parent, TriggerEngine::ManagerFactory factory,
                             SecretStoreFactory::Probe keychainProbe)
    : QObject(parent)
    , m_engine(new TriggerEngine(this, factory))
    , m_model(new JobTableModel(this))
    , m_secrets(new SecretStoreFactory(this, std::move(keychainProbe)))
    , m_authManager(factory ? factory(this) : new QNetworkAccessManager(this))
{
    connect(m_engine, &TriggerEngine::runStarted, m_model, &JobTableModel::addRun);
    connect(m_model, &JobTableModel::jobFinished, this, &JobController::jobFinished);
    connect(m_model, &JobTableModel::jobFinished, this, [this] {
        if (!m_retired.isEmpty())
            deleteUnusedRetired();
    });
    // A long session must not keep every run it ever had: the table keeps the record, and a
    // finished run is freed a while later (views and the history hold it by QPointer).
    connect(m_model, &JobTableModel::jobFinished, this, [this](JobRun *run) {
        if (const auto *auth = qobject_cast<const CredentialAuthProvider *>(run->authProvider());
            auth && run->state() == JobState::Failed && auth->needsSignIn() &&
            !m_signInAsked.contains(auth->credential().id)) {
            m_signInAsked.insert(auth->credential().id);
            emit signInNeeded(auth->credential(), run->record().profile.invokeUrl);
        }
        if (run->state() == JobState::Unknown && !run->record().profile.correlationArgument.isEmpty() &&
            run->record().orchestratorJobId == 0)
            findByCorrelation(run->record());
        QTimer::singleShot(m_finishedRunLifetimeMs, run, [run] {
            if (run->isFinished())
                run->deleteLater();
        });
    });
    m_secrets->start();
}

void JobController::setCredentials(const QList<Credential> &credentials)
{
    m_credentials = credentials;
    m_signInAsked.clear();
    // Edited credentials (a new secret, another client id) take effect at the next launch. The
    // providers of the old ones hold secrets: they go as soon as no running job uses them.
    for (auto it = m_providers.begin(); it != m_providers.end();) {
        if (it.key().startsWith(QLatin1String("credential:"))) {
            m_retired.append(it.value());
            it = m_providers.erase(it);
        } else {
            ++it;
        }
    }
    deleteUnusedRetired();
}

void JobController::deleteUnusedRetired()
{
    const QList<JobRun *> runs = m_engine->runs();
    m_retired.removeIf([&runs](AuthProvider *provider) {
        const bool inUse = std::any_of(runs.cbegin(), runs.cend(), [provider](const JobRun *run) {
            return !run->isFinished() && run->authProvider() == provider;
        });
        if (!inUse)
            delete provider;
        return !inUse;
    });
}

AuthProvider *JobController::authFor(const TriggerProfile &profile)
{
    // A saved credential (its secret from the keychain), the simulator's token for the demo
    // profiles, else the token in $TRIGGERDESK_TOKEN (read at launch).
    const auto credential = std::find_if(m_credentials.cbegin(), m_credentials.cend(),
                                         [&profile](const Credential &c) { return c.id == profile.credential; });
    if (credential != m_credentials.cend()) {
        const QUrl identity = OAuthClientCredentialsProvider::defaultIdentityUrl(profile.invokeUrl);
        AuthProvider *&provider =
            m_providers[QLatin1String("credential:") + credential->id + QLatin1Char('@') + identity.toString()];
        if (!provider)
            provider = new CredentialAuthProvider(*credential, identity, m_secrets->deferredStore(),
                                                  m_engine->identityManager(credential->tls, m_authManager), this);
        return provider;
    }
    const QByteArray token =
        profile.credential == demoCredential() ? demoToken() : qgetenv("TRIGGERDESK_TOKEN").trimmed();
    AuthProvider *&provider = m_providers[QLatin1String("token:") + QString::fromUtf8(token.toBase64())];
    if (!provider)
        provider = new StaticTokenProvider(token, this);
    return provider;
}

QString JobController::whyNoToken(const TriggerProfile &profile) const
{
    if (profile.credential == demoCredential() ||
        std::any_of(m_credentials.cbegin(), m_credentials.cend(),
                    [&profile](const Credential &c) { return c.id == profile.credential; }))
        return QString();
    if (!profile.credential.isEmpty())
        return tr("The credential of \"%1\" no longer exists, so its calls would carry no token. Choose one in the "
                  "profile (Profile > Edit profile…).")
            .arg(profile.name);
    if (!qgetenv("TRIGGERDESK_TOKEN").trimmed().isEmpty())
        return QString();
    return tr("\"%1\" names no credential and TRIGGERDESK_TOKEN is not set, so its calls would carry no token and "
              "Orchestrator would refuse them (401). Choose a credential in the profile (Profile > Edit profile…; "
              "Profile > Credentials… adds one), or set TRIGGERDESK_TOKEN before starting TriggerDesk.")
        .arg(profile.name);
}

QList<JobRun *> JobController::launch(const TriggerProfile &profile, const QJsonObject &arguments, int copies)
{
    QList<JobRun *> runs;
    AuthProvider *auth = authFor(profile);
    for (int i = 0; i < qMax(1, copies); ++i)
        runs.append(m_engine->start(profile, arguments, auth));
    return runs;
}

JobRun *JobController::rerun(const JobRecord &record)
{
    TriggerProfile profile = record.profile;
    if (isEarlierDemoJob(record)) {
        // An earlier session's demo simulator listened elsewhere: send the job to today's.
        QUrl url = profile.invokeUrl;
        url.setScheme(m_demoBaseUrl.scheme());
        url.setHost(m_demoBaseUrl.host());
        url.setPort(m_demoBaseUrl.port());
        profile.invokeUrl = url;
    }
    return m_engine->start(profile, record.arguments, authFor(profile));
}

bool JobController::isEarlierDemoJob(const JobRecord &record) const
{
    return record.profile.credential == demoCredential() && m_demoBaseUrl.isValid() &&
           originOf(record.profile.invokeUrl) != originOf(m_demoBaseUrl);
}

QString JobController::whyNotResumable(const JobRecord &record) const
{
    if (!isResumable(record.state))
        return isTerminal(record.state) ? tr("The job has ended: there is nothing left to watch.")
                                        : tr("The job is being watched.");
    if (record.orchestratorJobId != 0)
        return QString(); // found in Orchestrator: watched there
    if (!record.statusUri.isValid())
        return tr("The server never said where to watch this job (no status URI): check it in Orchestrator.");
    if (hasRedactedParts(record.statusUri))
        return tr("Its status URI carried a secret, which is not kept on disk: check the job in Orchestrator.");
    if (isEarlierDemoJob(record))
        return tr("It ran on a demo simulator that has stopped, and its jobs with it.");
    return QString();
}

bool JobController::canResume(const JobRecord &record) const
{
    return whyNotResumable(record).isEmpty();
}

JobRun *JobController::resume(const JobRecord &record)
{
    if (!canResume(record))
        return nullptr;
    return m_engine->resume(record, authFor(record.profile));
}

QList<JobRun *> JobController::restore(const QList<JobRecord> &records)
{
    QList<JobRecord> finished;
    QList<JobRecord> interrupted;
    for (const JobRecord &record : records)
        (isTerminal(record.state) ? finished : interrupted).append(record);
    m_model->addRecords(finished);
    QList<JobRun *> runs;
    // Not resume(): that one is for jobs a person stopped watching; these were never let go.
    for (const JobRecord &record : std::as_const(interrupted))
        runs.append(m_engine->resume(record, authFor(record.profile)));
    return runs;
}

JobLookup *JobController::lookup(const JobRecord &record)
{
    return new JobLookup(m_engine, authFor(record.profile), record);
}

bool JobController::stopLeavesNoWayBack(const JobRecord &record)
{
    return !isTerminal(record.state) && record.state != JobState::Queued && record.orchestratorJobId == 0 &&
           (!record.statusUri.isValid() || hasRedactedParts(record.statusUri));
}

bool JobController::canCheckInOrchestrator(const JobRecord &record)
{
    switch (record.state) {
    case JobState::Triggering: // a long poll's call is held for the whole job
    case JobState::Running:
    case JobState::Started:
    case JobState::Unknown:
    case JobState::TimedOut:
    case JobState::Cancelled:
        return record.orchestratorJobId == 0;
    default:
        return false; // not sent yet (Queued), refused, or over
    }
}

QHash<qint64, QString> JobController::attachedElsewhere(const QString &exceptId) const
{
    QHash<qint64, QString> attached;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JobRecord other = m_model->recordAt(row);
        if (other.orchestratorJobId != 0 && other.id != exceptId)
            attached.insert(other.orchestratorJobId,
                            tr("%1, launched %2")
                                .arg(other.profile.name,
                                     other.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    return attached;
}

JobRun *JobController::attach(const JobRecord &record, qint64 orchestratorJobId, qint64 folderId)
{
    if (attachedElsewhere(record.id).contains(orchestratorJobId))
        return nullptr;
    const int row = m_model->rowOf(record.id);
    if (JobRun *run = m_model->runAt(row))
        run->cancel(); // no-op when it has ended
    JobRecord attached = row >= 0 ? m_model->recordAt(row) : record;
    attached.orchestratorJobId = orchestratorJobId;
    attached.folderId = folderId;
    return m_engine->resume(attached, authFor(attached.profile));
}

bool JobController::canStopInOrchestrator(const JobRecord &record)
{
    switch (record.state) {
    case JobState::Successful:
    case JobState::Faulted:
    case JobState::Stopped:
    case JobState::Failed:
        return false;
    default:
        return record.orchestratorJobId > 0;
    }
}

void JobController::stopInOrchestrator(const JobRecord &record, StopStrategy strategy,
                                       std::function<void(const QString &error)> done)
{
    auto *api = new OrchestratorApi(m_engine, authFor(record.profile), record.profile, this);
    QString error;
    if (!api->prepare(&error)) {
        api->deleteLater();
        done(error);
        return;
    }
    api->stopJob(record.orchestratorJobId, strategy, [this, api, id = record.id, done](const QString &stopError) {
        api->deleteLater();
        if (stopError.isEmpty()) {
            // Its end comes from Orchestrator: watch it there again if it was let go.
            const JobRecord now = m_model->recordAt(m_model->rowOf(id));
            if (isResumable(now.state))
                m_engine->resume(now, authFor(now.profile));
        }
        done(stopError);
    });
}

void JobController::findByCorrelation(const JobRecord &record)
{
    auto *lookup = new JobLookup(m_engine, authFor(record.profile), record, this);
    connect(lookup, &JobLookup::finished, this,
            [this, lookup, record](const QList<OrchestratorJob> &candidates, qint64 folderId, const QString &error) {
                lookup->deleteLater();
                const QString id = lookup->correlationId();
                const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                                [](const OrchestratorJob &job) { return job.argumentsMatch; });
                if (!error.isEmpty()) {
                    emit message(tr("Could not look for job %1 (%2) in Orchestrator by its correlation id: %3")
                                     .arg(record.id.left(8), record.profile.name, error));
                } else if (found == candidates.cend()) {
                    // Not found proves nothing: the job stays Unknown, and the person knows what was searched.
                    emit message(tr("No job in Orchestrator carries the correlation id %1 of job %2 (%3): searched the "
                                    "jobs created from %4 to %5, at %6. It stays Unknown.")
                                     .arg(id, record.id.left(8), record.profile.name,
                                          lookup->searchedFrom().toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                          lookup->searchedTo().toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                          QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
                } else if (const JobRecord now = m_model->recordAt(m_model->rowOf(record.id));
                           now.id == record.id && now.state == JobState::Unknown && now.orchestratorJobId == 0) {
                    // Unless the person acted on the row meanwhile (removed, resumed or attached it).
                    if (attach(now, found->id, folderId))
                        emit message(
                            tr("Found job %1 (%2) in Orchestrator by its correlation id: job %3, watched there.")
                                .arg(record.id.left(8), record.profile.name)
                                .arg(found->id));
                    else
                        emit message(tr("Found job %1 (%2) in Orchestrator by its correlation id: job %3, which "
                                        "another row watches already.")
                                         .arg(record.id.left(8), record.profile.name)
                                         .arg(found->id));
                }
            });
    lookup->start();
}

void JobController::stop(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (JobRun *run = m_model->runAt(row))
        run->cancel();
}

} // namespace td
