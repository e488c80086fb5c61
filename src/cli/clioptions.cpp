#include "clioptions.h"

#include "proxysetting.h"
#include "tlstrust.h"
#include "triggerengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <limits>

namespace td::cli {

namespace {

constexpr int kMaxCount = 100000;

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr for a switch
    const char *help;      // translated in the "td::cli" context
    QList<Command> commands;
    const char *defaultValue = nullptr;
};

const QList<OptionSpec> &optionSpecs()
{
    using C = Command;
    static const QList<OptionSpec> specs{
        {"profile",
         "NAME",
         QT_TRANSLATE_NOOP("td::cli", "Run a saved profile instead of a URL (jobs: the profile's Orchestrator and "
                                      "folder)."),
         {C::Run, C::Jobs}},
        {"profile", "NAME", QT_TRANSLATE_NOOP("td::cli", "Only the jobs of this profile (by name)."), {C::Stats}},
        {"since",
         "ISO-8601",
         QT_TRANSLATE_NOOP("td::cli", "Only the jobs launched at or after this date or time (2026-12-01, "
                                      "2026-12-01T08:00:00Z)."),
         {C::Stats}},
        {"state-dir",
         "DIR",
         QT_TRANSLATE_NOOP("td::cli", "Read the job records that run --state-dir DIR kept, instead of the "
                                      "window's history."),
         {C::Stats}},
        {"json", nullptr, QT_TRANSLATE_NOOP("td::cli", "Print the figures as one JSON object."), {C::Stats}},
        {"method",
         "VERB",
         QT_TRANSLATE_NOOP("td::cli", "The trigger's HTTP verb: GET, POST, PUT or DELETE."),
         {C::Run}},
        {"mode",
         "MODE",
         QT_TRANSLATE_NOOP("td::cli", "Call mode: AsyncRequestReply, FireAndForget, LongPolling or default (the "
                                      "trigger's own; the default for a URL)."),
         {C::Run}},
        {"arg",
         "NAME=VALUE",
         QT_TRANSLATE_NOOP("td::cli", "An input argument, typed like JSON (123, true, {\"a\":1}), else a string. "
                                      "Repeatable."),
         {C::Run}},
        {"args-json",
         "JSON",
         QT_TRANSLATE_NOOP("td::cli", "Input arguments as one JSON object (jobs find: the arguments the job was "
                                      "launched with)."),
         {C::Run, C::Jobs}},
        {"around",
         "ISO-8601",
         QT_TRANSLATE_NOOP("td::cli", "jobs find: when the trigger was called (default: now); jobs created from 2 "
                                      "minutes before to 10 minutes after are listed."),
         {C::Jobs}},
        {"correlation",
         "UUID",
         QT_TRANSLATE_NOOP("td::cli", "jobs find: the correlation id the job was launched with (the profile's "
                                      "correlation argument): only the job carrying it matches."),
         {C::Jobs}},
        {"kill",
         nullptr,
         QT_TRANSLATE_NOOP("td::cli", "jobs stop: end the robot's process at once (Kill) instead of asking the "
                                      "process to stop (SoftStop)."),
         {C::Jobs}},
        {"token-env",
         "VAR",
         QT_TRANSLATE_NOOP("td::cli", "The environment variable holding the token (default TRIGGERDESK_TOKEN); "
                                      "wins over a profile's credential."),
         {C::Run, C::Resume, C::Jobs}},
        {"no-auth", nullptr, QT_TRANSLATE_NOOP("td::cli", "Call without a token."), {C::Run, C::Resume, C::Jobs}},
        {"poll-interval-ms", "N", QT_TRANSLATE_NOOP("td::cli", "Status poll interval in milliseconds."), {C::Run}},
        {"poll",
         "adaptive|MS",
         QT_TRANSLATE_NOOP("td::cli", "How to poll the status: adaptive (every interval at first, then a fifth of the "
                                      "time the job has run, at most 30 s), or every MS milliseconds."),
         {C::Run}},
        {"deadline-s", "N", QT_TRANSLATE_NOOP("td::cli", "Long-poll deadline in seconds (at most 86400)."), {C::Run}},
        {"state-dir",
         "DIR",
         QT_TRANSLATE_NOOP("td::cli", "Keep a JSON record of each job here; resume reads them back."),
         {C::Run, C::Resume, C::Jobs}},
        {"json",
         nullptr,
         QT_TRANSLATE_NOOP("td::cli", "Print one JSON object per job on standard output."),
         {C::Run, C::Resume, C::Jobs}},
        {"count",
         "N",
         QT_TRANSLATE_NOOP("td::cli", "Launch N copies at once (a load test); one report per job, the worst exit "
                                      "code."),
         {C::Run}},
        {"long-poll-slots",
         "N",
         QT_TRANSLATE_NOOP("td::cli", "Long polls held at once per server (default 50); more wait as Queued."),
         {C::Run}},
        {"watch-limit-h",
         "N",
         QT_TRANSLATE_NOOP("td::cli", "Stop watching any job after N hours (default 24); it ends TimedOut and can "
                                      "be resumed."),
         {C::Run, C::Resume, C::Jobs}},
        {"ca-file",
         "PEM",
         QT_TRANSLATE_NOOP("td::cli", "Trust the certificate authorities in this PEM file too (an on-premises "
                                      "Orchestrator's private CA); \"\" for none."),
         {C::Run, C::Resume, C::Jobs}},
        {"pin-sha256",
         "HEX",
         QT_TRANSLATE_NOOP("td::cli", "Accept only the server certificate with this SHA-256 fingerprint (64 hex "
                                      "digits, colons allowed), even self-signed; \"\" for none."),
         {C::Run, C::Resume, C::Jobs}},
        {"proxy",
         "URL",
         QT_TRANSLATE_NOOP("td::cli", "The proxy for profiles that name none: system (default: http_proxy, "
                                      "https_proxy, no_proxy), none, or http://[user@]host:port (password in "
                                      "TRIGGERDESK_PROXY_PASSWORD). Loopback never goes through a proxy."),
         {C::Run, C::Resume, C::Jobs}},
        {"pat", nullptr, QT_TRANSLATE_NOOP("td::cli", "credentials add: a personal access token."), {C::Credentials}},
        {"expires",
         "YYYY-MM-DD",
         QT_TRANSLATE_NOOP("td::cli", "credentials add --pat: the token's expiry date, as Orchestrator showed it; "
                                      "runs warn from a week before."),
         {C::Credentials}},
        {"oauth",
         nullptr,
         QT_TRANSLATE_NOOP("td::cli", "credentials add: OAuth client credentials."),
         {C::Credentials}},
        {"browser",
         nullptr,
         QT_TRANSLATE_NOOP("td::cli", "credentials add: a person signs in in the system browser (authorization "
                                      "code with PKCE), then with credentials login NAME."),
         {C::Credentials}},
        {"redirect-port",
         "N",
         QT_TRANSLATE_NOOP("td::cli", "credentials add --browser: the port of the redirect URI "
                                      "http://127.0.0.1:N/ registered in the external application (default 8765)."),
         {C::Credentials}},
        {"client-id",
         "ID",
         QT_TRANSLATE_NOOP("td::cli", "credentials add --oauth|--browser: the application id."),
         {C::Credentials}},
        {"scopes",
         "S",
         QT_TRANSLATE_NOOP("td::cli", "credentials add --oauth|--browser: the scopes (default OR.Jobs; "
                                      "with --browser also offline_access)."),
         {C::Credentials},
         "OR.Jobs"},
        {"identity-url",
         "URL",
         QT_TRANSLATE_NOOP("td::cli", "credentials add|login: the identity server (default: /identity_ on "
                                      "the trigger's host for Automation Cloud and Suite, {Orchestrator "
                                      "URL}/identity for a standalone Orchestrator)."),
         {C::Credentials}},
    };
    return specs;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("td::cli", text);
}

// A whole number from `low` to `high` (any, when they are the int's own limits), or a message
// naming the option.
std::optional<int> number(const QCommandLineParser &parser, const char *name, QString *error,
                          int low = std::numeric_limits<int>::min(), int high = std::numeric_limits<int>::max())
{
    bool ok = false;
    const QString text = parser.value(QLatin1String(name));
    const int value = text.toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    *error = low == std::numeric_limits<int>::min()
                 ? QCoreApplication::translate("td::cli", "--%1 takes a whole number, got \"%2\"")
                       .arg(QLatin1String(name), text)
                 : QCoreApplication::translate("td::cli", "--%1 takes a whole number from %2 to %3, got \"%4\"")
                       .arg(QLatin1String(name))
                       .arg(low)
                       .arg(high)
                       .arg(text);
    return std::nullopt;
}

// Words wrapped at 100 columns, lines after the first indented by `indent`.
QString wrapped(const QString &text, int indent)
{
    constexpr int kWidth = 100;
    QString result;
    int column = indent;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > kWidth) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += int(word.size());
    }
    return result;
}

} // namespace

