// triggerdesk-cli jobs: find a job in Orchestrator after a lost answer, watch it, stop it.

#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "joblookup.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace td::cli {

namespace {

QString cliText(const char *text)
{
    return QCoreApplication::translate("td::cli", text);
}

QJsonObject candidateJson(const OrchestratorJob &job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("key"), job.key},
            {QStringLiteral("state"), job.state},
            {QStringLiteral("created"), job.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("argumentsMatch"), job.argumentsMatch}};
}

// Why a candidate is listed where it is, for a person.
QString whyListed(const OrchestratorJob &job, const QDateTime &around, bool argumentsGiven,
                  const QString &correlationId)
{
    const qint64 seconds = around.secsTo(job.created);
    const QString when =
        seconds >= 0 ? cliText("created %1 s after").arg(seconds) : cliText("created %1 s before").arg(-seconds);
    if (!argumentsGiven)
        return when;
    if (!correlationId.isEmpty())
        return job.argumentsMatch ? cliText("carries the correlation id, %1").arg(when) : when;
    return job.argumentsMatch ? cliText("same arguments, %1").arg(when) : cliText("other arguments, %1").arg(when);
}

} // namespace

int CliRunner::jobs(const QStringList &arguments)
{
    CliOptions options;
    QString error;
    if (!parseOptions(Command::Jobs, arguments, &options, &error))
        return usageError(error);
    m_json = options.json;
    const QString action = options.positional.value(0);
    const bool byId = action == QLatin1String("watch") || action == QLatin1String("stop");
    if (action != QLatin1String("find") && !byId)
        return usageError(cliText("jobs takes find, watch ID or stop ID"));
    qint64 jobId = 0;
    QStringList urls = options.positional.mid(1);
    if (byId) {
        bool ok = false;
        jobId = urls.value(0).toLongLong(&ok);
        if (!ok || jobId <= 0)
            return usageError(
                cliText("jobs %1 takes the job's Orchestrator id (a number), got \"%2\"").arg(action, urls.value(0)));
        urls.removeFirst();
    }
    JobRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = options.around;
    record.orchestratorJobId = jobId;
    if (!profileFor(options, urls, &record.profile, &error))
        return usageError(error);
    if (!argumentsJson(options, &record.arguments, &error))
        return usageError(error);
    if (!options.correlation.isEmpty()) {
        if (record.profile.correlationArgument.isEmpty())
            return usageError(cliText("--correlation needs a profile with a correlation argument (--profile NAME)"));
        record.arguments = {{record.profile.correlationArgument, options.correlation}};
    }
    AuthProvider *auth = nullptr;
    if (const int ready = setUp(options, record.profile, &auth); ready != ExitSuccess)
        return ready;
    if (action == QLatin1String("find"))
        return findJobs(record, auth, options.argsJson.has_value() || !options.correlation.isEmpty());
    if (action == QLatin1String("stop")) {
        const int asked = askToStop(record, auth, options.kill ? StopStrategy::Kill : StopStrategy::SoftStop);
        if (asked != ExitSuccess)
            return asked;
    }
    return watch({m_engine->resume(record, auth)});
}

int CliRunner::findJobs(const JobRecord &record, AuthProvider *auth, bool argumentsGiven)
{
    JobLookup lookup(m_engine, auth, record);
    QEventLoop loop;
    QList<OrchestratorJob> candidates;
    QString error;
    bool done = false; // it may end before the loop runs
    connect(&lookup, &JobLookup::finished, &loop,
            [&](const QList<OrchestratorJob> &found, qint64, const QString &lookupError) {
                candidates = found;
                error = lookupError;
                done = true;
                loop.quit();
            });
    lookup.start();
    if (!done)
        loop.exec();
    if (!error.isEmpty()) {
        err() << cliText("Could not look in Orchestrator: %1").arg(error) << Qt::endl;
        return ExitUnknown;
    }
    const QDateTime around = record.createdAt;
    const QDateTime from = lookup.searchedFrom();
    const QDateTime to = lookup.searchedTo();
    if (m_json) {
        QJsonArray list;
        for (const OrchestratorJob &job : std::as_const(candidates)) {
            QJsonObject item = candidateJson(job);
            item.insert(QStringLiteral("why"), whyListed(job, around, argumentsGiven, lookup.correlationId()));
            list.append(item);
        }
        const QJsonObject result{{QStringLiteral("candidates"), list},
                                 {QStringLiteral("from"), from.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("to"), to.toUTC().toString(Qt::ISODate)}};
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (candidates.isEmpty()) {
        err() << cliText("No job of this folder was created from %1 to %2 (UTC). The call may not have created "
                         "one, or the clocks differ by more than that: look in Orchestrator.")
                     .arg(from.toUTC().toString(Qt::ISODate), to.toUTC().toString(Qt::ISODate))
              << Qt::endl;
    } else {
        for (const OrchestratorJob &job : std::as_const(candidates))
            out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(job.id)
                         .arg(job.state, -11)
                         .arg(job.created.toUTC().toString(Qt::ISODate), job.key,
                              whyListed(job, around, argumentsGiven, lookup.correlationId()))
                  << Qt::endl;
    }
    return candidates.isEmpty() ? ExitUnknown : ExitSuccess;
}

int CliRunner::askToStop(const JobRecord &record, AuthProvider *auth, StopStrategy strategy)
{
    OrchestratorApi api(m_engine, auth, record.profile);
    QString error;
    if (!api.prepare(&error))
        return usageError(error);
    QEventLoop loop;
    bool done = false; // it may end before the loop runs
    api.stopJob(record.orchestratorJobId, strategy, [&](const QString &stopError) {
        error = stopError;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!error.isEmpty()) {
        err() << cliText("Orchestrator did not take the request to stop job %1: %2")
                     .arg(record.orchestratorJobId)
                     .arg(error)
              << Qt::endl;
        return ExitFailed;
    }
    if (!m_json)
        err() << cliText("Asked Orchestrator to stop job %1 (%2); watching it until it ends.")
                     .arg(record.orchestratorJobId)
                     .arg(stopStrategyName(strategy))
              << Qt::endl;
    return ExitSuccess;
}

} // namespace td::cli
