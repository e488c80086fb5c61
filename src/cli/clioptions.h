#pragma once

// Every option of triggerdesk-cli, declared once: each subcommand parses its own from this table
// into one CliOptions, and --help lists them from it, so the usage text cannot miss one.

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace td {
struct TlsTrust;
}

namespace td::cli {

enum class Command
{
    Run,
    Resume,
    Credentials,
    Jobs, // jobs find|watch|stop
    Stats,
};

// The options given, parsed and checked (numbers in range, not both of two exclusive ones).
struct CliOptions
{
    QStringList positional; // after the subcommand
    QString profile;        // --profile NAME
    QString method;         // upper case; empty: the profile's, or POST
    QString mode;           // as given; empty: the profile's, or the trigger's default
    QStringList args;       // --arg NAME=VALUE, in order
    std::optional<QString> argsJson;
    QString tokenEnv = QStringLiteral("TRIGGERDESK_TOKEN");
    bool tokenEnvGiven = false;
    bool noAuth = false;
    std::optional<int> pollIntervalMs;
    std::optional<bool> adaptivePolling; // --poll adaptive (true) or --poll MS (false)
    std::optional<int> deadlineSeconds;
    QString stateDir;
    bool json = false;
    int count = 1;
    int longPollSlots = 0;   // set from the engine's default when not given
    int watchLimitHours = 0; // 0: the engine's default
    // Certificate trust over the profile's (or the recorded jobs'): a PEM file, a pin.
    std::optional<QString> caFile;
    std::optional<QString> pinSha256;
    QString proxy; // "system" (default), "none" or a proxy URL, for profiles that defer to it
    // jobs
    bool kill = false;   // jobs stop: Kill rather than SoftStop
    QDateTime around;    // jobs find: when the trigger was called (default: now)
    QString correlation; // jobs find: the correlation id the job was launched with
    // stats
    QDateTime since; // only jobs launched at or after it; invalid: all
    // credentials add
    bool pat = false;
    bool oauth = false;
    bool browser = false; // a person signs in (credentials login)
    QString clientId;
    QString scopes;
    bool scopesGiven = false;
    QString identityUrl;
    int redirectPort = 0; // 0: the default
    QDate expiresOn;      // --expires
};

// Parses `arguments` (the whole command line, the program and subcommand first) for `command`.
// False with a message for a person when an option is unknown, malformed or out of range.
bool parseOptions(Command command, const QStringList &arguments, CliOptions *options, QString *error);

// --args-json, when given, into *args; false with a message for a person when it is not a JSON
// object.
bool argumentsJson(const CliOptions &options, QJsonObject *args, QString *error);

// --ca-file and --pin-sha256, where given, over a profile's trust.
void overrideTls(const CliOptions &options, TlsTrust *trust);

// The whole --help text: the synopsis of each subcommand and every option with what it does.
QString usageText();

} // namespace td::cli