bool parseOptions(Command command, const QStringList &arguments, CliOptions *options, QString *error)
{
    QCommandLineParser parser;
    for (const OptionSpec &spec : optionSpecs()) {
        if (!spec.commands.contains(command))
            continue;
        QCommandLineOption option(QLatin1String(spec.name), translated(spec.help));
        if (spec.valueName)
            option.setValueName(QLatin1String(spec.valueName));
        if (spec.defaultValue)
            option.setDefaultValue(QLatin1String(spec.defaultValue));
        parser.addOption(option);
    }
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    const auto has = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    CliOptions &o = *options;
    o.positional = parser.positionalArguments().mid(1);
    if (command == Command::Stats) {
        o.profile = value("profile");
        o.stateDir = value("state-dir");
        o.json = has("json");
        if (has("since")) {
            const QString since = value("since");
            o.since = QDateTime::fromString(since, Qt::ISODateWithMs);
            if (!o.since.isValid())
                o.since = QDate::fromString(since, Qt::ISODate).startOfDay();
            if (!o.since.isValid()) {
                *error = QCoreApplication::translate("td::cli", "--since takes a date or a date and time in ISO "
                                                                "8601 (2026-12-01, 2026-12-01T08:00:00Z), got \"%1\"")
                             .arg(since);
                return false;
            }
        }
        return true;
    }
    if (command == Command::Credentials) {
        o.pat = has("pat");
        o.oauth = has("oauth");
        o.browser = has("browser");
        o.clientId = value("client-id");
        o.scopes = value("scopes");
        o.scopesGiven = has("scopes");
        o.identityUrl = value("identity-url");
        if (has("redirect-port")) {
            const std::optional<int> port = number(parser, "redirect-port", error, 1024, 65535);
            if (!port)
                return false;
            o.redirectPort = *port;
        }
        if (has("expires")) {
            o.expiresOn = QDate::fromString(value("expires"), Qt::ISODate);
            if (!o.expiresOn.isValid()) {
                *error = QCoreApplication::translate("td::cli", "--expires takes a date such as 2027-01-31");
                return false;
            }
        }
        return true;
    }
    o.json = has("json");
    o.stateDir = value("state-dir");
    o.noAuth = has("no-auth");
    o.tokenEnvGiven = has("token-env");
    if (o.tokenEnvGiven)
        o.tokenEnv = value("token-env");
    if (o.noAuth && o.tokenEnvGiven) {
        *error = QCoreApplication::translate("td::cli", "give either --token-env or --no-auth, not both");
        return false;
    }
    if (has("ca-file"))
        o.caFile = value("ca-file");
    if (has("pin-sha256")) {
        o.pinSha256 = value("pin-sha256");
        if (const QStringList problems = TlsTrust{QString(), *o.pinSha256}.validate(); !problems.isEmpty()) {
            *error = QStringLiteral("--pin-sha256: ") + problems.join(QLatin1Char(' '));
            return false;
        }
    }
    if (has("proxy")) {
        o.proxy = value("proxy");
        ProxySetting setting;
        QString proxyError;
        if (!ProxySetting::parse(o.proxy, &setting, &proxyError)) {
            *error = QStringLiteral("--proxy: ") + proxyError;
            return false;
        }
    }
    if (has("watch-limit-h")) {
        const std::optional<int> hours = number(parser, "watch-limit-h", error, 1, 24 * 365);
        if (!hours)
            return false;
        o.watchLimitHours = *hours;
    }
    if (command == Command::Jobs) {
        o.profile = value("profile");
        if (has("args-json"))
            o.argsJson = value("args-json");
        o.kill = has("kill");
        o.correlation = value("correlation");
        if (!o.correlation.isEmpty() && o.argsJson) {
            *error = QCoreApplication::translate("td::cli", "give either --args-json or --correlation, not both");
            return false;
        }
        o.around = QDateTime::currentDateTimeUtc();
        if (has("around")) {
            o.around = QDateTime::fromString(value("around"), Qt::ISODateWithMs);
            if (!o.around.isValid()) {
                *error = QCoreApplication::translate("td::cli", "--around takes a date and time in ISO 8601 "
                                                                "(2026-12-04T10:15:00Z), got \"%1\"")
                             .arg(value("around"));
                return false;
            }
        }
        return true;
    }
    if (command == Command::Resume) {
        if (o.stateDir.isEmpty()) {
            *error = QCoreApplication::translate("td::cli", "resume needs --state-dir DIR");
            return false;
        }
        return true;
    }
    o.profile = value("profile");
    o.method = value("method").toUpper();
    o.mode = value("mode");
    o.args = parser.values(QStringLiteral("arg"));
    if (has("args-json"))
        o.argsJson = value("args-json");
    // Their ranges are the profile's rules (TriggerProfile::validate), checked with the rest of it.
    if (has("poll-interval-ms") && !(o.pollIntervalMs = number(parser, "poll-interval-ms", error)))
        return false;
    if (has("poll")) {
        if (value("poll") == QLatin1String("adaptive")) {
            o.adaptivePolling = true;
        } else if (!(o.pollIntervalMs = number(parser, "poll", error))) {
            *error =
                QCoreApplication::translate("td::cli", "--poll takes adaptive or a number of milliseconds, got \"%1\"")
                    .arg(value("poll"));
            return false;
        } else {
            o.adaptivePolling = false;
        }
    }
    if (has("deadline-s") && !(o.deadlineSeconds = number(parser, "deadline-s", error)))
        return false;
    if (has("count")) {
        const std::optional<int> count = number(parser, "count", error, 1, kMaxCount);
        if (!count)
            return false;
        o.count = *count;
    }
    o.longPollSlots = TriggerEngine::kDefaultLongPollSlotsPerOrigin;
    if (has("long-poll-slots")) {
        const std::optional<int> slotCount = number(parser, "long-poll-slots", error, 1, kMaxCount);
        if (!slotCount)
            return false;
        o.longPollSlots = *slotCount;
    }
    return true;
}

