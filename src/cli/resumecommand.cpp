// triggerdesk-cli resume: finish watching every unfinished job of a --state-dir.

#include "cliio.h"
#include "clirunner.h"
#include "triggerengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace td::cli {

int CliRunner::resume(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stateDirOption(
        QStringLiteral("state-dir"), QCoreApplication::translate("td::cli", "Job records."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("td::cli", "Print JSON."));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("token-env"), QCoreApplication::translate("td::cli", "Environment variable with the token."),
        QStringLiteral("VAR"), QStringLiteral("TRIGGERDESK_TOKEN"));
    const QCommandLineOption noAuthOption(QStringLiteral("no-auth"),
                                          QCoreApplication::translate("td::cli", "Call without a token."));
    parser.addOptions({stateDirOption, jsonOption, tokenEnvOption, noAuthOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(stateDirOption))
        return usageError(QCoreApplication::translate("td::cli", "resume needs --state-dir DIR"));
    m_json = parser.isSet(jsonOption);
    const int opened = openStateDir(parser.value(stateDirOption));
    if (opened != ExitSuccess)
        return opened;
    QStringList problems;
    const QList<JobRecord> records = m_store->unfinished(&problems);
    for (const QString &problem : problems)
        err() << problem << Qt::endl;
    if (records.isEmpty()) {
        err() << QCoreApplication::translate("td::cli", "No unfinished jobs in %1.").arg(parser.value(stateDirOption))
              << Qt::endl;
        return ExitSuccess;
    }
    // Each job is watched with the credential of the profile it was launched with.
    TokenSource source;
    source.variable = parser.value(tokenEnvOption);
    source.variableGiven = parser.isSet(tokenEnvOption);
    source.none = parser.isSet(noAuthOption);
    QList<AuthProvider *> providers;
    for (const JobRecord &record : records) {
        QString authError;
        providers.append(authFor(record.profile, source, &authError));
        if (!authError.isEmpty())
            return usageError(authError);
    }
    m_engine = new TriggerEngine(this);
    QList<JobRun *> runs;
    for (qsizetype i = 0; i < records.size(); ++i)
        runs.append(m_engine->resume(records.at(i), providers.at(i)));
    return watch(runs);
}

} // namespace td::cli
