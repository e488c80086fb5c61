// triggerdesk-cli run: one job (or a burst of copies) from a URL or a saved profile.

#include "argumentspec.h"
#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "profilestore.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace td::cli {

namespace {

QString cliText(const char *text)
{
    return QCoreApplication::translate("td::cli", text);
}

// --args-json, then each --arg over it; checked against the profile's argument specs.
bool argumentsFor(const CliOptions &options, const TriggerProfile &profile, QJsonObject *args, QString *error)
{
    if (!argumentsJson(options, args, error))
        return false;
    for (const QString &arg : options.args) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = cliText("--arg takes NAME=VALUE, got \"%1\"").arg(arg);
            return false;
        }
        args->insert(arg.left(eq), typedArgumentValue(arg.mid(eq + 1)));
    }
    const QStringList problems = validateArguments(profile.arguments, *args);
    *error = problems.join(QLatin1Char(' '));
    return problems.isEmpty();
}

} // namespace

bool CliRunner::profileFor(const CliOptions &options, const QStringList &urls, TriggerProfile *profile, QString *error)
{
    if (!options.profile.isEmpty()) {
        if (!urls.isEmpty()) {
            *error = cliText("give either a URL or --profile, not both");
            return false;
        }
        ProfileStore store(ProfileStore::defaultPath());
        if (!store.load(error))
            return false;
        const int index = store.indexOf(options.profile);
        if (index < 0) {
            *error = cliText("no profile named \"%1\" in %2").arg(options.profile, store.path());
            return false;
        }
        *profile = store.profiles().at(index);
    } else {
        if (urls.size() != 1) {
            *error = cliText("give one trigger URL, or --profile NAME");
            return false;
        }
        profile->invokeUrl = QUrl(urls.first(), QUrl::StrictMode);
        // Without --mode the trigger's configured default applies: no $callMode is sent.
        profile->mode = CallMode::TriggerDefault;
        InvokeUrlParts parts;
        profile->name = parseInvokeUrl(profile->invokeUrl, &parts, nullptr) ? parts.slug : profile->invokeUrl.host();
    }
    if (!options.method.isEmpty())
        profile->method = options.method;
    if (!options.mode.isEmpty() && !parseCallMode(options.mode, &profile->mode)) {
        *error = cliText("unknown mode \"%1\"").arg(options.mode);
        return false;
    }
    if (options.pollIntervalMs)
        profile->pollIntervalMs = *options.pollIntervalMs;
    if (options.deadlineSeconds)
        profile->deadlineSeconds = *options.deadlineSeconds;
    overrideTls(options, &profile->tls);
    const QStringList problems = profile->validate();
    *error = problems.join(QLatin1Char(' '));
    return problems.isEmpty();
}

int CliRunner::run(const QStringList &arguments)
{
    CliOptions options;
    QString error;
    if (!parseOptions(Command::Run, arguments, &options, &error))
        return usageError(error);
    m_json = options.json;
    TriggerProfile profile;
    QJsonObject args;
    if (!profileFor(options, options.positional, &profile, &error) || !argumentsFor(options, profile, &args, &error))
        return usageError(error);
    AuthProvider *auth = nullptr;
    if (const int ready = setUp(options, profile, &auth); ready != ExitSuccess)
        return ready;
    m_engine->setLongPollSlotsPerOrigin(options.longPollSlots);
    // Many jobs at once: their hops and transitions would interleave, so only each one's report.
    m_progress = options.count == 1;
    QList<JobRun *> runs;
    for (int i = 0; i < options.count; ++i)
        runs.append(m_engine->start(profile, args, auth));
    return watch(runs);
}

} // namespace td::cli
