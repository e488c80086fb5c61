// triggerdesk-cli run: one job from a URL or a saved profile.

#include "argumentspec.h"
#include "cliio.h"
#include "clirunner.h"
#include "profilestore.h"
#include "triggerengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace td::cli {

namespace {

constexpr int kMaxCount = 100000;

} // namespace

int CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          QCoreApplication::translate("td::cli", "HTTP verb of the trigger."),
                                          QStringLiteral("VERB"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QCoreApplication::translate("td::cli", "Call mode."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption argOption(QStringLiteral("arg"),
                                       QCoreApplication::translate("td::cli", "An input argument, typed like JSON."),
                                       QStringLiteral("NAME=VALUE"));
    const QCommandLineOption argsJsonOption(QStringLiteral("args-json"),
                                            QCoreApplication::translate("td::cli", "Input arguments as a JSON object."),
                                            QStringLiteral("JSON"));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("token-env"), QCoreApplication::translate("td::cli", "Environment variable with the token."),
        QStringLiteral("VAR"), QStringLiteral("TRIGGERDESK_TOKEN"));
    const QCommandLineOption noAuthOption(QStringLiteral("no-auth"),
                                          QCoreApplication::translate("td::cli", "Call without a token."));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval-ms"),
                                        QCoreApplication::translate("td::cli", "Status poll interval."),
                                        QStringLiteral("N"));
    const QCommandLineOption deadlineOption(QStringLiteral("deadline-s"),
                                            QCoreApplication::translate("td::cli", "Long-poll deadline."),
                                            QStringLiteral("N"));
    const QCommandLineOption stateDirOption(QStringLiteral("state-dir"),
                                            QCoreApplication::translate("td::cli", "Keep job records here."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("td::cli", "Print one JSON object."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("td::cli", "A saved profile."), QStringLiteral("NAME"));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        QCoreApplication::translate("td::cli", "Launch N copies at once (a load test); one report per job."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption slotsOption(
        QStringLiteral("long-poll-slots"),
        QCoreApplication::translate("td::cli", "Long polls held at once per server; more wait as Queued."),
        QStringLiteral("N"), QString::number(TriggerEngine::kDefaultLongPollSlotsPerOrigin));
    parser.addOptions({methodOption, modeOption, argOption, argsJsonOption, tokenEnvOption, noAuthOption, pollOption,
                       deadlineOption, stateDirOption, jsonOption, profileOption, countOption, slotsOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    m_json = parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (parser.isSet(noAuthOption) && parser.isSet(tokenEnvOption))
        return usageError(QCoreApplication::translate("td::cli", "give either --token-env or --no-auth, not both"));

    TriggerProfile profile;
    if (parser.isSet(profileOption)) {
        if (!positional.isEmpty())
            return usageError(QCoreApplication::translate("td::cli", "give either a URL or --profile, not both"));
        ProfileStore store(ProfileStore::defaultPath());
        QString error;
        if (!store.load(&error))
            return usageError(error);
        const int index = store.indexOf(parser.value(profileOption));
        if (index < 0)
            return usageError(QCoreApplication::translate("td::cli", "no profile named \"%1\" in %2")
                                  .arg(parser.value(profileOption), store.path()));
        profile = store.profiles().at(index);
    } else {
        if (positional.size() != 1)
            return usageError(QCoreApplication::translate("td::cli", "run takes one trigger URL"));
        profile.invokeUrl = QUrl(positional.first(), QUrl::StrictMode);
        // Without --mode the trigger's configured default applies: no $callMode is sent.
        profile.mode = CallMode::TriggerDefault;
        InvokeUrlParts parts;
        profile.name = parseInvokeUrl(profile.invokeUrl, &parts, nullptr) ? parts.slug : profile.invokeUrl.host();
    }
    if (parser.isSet(methodOption))
        profile.method = parser.value(methodOption).toUpper();
    if (parser.isSet(modeOption) && !parseCallMode(parser.value(modeOption), &profile.mode))
        return usageError(QCoreApplication::translate("td::cli", "unknown mode \"%1\"").arg(parser.value(modeOption)));
    bool ok = true;
    if (parser.isSet(pollOption)) {
        profile.pollIntervalMs = parser.value(pollOption).toInt(&ok);
        if (!ok)
            return usageError(
                QCoreApplication::translate("td::cli", "--poll-interval-ms takes a number of milliseconds"));
    }
    if (parser.isSet(deadlineOption)) {
        profile.deadlineSeconds = parser.value(deadlineOption).toInt(&ok);
        if (!ok)
            return usageError(QCoreApplication::translate("td::cli", "--deadline-s takes a number of seconds"));
    }
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1 || count > kMaxCount)
        return usageError(
            QCoreApplication::translate("td::cli", "--count takes a number of jobs from 1 to %1").arg(kMaxCount));
    const int longPollSlots = parser.value(slotsOption).toInt(&ok);
    if (!ok || longPollSlots < 1)
        return usageError(QCoreApplication::translate("td::cli", "--long-poll-slots takes a number, 1 or more"));
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));

    QJsonObject args;
    if (parser.isSet(argsJsonOption)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(argsJsonOption).toUtf8(), &parseError);
        if (!doc.isObject())
            return usageError(QCoreApplication::translate("td::cli", "--args-json must be a JSON object (%1)")
                                  .arg(parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : QCoreApplication::translate("td::cli", "not an object")));
        args = doc.object();
    }
    const QStringList argValues = parser.values(argOption);
    for (const QString &arg : argValues) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(QCoreApplication::translate("td::cli", "--arg takes NAME=VALUE, got \"%1\"").arg(arg));
        args.insert(arg.left(eq), typedArgumentValue(arg.mid(eq + 1)));
    }
    const QStringList argumentProblems = validateArguments(profile.arguments, args);
    if (!argumentProblems.isEmpty())
        return usageError(argumentProblems.join(QLatin1Char(' ')));

    TokenSource source;
    source.variable = parser.value(tokenEnvOption);
    source.variableGiven = parser.isSet(tokenEnvOption);
    source.none = parser.isSet(noAuthOption);
    QString authError;
    AuthProvider *auth = authFor(profile, source, &authError);
    if (!authError.isEmpty())
        return usageError(authError);
    if (parser.isSet(stateDirOption)) {
        const int opened = openStateDir(parser.value(stateDirOption));
        if (opened != ExitSuccess)
            return opened;
    }
    m_engine = new TriggerEngine(this);
    m_engine->setLongPollSlotsPerOrigin(longPollSlots);
    // Many jobs at once: their hops and transitions would interleave, so only each one's report.
    m_progress = count == 1;
    QList<JobRun *> runs;
    for (int i = 0; i < count; ++i)
        runs.append(m_engine->start(profile, args, auth));
    return watch(runs);
}

} // namespace td::cli
