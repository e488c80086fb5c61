// triggerdesk-sim: option parsing only; the simulator lives in triggerdesk_simlib.

#include "orchestratorsimulator.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <cstdio>
#include <optional>

namespace {

constexpr int kUsageError = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "triggerdesk-sim: %s\nTry 'triggerdesk-sim --help'.\n", qUtf8Printable(message));
    return kUsageError;
}

bool parseInt(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

bool parseProbability(const QString &text, double *value)
{
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    if (!ok || parsed < 0.0 || parsed > 1.0)
        return false;
    *value = parsed;
    return true;
}

// Every option, declared once, and the parser that knows them.
struct CommandLine
{
    CommandLine()
    {
        parser.setApplicationDescription(
            QStringLiteral("A local Orchestrator that serves API triggers in all three call modes.\n"
                           "Prints the base URL, then one line per trigger (VERB INVOKE-URL DEFAULT-MODE), "
                           "then an empty line, and the token it accepts on stderr."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            {portOption,          hostOption,         tokenOption,        triggersOption,       holdOption,
             redirectsAuthOption, clientOption,       lifetimeOption,     seedOption,           badGatewayOption,
             status5xxOption,     status429Option,    retryAfterOption,   dropOption,           dropAfterCreateOption,
             cutOption,           stallOption,        slowOption,         slowMsOption,         tlsCertOption,
             tlsKeyOption,        stampOption,        folderIdBaseOption, listRateLimitOption,  forbidFoldersOption,
             robotsOption,        publicClientOption, userOption,         refreshLifetimeOption});
    }

    QCommandLineParser parser;
    const QCommandLineOption folderIdBaseOption{
        QStringLiteral("folder-id-base"),
        QStringLiteral("The first folder's numeric id (Orchestrator's ids move when a tenant's licensing changes; "
                       "keys do not)."),
        QStringLiteral("N"), QStringLiteral("1001")};
    const QCommandLineOption listRateLimitOption{
        QStringLiteral("list-rate-limit"),
        QStringLiteral("GET /odata/Jobs calls allowed a minute before 429 with Retry-After (0: none)."),
        QStringLiteral("N"), QStringLiteral("100")};
    const QCommandLineOption robotsOption{
        QStringLiteral("robots"),
        QStringLiteral("Robots that run jobs: at most N run at once, the others wait Pending (0: no limit)."),
        QStringLiteral("N"), QStringLiteral("0")};
    const QCommandLineOption forbidFoldersOption{
        QStringLiteral("forbid-folders"),
        QStringLiteral("Refuse /odata/Folders with 403, as for a token that may only read jobs.")};
    const QCommandLineOption portOption{QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one."), QStringLiteral("N"),
                                        QStringLiteral("0")};
    const QCommandLineOption hostOption{QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")};
    const QCommandLineOption tokenOption{QStringLiteral("token"), QStringLiteral("Bearer token to accept."),
                                         QStringLiteral("T"), QStringLiteral("demo-token")};
    const QCommandLineOption triggersOption{
        QStringLiteral("triggers"),
        QStringLiteral("JSON file of triggers (default: the demo set), for instance {\"triggers\": [{\"slug\": "
                       "\"invoices\", \"folderKey\": \"8a4f3c2e-5b1d-4e6f-9a7b-0c1d2e3f4a5b\", \"verb\": \"POST\", "
                       "\"defaultMode\": \"AsyncRequestReply\", \"durationMs\": 2000}]}. Only slug and folderKey "
                       "are required; also \"output\" (any JSON), \"fault\" {\"message\", \"errorCode\"} and "
                       "\"respond\" {\"status\", \"body\", \"headers\", \"hangMs\", \"createJob\"}. Errors name "
                       "the line and the field."),
        QStringLiteral("FILE")};
    const QCommandLineOption holdOption{QStringLiteral("long-poll-hold-ms"),
                                        QStringLiteral("How long a long poll is held before the 303."),
                                        QStringLiteral("N"), QStringLiteral("20000")};
    const QCommandLineOption redirectsAuthOption{
        QStringLiteral("redirects-require-auth"),
        QStringLiteral("Tenant setting: status and output GETs need the token (on|off)."), QStringLiteral("on|off"),
        QStringLiteral("on")};
    const QCommandLineOption clientOption{
        QStringLiteral("client"),
        QStringLiteral("Register an OAuth client (client credentials), any scope; repeatable."),
        QStringLiteral("ID:SECRET")};
    const QCommandLineOption publicClientOption{
        QStringLiteral("public-client"),
        QStringLiteral("Register a non-confidential application for people to sign in (authorization code with "
                       "PKCE), with its exact redirect URI; repeatable."),
        QStringLiteral("ID=REDIRECT-URI")};
    const QCommandLineOption userOption{
        QStringLiteral("user"), QStringLiteral("A person who may sign in on the identity server's page; repeatable."),
        QStringLiteral("NAME:PASSWORD")};
    const QCommandLineOption refreshLifetimeOption{QStringLiteral("refresh-token-lifetime-s"),
                                                   QStringLiteral("Lifetime of refresh tokens (one use each)."),
                                                   QStringLiteral("N"), QStringLiteral("5184000")};
    const QCommandLineOption lifetimeOption{QStringLiteral("token-lifetime-s"),
                                            QStringLiteral("Lifetime of issued access tokens."), QStringLiteral("N"),
                                            QStringLiteral("3600")};
    const QCommandLineOption seedOption{QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault generator."),
                                        QStringLiteral("N"), QStringLiteral("1")};
    const QCommandLineOption badGatewayOption{QStringLiteral("fault-502"),
                                              QStringLiteral("Probability of a 502 after creating the job (invoke)."),
                                              QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption status5xxOption{QStringLiteral("fault-status-5xx"),
                                             QStringLiteral("Probability of a 5xx on status and output GETs."),
                                             QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption status429Option{QStringLiteral("fault-status-429"),
                                             QStringLiteral("Probability of a 429 on status and output GETs."),
                                             QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption retryAfterOption{QStringLiteral("fault-retry-after-s"),
                                              QStringLiteral("Retry-After of injected 429s."), QStringLiteral("N"),
                                              QStringLiteral("1")};
    const QCommandLineOption dropOption{QStringLiteral("fault-drop"),
                                        QStringLiteral("Probability of closing the connection without answering."),
                                        QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption dropAfterCreateOption{
        QStringLiteral("fault-drop-after-create"),
        QStringLiteral("Probability of creating the job, then closing the connection without answering (invoke)."),
        QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption cutOption{
        QStringLiteral("fault-cut"),
        QStringLiteral("Probability of a 200 whose body stops half-way, then a closed connection (status and output "
                       "GETs)."),
        QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption stallOption{
        QStringLiteral("fault-stall"),
        QStringLiteral("Probability of a 200 whose body stops half-way, then silence (status and output GETs)."),
        QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption slowOption{QStringLiteral("fault-slow"), QStringLiteral("Probability of a slow answer."),
                                        QStringLiteral("P"), QStringLiteral("0")};
    const QCommandLineOption slowMsOption{QStringLiteral("fault-slow-ms"), QStringLiteral("Delay of a slow answer."),
                                          QStringLiteral("N"), QStringLiteral("3000")};
    const QCommandLineOption tlsCertOption{QStringLiteral("tls-cert"),
                                           QStringLiteral("Serve https with this PEM certificate (with --tls-key)."),
                                           QStringLiteral("FILE")};
    const QCommandLineOption tlsKeyOption{
        QStringLiteral("tls-key"), QStringLiteral("The PEM private key for --tls-cert."), QStringLiteral("FILE")};
    const QCommandLineOption stampOption{
        QStringLiteral("stamp-results"),
        QStringLiteral("Benchmarks: a result object also says when its job finished (_simEndedAtMs).")};
};

// Where and how it serves: address, token, triggers, holds, the tenant setting, OAuth clients,
// the Jobs API's folders and rate limit. Returns a usage error's exit code, or nullopt.
std::optional<int> configureServer(const CommandLine &cl, td::sim::OrchestratorSimulator &sim)
{
    const QCommandLineParser &parser = cl.parser;
    if (parser.value(cl.tokenOption).isEmpty())
        return usageError(QStringLiteral("--token must not be empty"));
    sim.setToken(parser.value(cl.tokenOption));
    if (parser.isSet(cl.triggersOption)) {
        QString error;
        const auto triggers = td::sim::loadTriggersFile(parser.value(cl.triggersOption), &error);
        if (!triggers)
            return usageError(error);
        sim.setTriggers(*triggers);
    }
    int holdMs = 0;
    if (!parseInt(parser.value(cl.holdOption), 0, 24 * 3600 * 1000, &holdMs))
        return usageError(QStringLiteral("--long-poll-hold-ms must be a non-negative number"));
    sim.setLongPollHoldMs(holdMs);
    sim.setStampResults(parser.isSet(cl.stampOption));
    const QString redirectsAuth = parser.value(cl.redirectsAuthOption);
    if (redirectsAuth != QLatin1String("on") && redirectsAuth != QLatin1String("off"))
        return usageError(QStringLiteral("--redirects-require-auth takes on or off"));
    sim.setRedirectsRequireAuth(redirectsAuth == QLatin1String("on"));
    const QStringList clients = parser.values(cl.clientOption);
    for (const QString &client : clients) {
        const qsizetype colon = client.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == client.size() - 1)
            return usageError(QStringLiteral("--client takes ID:SECRET"));
        sim.addClient(client.left(colon), client.mid(colon + 1));
    }
    const QStringList publicClients = parser.values(cl.publicClientOption);
    for (const QString &client : publicClients) {
        const qsizetype equals = client.indexOf(QLatin1Char('='));
        if (equals <= 0 || !QUrl(client.mid(equals + 1), QUrl::StrictMode).isValid() || equals == client.size() - 1)
            return usageError(QStringLiteral("--public-client takes ID=REDIRECT-URI"));
        sim.addPublicClient(client.left(equals), {client.mid(equals + 1)});
    }
    const QStringList people = parser.values(cl.userOption);
    for (const QString &person : people) {
        const qsizetype colon = person.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return usageError(QStringLiteral("--user takes NAME:PASSWORD"));
        sim.addUser(person.left(colon), person.mid(colon + 1));
    }
    int refreshLifetime = 0;
    if (!parseInt(parser.value(cl.refreshLifetimeOption), 0, 365 * 24 * 3600, &refreshLifetime))
        return usageError(QStringLiteral("--refresh-token-lifetime-s must be a non-negative number"));
    sim.setRefreshTokenLifetimeSec(refreshLifetime);
    int lifetime = 0;
    if (!parseInt(parser.value(cl.lifetimeOption), 0, 365 * 24 * 3600, &lifetime))
        return usageError(QStringLiteral("--token-lifetime-s must be a non-negative number"));
    sim.setTokenLifetimeSec(lifetime);
    int folderIdBase = 0;
    if (!parseInt(parser.value(cl.folderIdBaseOption), 1, 1000000000, &folderIdBase))
        return usageError(QStringLiteral("--folder-id-base must be a positive number"));
    sim.setFolderIdBase(folderIdBase);
    int listRateLimit = 0;
    if (!parseInt(parser.value(cl.listRateLimitOption), 0, 1000000, &listRateLimit))
        return usageError(QStringLiteral("--list-rate-limit must be a non-negative number"));
    sim.setListRateLimit(listRateLimit);
    int robots = 0;
    if (!parseInt(parser.value(cl.robotsOption), 0, 1000000, &robots))
        return usageError(QStringLiteral("--robots must be a non-negative number"));
    sim.setRobots(robots);
    sim.setFoldersForbidden(parser.isSet(cl.forbidFoldersOption));
    return std::nullopt;
}

std::optional<int> configureFaults(const CommandLine &cl, td::sim::OrchestratorSimulator &sim)
{
    const QCommandLineParser &parser = cl.parser;
    td::sim::FaultPlan plan;
    bool seedOk = false;
    plan.seed = parser.value(cl.seedOption).toUInt(&seedOk);
    if (!seedOk)
        return usageError(QStringLiteral("--fault-seed must be a non-negative number"));
    const std::pair<const QCommandLineOption *, double *> probabilities[] = {
        {&cl.badGatewayOption, &plan.triggerBadGatewayAfterCreate},
        {&cl.status5xxOption, &plan.status5xx},
        {&cl.status429Option, &plan.status429},
        {&cl.dropOption, &plan.dropConnection},
        {&cl.dropAfterCreateOption, &plan.dropAfterCreate},
        {&cl.cutOption, &plan.cutBody},
        {&cl.stallOption, &plan.stallBody},
        {&cl.slowOption, &plan.slowResponse},
    };
    for (const auto &[option, target] : probabilities) {
        if (!parseProbability(parser.value(*option), target))
            return usageError(
                QStringLiteral("--%1 must be a probability from 0 to 1").arg(option->names().constFirst()));
    }
    if (!parseInt(parser.value(cl.retryAfterOption), 0, 86400, &plan.retryAfterSec))
        return usageError(QStringLiteral("--fault-retry-after-s must be a non-negative number"));
    if (!parseInt(parser.value(cl.slowMsOption), 0, 3600 * 1000, &plan.slowMs))
        return usageError(QStringLiteral("--fault-slow-ms must be a non-negative number"));
    sim.setFaultPlan(plan);
    return std::nullopt;
}

std::optional<int> configureTls(const CommandLine &cl, td::sim::OrchestratorSimulator &sim)
{
    const QCommandLineParser &parser = cl.parser;
    if (parser.isSet(cl.tlsCertOption) != parser.isSet(cl.tlsKeyOption))
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    if (!parser.isSet(cl.tlsCertOption))
        return std::nullopt;
    QFile certFile(parser.value(cl.tlsCertOption));
    QFile keyFile(parser.value(cl.tlsKeyOption));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read the --tls-cert or --tls-key file"));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (!sim.setTls(QSslCertificate(certFile.readAll()), key))
        return usageError(QStringLiteral("--tls-cert/--tls-key: not a PEM certificate and key, or no TLS support"));
    return std::nullopt;
}

// Access log on stderr: stdout carries only the banner.
void logRequests(td::sim::OrchestratorSimulator &sim)
{
    QObject::connect(
        &sim, &td::sim::OrchestratorSimulator::requestCompleted, &sim, [](const td::sim::SimRequest &request) {
            const QString status = request.responseStatus == -1   ? QStringLiteral("dropped")
                                   : request.responseStatus == -2 ? QStringLiteral("client-gone")
                                                                  : QString::number(request.responseStatus);
            std::fprintf(stderr, "%s %s %s %s\n",
                         qUtf8Printable(request.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))),
                         qUtf8Printable(request.method), qUtf8Printable(request.path), qUtf8Printable(status));
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("triggerdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIGGERDESK_SIM_VERSION));

    CommandLine cl;
    if (!cl.parser.parse(QCoreApplication::arguments()))
        return usageError(cl.parser.errorText());
    if (cl.parser.isSet(QStringLiteral("help")))
        cl.parser.showHelp(0);
    if (cl.parser.isSet(QStringLiteral("version")))
        cl.parser.showVersion();
    if (!cl.parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(cl.parser.positionalArguments().constFirst()));
    int port = 0;
    if (!parseInt(cl.parser.value(cl.portOption), 0, 65535, &port))
        return usageError(QStringLiteral("--port must be a number from 0 to 65535"));
    const QHostAddress host(cl.parser.value(cl.hostOption));
    if (host.isNull())
        return usageError(QStringLiteral("--host must be an IP address"));

    td::sim::OrchestratorSimulator sim;
    for (const auto configure : {configureServer, configureFaults, configureTls}) {
        if (const std::optional<int> failed = configure(cl, sim))
            return *failed;
    }
    if (!sim.listen(host, quint16(port))) {
        std::fprintf(stderr, "triggerdesk-sim: cannot listen on %s port %d\n", qUtf8Printable(host.toString()), port);
        return 1;
    }
    std::fputs(sim.banner().toUtf8().constData(), stdout);
    std::fflush(stdout);
    // A local test server: the token it accepts is no secret, and a person needs it to call it.
    std::fprintf(stderr, "Bearer token accepted: %s\n", qUtf8Printable(sim.token()));
    logRequests(sim);
    td::quitOnTerminationSignals(&app);
    return QCoreApplication::exec();
}
