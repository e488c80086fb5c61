// A job found in Orchestrator: its Jobs API, /odata/Jobs(id), until the job's state there is final.

#include "flows.h"

#include "httpmessages.h"
#include "triggerprofile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace td {

QUrl OrchestratorWatchFlow::jobUrl()
{
    QUrl url = orchestratorUrlFor(record().profile.invokeUrl);
    url.setPath(url.path() + QStringLiteral("/odata/Jobs(%1)").arg(record().orchestratorJobId));
    return url;
}

void OrchestratorWatchFlow::start()
{
    m_host.setLongPolling(false);
    running(
        QCoreApplication::translate("td::JobRun", "Watching job %1 in Orchestrator").arg(record().orchestratorJobId));
    m_host.send(Purpose::Orchestrator, jobUrl());
}

void OrchestratorWatchFlow::onAnswer(const HttpAnswer &answer)
{
    const QJsonObject job = QJsonDocument::fromJson(answer.body).object();
    const QString state = job.value(QStringLiteral("State")).toString();
    if (!answer.isSuccess() || !answer.complete() || state.isEmpty()) {
        m_host.retryOrGiveUp(answer,
                             QCoreApplication::translate("td::JobRun", "Lost track of the job in Orchestrator."));
        return;
    }
    m_host.resetFailures();
    m_host.countPoll();
    m_host.setLastStatus(job);
    const QString info = job.value(QStringLiteral("Info")).toString();
    if (state == QLatin1String("Successful")) {
        // OutputArguments is JSON in a string, as Orchestrator keeps it.
        const QByteArray output = job.value(QStringLiteral("OutputArguments")).toString().toUtf8();
        m_host.setOutput(output, parseJsonBody(output));
        m_host.finish(JobState::Successful);
    } else if (state == QLatin1String("Faulted") || state == QLatin1String("Stopped")) {
        m_host.setServerError(info, 0);
        m_host.setOutput(answer.body, QJsonValue::Undefined);
        m_host.finish(
            JobState::Faulted,
            withServerWords(state == QLatin1String("Stopped")
                                ? QCoreApplication::translate("td::JobRun", "The job was stopped in Orchestrator.")
                                : QCoreApplication::translate("td::JobRun", "The job faulted in Orchestrator."),
                            {info, 0}));
    } else {
        // Pending, Running, Stopping, Terminating, Suspended, Resumed: not over yet.
        m_host.send(Purpose::Orchestrator, jobUrl(), qMax(policy::kMinimumIntervalMs, record().profile.pollIntervalMs));
    }
}

} // namespace td
