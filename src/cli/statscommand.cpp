// triggerdesk-cli stats: how each trigger's jobs ended and how long they took, from the history.

#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "jobdatabase.h"
#include "jobstats.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 60'000)
        return QCoreApplication::translate("td::cli", "%1 s").arg(ms / 1000.0, 0, 'f', 1);
    return QCoreApplication::translate("td::cli", "%1 min %2 s").arg(ms / 60'000).arg(ms % 60'000 / 1000);
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Every outcome counted, in the order of the states.
QList<QPair<JobState, int>> outcomesOf(const JobStats &stats)
{
    QList<QPair<JobState, int>> outcomes;
    for (auto it = stats.outcomes.cbegin(); it != stats.outcomes.cend(); ++it)
        outcomes.append({it.key(), it.value()});
    return outcomes;
}

void printStats(const JobStats &stats)
{
    // triggerdesk-cli speaks English (no translator is loaded): its plurals are spelt out.
    out() << (stats.jobs == 1 ? QCoreApplication::translate("td::cli", "%1: 1 job, launched %2")
                                    .arg(stats.profile, localTime(stats.first))
                              : QCoreApplication::translate("td::cli", "%1: %2 jobs, launched %3 to %4")
                                    .arg(stats.profile)
                                    .arg(stats.jobs)
                                    .arg(localTime(stats.first), localTime(stats.last)))
          << '\n';
    QStringList outcomes;
    for (const auto &[state, count] : outcomesOf(stats))
        outcomes << QStringLiteral("%1 %2").arg(jobStateLabel(state)).arg(count);
    out() << "  " << outcomes.join(QStringLiteral(", ")) << '\n';
    if (stats.durationsMs.empty()) {
        out() << "  " << QCoreApplication::translate("td::cli", "No duration: none of these jobs ran to a known end.")
              << '\n';
        return;
    }
    out() << "  "
          << QCoreApplication::translate("td::cli", "Duration of the %1 that ran to an end: p50 %2, p90 %3, p99 %4 "
                                                    "(fastest %5, slowest %6)")
                 .arg(stats.durationsMs.size() == 1
                          ? QCoreApplication::translate("td::cli", "1 job")
                          : QCoreApplication::translate("td::cli", "%1 jobs").arg(stats.durationsMs.size()))
                 .arg(durationText(stats.percentileMs(50)), durationText(stats.percentileMs(90)),
                      durationText(stats.percentileMs(99)), durationText(stats.durationsMs.front()),
                      durationText(stats.durationsMs.back()))
          << '\n';
}

QJsonObject statsJson(const JobStats &stats)
{
    QJsonObject outcomes;
    for (const auto &[state, count] : outcomesOf(stats))
        outcomes.insert(jobStateName(state), count);
    QJsonObject json{{QStringLiteral("profile"), stats.profile},
                     {QStringLiteral("jobs"), stats.jobs},
                     {QStringLiteral("first"), stats.first.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("last"), stats.last.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("outcomes"), outcomes}};
    QJsonObject duration{{QStringLiteral("jobs"), qint64(stats.durationsMs.size())}};
    if (!stats.durationsMs.empty()) {
        duration.insert(QStringLiteral("p50"), stats.percentileMs(50));
        duration.insert(QStringLiteral("p90"), stats.percentileMs(90));
        duration.insert(QStringLiteral("p99"), stats.percentileMs(99));
        duration.insert(QStringLiteral("min"), stats.durationsMs.front());
        duration.insert(QStringLiteral("max"), stats.durationsMs.back());
    }
    json.insert(QStringLiteral("durationMs"), duration);
    return json;
}

} // namespace

int CliRunner::stats(const QStringList &arguments)
{
    CliOptions options;
    QString error;
    if (!parseOptions(Command::Stats, arguments, &options, &error))
        return usageError(error);
    const QString directory = options.stateDir.isEmpty() ? JobStore::historyDirectory() : options.stateDir;
    // The window's database, when the folder has one, and the JSON records beside it: those of
    // `run --state-dir`, or a window's not in its database yet (kept as files while it could not
    // be written), which are the newer.
    QHash<QString, JobOutcome> byId;
    JobDatabase database(directory, JobDatabase::Access::ReadOnly);
    if (QFile::exists(database.path())) {
        QList<JobOutcome> stored;
        if (database.open(&error))
            stored = database.outcomes(options.since, options.profile, &error);
        if (!error.isEmpty())
            err() << QCoreApplication::translate("td::cli", "The job history database %1 could not be read: %2")
                         .arg(database.path(), error)
                  << Qt::endl;
        for (const JobOutcome &job : std::as_const(stored))
            byId.insert(job.id, job);
    }
    QStringList problems;
    const QList<JobRecord> records = JobStore(directory).loadAll(&problems);
    for (const QString &problem : std::as_const(problems))
        err() << problem << Qt::endl;
    for (const JobRecord &record : records)
        byId.insert(record.id, JobOutcome::of(record));
    const QList<JobStats> all = jobStats(byId.values(), options.since, options.profile);
    if (all.isEmpty()) {
        err() << (options.profile.isEmpty()
                      ? QCoreApplication::translate("td::cli", "No ended jobs in %1.").arg(directory)
                      : QCoreApplication::translate("td::cli", "No ended jobs of \"%1\" in %2.")
                            .arg(options.profile, directory))
              << Qt::endl;
        return ExitUnknown;
    }
    if (options.json) {
        QJsonArray profiles;
        for (const JobStats &stats : all)
            profiles.append(statsJson(stats));
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("history"), directory},
                                                             {QStringLiteral("profiles"), profiles}})
                                       .toJson(QJsonDocument::Compact))
              << Qt::endl;
        return ExitSuccess;
    }
    for (const JobStats &stats : all)
        printStats(stats);
    out() << Qt::flush;
    return ExitSuccess;
}

} // namespace td::cli
