// triggerdesk-cli run: one job (or a burst of copies) from a URL or a saved profile.

#include "argumentspec.h"
#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "jobrun.h"
#include "profilestore.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>

namespace td::cli {

namespace {

QString cliText(const char *text)
{
    return QCoreApplication::translate("td::cli", text);
}

// What a burst (--count) did, told on stderr at its end (the --json lines stay alone on stdout):
// how its jobs ended, and how long the ones that waited for a long-poll connection waited.
class BurstSummary
{
public:
    void add(const JobRecord &record)
    {
        ++m_states[jobStateLabel(record.state)];
        // Queued until a connection is granted, then Triggering (the engine's long-poll pool).
        // Only calls that may hold a connection wait for one: in another mode, time before
        // Triggering is the burst being started, not a wait for a connection.
        if (record.profile.mode != CallMode::LongPolling && record.profile.mode != CallMode::TriggerDefault)
            return;
        const auto triggering = std::find_if(record.transitions.cbegin(), record.transitions.cend(),
                                             [](const Transition &t) { return t.state == JobState::Triggering; });
        if (record.transitions.isEmpty() || triggering == record.transitions.cend())
            return;
        const qint64 waitedMs = record.transitions.constFirst().at.msecsTo(triggering->at);
        if (waitedMs >= kWaitWorthSayingMs) {
            ++m_waited;
            m_longestWaitMs = qMax(m_longestWaitMs, waitedMs);
        }
    }

    void print(int count) const
    {
        QStringList states;
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
            states << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        err() << cliText("%1 jobs in %2 s: %3.")
                     .arg(count)
                     .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(states.join(QStringLiteral(", ")));
        if (m_waited > 0)
            err() << ' '
                  << cliText("%1 waited for a long-poll connection, the longest %2 s (--long-poll-slots raises the "
                             "limit).")
                         .arg(m_waited)
                         .arg(double(m_longestWaitMs) / 1000.0, 0, 'f', 1);
        err() << Qt::endl;
    }

    void start() { m_clock.start(); }

private:
    static constexpr qint64 kWaitWorthSayingMs = 100;
    QElapsedTimer m_clock;
    QMap<QString, int> m_states;
    int m_waited = 0;
    qint64 m_longestWaitMs = 0;
};

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
    if (options.adaptivePolling)
        profile->adaptivePolling = *options.adaptivePolling;
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
    // More long polls than connections allowed: said at once, not found out from the wall time.
    if (profile.mode == CallMode::LongPolling && options.count > options.longPollSlots)
        err() << cliText("%1 of these %2 long polls wait for a connection: at most %3 are held at once per server "
                         "(--long-poll-slots raises it; each one held keeps a connection open at the server and "
                         "at any gateway on the way).")
                     .arg(options.count - options.longPollSlots)
                     .arg(options.count)
                     .arg(options.longPollSlots)
              << Qt::endl;
    BurstSummary summary;
    summary.start();
    QList<JobRun *> runs;
    for (int i = 0; i < options.count; ++i) {
        JobRun *run = m_engine->start(profile, args, auth);
        if (options.count > 1)
            connect(run, &JobRun::finished, this, [run, &summary] { summary.add(run->record()); });
        runs.append(run);
    }
    const int exitCode = watch(runs);
    if (options.count > 1)
        summary.print(options.count);
    return exitCode;
}

} // namespace td::cli