bool argumentsJson(const CliOptions &options, QJsonObject *args, QString *error)
{
    if (!options.argsJson)
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(options.argsJson->toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("td::cli", "--args-json must be a JSON object (%1)")
                     .arg(parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : QCoreApplication::translate("td::cli", "not an object"));
        return false;
    }
    *args = doc.object();
    return true;
}

void overrideTls(const CliOptions &options, TlsTrust *trust)
{
    if (options.caFile)
        trust->caFile = *options.caFile;
    if (options.pinSha256)
        trust->pinSha256 = *options.pinSha256;
}

QString usageText()
{
    QString text =
        QCoreApplication::translate("td::cli", "Usage:\n"
                                               "  triggerdesk-cli run URL [options of run]\n"
                                               "  triggerdesk-cli run --profile NAME [options of run]\n"
                                               "  triggerdesk-cli resume --state-dir DIR [options of resume]\n"
                                               "  triggerdesk-cli profiles list|show NAME|import FILE|export FILE\n"
                                               "  triggerdesk-cli credentials list\n"
                                               "  triggerdesk-cli credentials add NAME --pat\n"
                                               "  triggerdesk-cli credentials add NAME --oauth --client-id ID "
                                               "[--scopes S] [--identity-url URL]\n"
                                               "  triggerdesk-cli credentials add NAME --browser --client-id ID "
                                               "[--scopes S] [--identity-url URL] [--redirect-port N]\n"
                                               "  triggerdesk-cli credentials login|logout NAME [--identity-url URL]\n"
                                               "  triggerdesk-cli credentials remove NAME\n"
                                               "  triggerdesk-cli jobs find (URL | --profile NAME) [--around "
                                               "ISO-8601] [--args-json JSON | --correlation UUID]\n"
                                               "  triggerdesk-cli jobs watch ID (URL | --profile NAME)\n"
                                               "  triggerdesk-cli jobs stop ID (URL | --profile NAME) [--kill]\n"
                                               "  triggerdesk-cli stats [--profile NAME] [--since ISO-8601] "
                                               "[--state-dir DIR] [--json]\n");
    const QList<QPair<Command, QString>> sections{
        {Command::Run, QCoreApplication::translate("td::cli", "Options of run:")},
        {Command::Resume, QCoreApplication::translate("td::cli", "Options of resume:")},
        {Command::Credentials, QCoreApplication::translate("td::cli", "Options of credentials add:")},
        {Command::Jobs, QCoreApplication::translate("td::cli", "Options of jobs (the trigger URL or profile names "
                                                               "the Orchestrator and folder):")},
        {Command::Stats, QCoreApplication::translate("td::cli", "Options of stats (the window's history, or "
                                                                "--state-dir; jobs that ended):")},
    };
    for (const auto &[command, title] : sections) {
        text += QLatin1Char('\n') + title + QLatin1Char('\n');
        for (const OptionSpec &spec : optionSpecs()) {
            if (!spec.commands.contains(command))
                continue;
            QString name = QStringLiteral("--") + QLatin1String(spec.name);
            if (spec.valueName)
                name += QLatin1Char(' ') + QLatin1String(spec.valueName);
            text += QStringLiteral("  %1  %2\n").arg(name, -24).arg(wrapped(translated(spec.help), 28));
        }
    }
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "td::cli",
                "A profile's credential is used when it has one (unless --token-env is given); its secret is read\n"
                "from the system keychain. \"credentials add\" reads the secret from standard input, never from\n"
                "arguments. A resumed job uses the credential of the profile it was launched with.\n"
                "\n"
                "Otherwise the token is read from the environment variable --token-env names (default\n"
                "TRIGGERDESK_TOKEN); a run without one is refused unless --no-auth says to call without a token.\n"
                "Exit codes: 0 Successful or Started, 1 Faulted, 2 bad usage or input, 3 Failed, 4 Unknown,\n"
                "5 TimedOut or Cancelled, 6 the job records or profiles could not be written, 7 Stopped in\n"
                "Orchestrator. jobs watch and jobs stop exit as run does; jobs find exits 0 when it lists a job\n"
                "and 4 when it finds none; stats exits 0 when it has figures and 4 when no job ended.\n"
                "stats gives each profile's outcomes and the nearest-rank percentiles (p50, p90, p99) of the\n"
                "durations of its jobs that ran to an end (Successful, Faulted or Stopped).\n");
    return text;
}

} // namespace td::cli
