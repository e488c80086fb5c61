// triggerdesk-cli resume: finish watching every unfinished job of a --state-dir.

#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "triggerengine.h"

#include <QCoreApplication>

namespace td::cli {

int CliRunner::resume(const QStringList &arguments)
{
    CliOptions options;
    QString error;
    if (!parseOptions(Command::Resume, arguments, &options, &error))
        return usageError(error);
    m_json = options.json;
    const int opened = openStateDir(options.stateDir);
    if (opened != ExitSuccess)
        return opened;
    QStringList problems;
    const QList<JobRecord> records = m_store->unfinished(&problems);
    for (const QString &problem : problems)
        err() << problem << Qt::endl;
    if (records.isEmpty()) {
        err() << QCoreApplication::translate("td::cli", "No unfinished jobs in %1.").arg(options.stateDir) << Qt::endl;
        return ExitSuccess;
    }
    // Each job is watched with the credential of the profile it was launched with. One that
    // cannot get a token stays unfinished for a later resume; the others go on.
    const TokenSource source = tokenSource(options);
    makeEngine(options);
    QList<JobRun *> runs;
    int skipped = 0;
    for (JobRecord record : records) {
        overrideTls(options, &record.profile.tls);
        QString authError;
        AuthProvider *auth = authFor(record.profile, source, &authError);
        if (!authError.isEmpty()) {
            ++skipped;
            err() << QCoreApplication::translate("td::cli", "Job %1 (%2) is left for later: %3")
                         .arg(record.id, record.profile.name, authError)
                  << Qt::endl;
            continue;
        }
        runs.append(m_engine->resume(record, auth));
    }
    const int worst = watch(runs);
    return skipped > 0 ? qMax(worst, int(ExitUsage)) : worst;
}

} // namespace td::cli
