#include "jobcontroller.h"

#include "authprovider.h"
#include "jobrun.h"
#include "jobtablemodel.h"

namespace td {

QString JobController::demoCredential()
{
    return QStringLiteral("demo-simulator");
}

QByteArray JobController::demoToken()
{
    return QByteArrayLiteral("demo-token");
}

JobController::JobController(QObject *parent, TriggerEngine::ManagerFactory factory)
    : QObject(parent), m_engine(new TriggerEngine(this, std::move(factory))), m_model(new JobTableModel(this))
{
    connect(m_engine, &TriggerEngine::runStarted, m_model, &JobTableModel::addRun);
    connect(m_model, &JobTableModel::jobFinished, this, &JobController::jobFinished);
}

AuthProvider *JobController::authFor(const TriggerProfile &profile)
{
    // Until the keychain arrives: the demo profiles use the simulator's token, every other profile
    // the token in $TRIGGERDESK_TOKEN (read at launch, so a changed environment is picked up).
    const QByteArray token =
        profile.credential == demoCredential() ? demoToken() : qgetenv("TRIGGERDESK_TOKEN").trimmed();
    AuthProvider *&provider = m_providers[token];
    if (!provider)
        provider = new StaticTokenProvider(token, this);
    return provider;
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
    return m_engine->start(record.profile, record.arguments, authFor(record.profile));
}

bool JobController::canResume(const JobRecord &record)
{
    return isResumable(record.state) && record.statusUri.isValid();
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

void JobController::stop(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (JobRun *run = m_model->runAt(row))
        run->cancel();
}

} // namespace td
