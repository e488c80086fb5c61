// A job found in Orchestrator: its Jobs API, /odata/Jobs(id), until the job's state there is final.

#include "flows.h"

#include "httpmessages.h"
#include "triggerprofile.h"

#include <QJsonDocument>

namespace td {

namespace {

// What a job not over yet is doing, in Orchestrator's own state word.
Phrase stateInOrchestrator(const QString &state)
{
    if (state == QLatin1String("Pending"))
        return Phrase::translate("td::JobRun", "Pending in Orchestrator: waiting for a robot");
    if (state == QLatin1String("Stopping"))
        return Phrase::translate("td::JobRun", "Stopping in Orchestrator");
    if (state == QLatin1String("Terminating"))
        return Phrase::translate("td::JobRun", "Terminating in Orchestrator (killed)");
    if (state == QLatin1String("Suspended"))
        return Phrase::translate("td::JobRun", "Suspended in Orchestrator: waiting to be resumed");
    if (state == QLatin1String("Resumed"))
        return Phrase::translate("td::JobRun", "Resumed in Orchestrator");
    return Phrase::translate("td::JobRun", "%1 in Orchestrator").arg(state);
}

// A faulted job's error in Orchestrator's words: JobError's title and detail with its code
// (UiPath's job model: jobError {code, title, detail, ...}, errorCode), else Info. A code that
// is not a number stays in the words.
ServerError jobErrorOf(const QJsonObject &job)
{
    const QJsonObject error = job.value(QStringLiteral("JobError")).toObject();
    const QString title = error.value(QStringLiteral("Title")).toString();
    const QString detail = error.value(QStringLiteral("Detail")).toString();
    QString code = error.value(QStringLiteral("Code")).toString();
    if (code.isEmpty())
        code = job.value(QStringLiteral("ErrorCode")).toString();
    ServerError server;
    QStringList words{title, detail};
    words.removeAll(QString());
    server.message = words.isEmpty() ? job.value(QStringLiteral("Info")).toString() : words.join(QStringLiteral(": "));
    bool numeric = false;
    server.code = code.toInt(&numeric);
    if (!numeric && !code.isEmpty())
        server.message += QStringLiteral(" [%1]").arg(code);
    return server;
}

} // namespace

QUrl OrchestratorWatchFlow::jobUrl()
{
    QUrl url = orchestratorUrlFor(record().profile.invokeUrl);
    url.setPath(url.path() + QStringLiteral("/odata/Jobs(%1)").arg(record().orchestratorJobId));
    return url;
}

void OrchestratorWatchFlow::start()
{
    m_host.setLongPolling(false);
    running(Phrase::translate("td::JobRun", "Watching job %1 in Orchestrator").arg(record().orchestratorJobId));
    m_host.send(Purpose::Orchestrator, jobUrl());
}

void OrchestratorWatchFlow::onAnswer(const HttpAnswer &answer)
{
    const QJsonObject job = QJsonDocument::fromJson(answer.body).object();
    const QString state = job.value(QStringLiteral("State")).toString();
    if (!answer.isSuccess() || !answer.complete() || state.isEmpty()) {
        m_host.retryOrGiveUp(answer, Phrase::translate("td::JobRun", "Lost track of the job in Orchestrator."));
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
    } else if (state == QLatin1String("Faulted")) {
        const ServerError error = jobErrorOf(job);
        m_host.setServerError(error.message, error.code);
        m_host.setOutput(answer.body, QJsonValue::Undefined);
        m_host.finish(JobState::Faulted,
                      withServerWords(Phrase::translate("td::JobRun", "The job faulted in Orchestrator."), error));
    } else if (state == QLatin1String("Stopped")) {
        // Someone stopped it (SoftStop or Kill): an outcome of its own, never the job's fault.
        m_host.setOutput(answer.body, QJsonValue::Undefined);
        m_host.finish(
            JobState::Stopped,
            withServerWords(Phrase::translate("td::JobRun", "The job was stopped in Orchestrator."), {info, 0}));
    } else {
        // Pending, Running, Stopping, Terminating, Suspended, Resumed: not over yet.
        running(stateInOrchestrator(state));
        m_host.send(
            Purpose::Orchestrator, jobUrl(),
            policy::pollIntervalMs(record().profile, record().createdAt.msecsTo(QDateTime::currentDateTimeUtc())));
    }
}

} // namespace td
