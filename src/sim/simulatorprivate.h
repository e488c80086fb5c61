#pragma once

// The simulator's inside, split by concern into files named after what they do:
//   simwriting.cpp   answers on the wire (JSON, errors, Cloudflare pages, redirects, drops)
//   simholding.cpp   requests parked until a timer or a job's end (long polls, slow answers)
//   simfaults.cpp    injected faults: queued ones first, then the seeded plan
//   simjobs.cpp      the job table and its URIs
//   simauth.cpp      bearer tokens and the OAuth token endpoint
//   simroutes.cpp    which request goes where: invoke, status and output URIs, OData
//   simodata.cpp     /odata/Jobs (filtered), /odata/Jobs(id), /odata/Folders

#include "httpwire.h"
#include "orchestratorsimulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace td::sim {

// triggerdesk.sim: the faults injected, request by request (QT_LOGGING_RULES="triggerdesk.sim.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSim)

enum class JobState
{
    Pending,
    Running,
    Successful,
    Faulted,
    Stopping,    // SoftStop asked: the job stops at its next safe point
    Terminating, // Kill asked
    Stopped,
};
QString jobStateName(JobState state);

// What a server-generated URI token stands for.
enum class UriKind
{
    Status,         // async status: 200 while running, 3xx to the output when done
    BlockingStatus, // long-poll status: held, then the result or a 303 to itself
    Output,         // the job's result
};

struct Job
{
    qint64 id = 0;
    QString key;
    QString slug;
    QString folderKey;
    CallMode mode = CallMode::AsyncRequestReply;
    JobState state = JobState::Pending;
    QJsonObject input;
    QJsonValue output;
    bool faults = false;
    QString faultMessage;
    int faultErrorCode = 0;
    QDateTime created;
    QDateTime started;
    QDateTime ended;
    int durationMs = 0;
    bool holdsRobot = false;
    QString statusToken;
    QString blockingToken;
    QString outputToken;

    bool done() const
    {
        return state == JobState::Successful || state == JobState::Faulted || state == JobState::Stopped;
    }
    bool stopping() const { return state == JobState::Stopping || state == JobState::Terminating; }
};

// One request being answered; it lives in a shared_ptr while parked.
struct Exchange
{
    QPointer<HttpConnection> connection;
    WireRequest request;
    QString method; // "GET", "POST"...
    quint16 localPort = 0;
    bool secondary = false;
    quint64 serial = 0;
    bool faultsDone = false;
    bool finished = false;
};
using ExchangePtr = std::shared_ptr<Exchange>;
using ExchangeHandler = std::function<void(const ExchangePtr &)>;

struct Held
{
    ExchangePtr exchange;
    QTimer *timer = nullptr; // owned; also the context of the connection-closed connection
    qint64 jobId = -1;       // >= 0: answered by onJobDone when that job finishes
    ExchangeHandler onTimeout;
    ExchangeHandler onJobDone;
};

constexpr int kFaultTargets = 3;
constexpr qsizetype kMaxLoggedRequests = 10000; // a long-running demo must not grow without bound

// Any JSON value as compact text (QJsonDocument only takes objects and arrays).
QByteArray jsonBytes(const QJsonValue &value);
QString randomHex(int bytes);
QJsonValue isoOrNull(const QDateTime &time);

class OrchestratorSimulatorPrivate
{
public:
    explicit OrchestratorSimulatorPrivate(OrchestratorSimulator *qq);
    void shutdown();

    struct Client
    {
        QString secret;
        QStringList scopes;
    };
    // A non-confidential external application (sign-in of a person, authorization code with PKCE).
    struct PublicClient
    {
        QStringList redirectUris; // matched exactly
        QStringList scopes;       // empty: any
    };
    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge; // S256 of the verifier
        QString scope;
        QString user;
        qint64 expiresAt = 0; // on `clock`
        bool used = false;
        QStringList issued; // the tokens it gave: revoked if it is presented again
    };
    struct RefreshToken
    {
        QString clientId;
        QString scope;
        QString user;
        qint64 expiresAt = 0; // on `clock`
    };

    OrchestratorSimulator *q;
    QList<HttpListener *> listeners;
    QSslCertificate tlsCertificate;
    QSslKey tlsKey;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 primaryPort = 0;
    quint16 secondaryPort = 0;

    QString organization = QStringLiteral("demo-org");
    QString tenant = QStringLiteral("demo-tenant");
    QList<TriggerDefinition> triggers;

    QString token = QStringLiteral("demo-token");
    bool redirectsRequireAuth = true;
    int longPollHoldMs = 20000;
    int doneRedirectStatus = 303;
    bool absoluteLocations = false;
    bool stampResults = false;
    QUrl statusOrigin;

    QHash<QString, Client> clients;
    int tokenLifetimeSec = 3600;
    int tokenRequests = 0;
    QHash<QString, qint64> issuedTokens; // token -> expiry on `clock`
    QHash<QString, PublicClient> publicClients;
    QHash<QString, QString> users; // who may sign in: name -> password
    QString autoSignInUser;        // the sign-in page submits itself as this user
    int authorizationCodeLifetimeSec = 300;
    QHash<QString, AuthorizationCode> authorizationCodes;
    QHash<QString, RefreshToken> refreshTokens; // the live ones; a used one is gone
    int refreshTokenLifetimeSec = 60 * 24 * 3600;
    qint64 folderIdBase = 1001;    // the first folder's numeric id
    bool foldersForbidden = false; // /odata/Folders answers 403 (a jobs-only token)
    int listRateLimit = 100;       // list calls a window; 0: none
    int listRateWindowMs = 60000;
    QQueue<qint64> listCalls;       // when the recent list calls came, on `clock`
    int robots = 0;                 // jobs that can run at once; 0: as many as come
    int busyRobots = 0;             // jobs holding a robot now
    QQueue<qint64> waitingForRobot; // Pending jobs, oldest first; a stopped one is skipped
    QElapsedTimer clock;

    FaultPlan plan;
    QRandomGenerator rng{1};
    std::array<QList<Fault>, kFaultTargets> queuedFaults;
    QMap<QString, int> faultCounts;
    QSet<QString> erredLastTime; // URIs whose last answer was a planned 5xx: the next one behaves

    QMap<qint64, Job> jobs;
    qint64 nextJobId = 100001;
    QHash<QString, std::pair<qint64, UriKind>> uris;

    QHash<quint64, Held> held;
    quint64 nextHoldId = 1;

    QList<SimRequest> log;
    quint64 firstLoggedSerial = 0;
    quint64 nextSerial = 0;

    // orchestratorsimulator.cpp: listening and URLs
    quint16 listenOn(const QHostAddress &host, quint16 port);
    QUrl urlForPort(quint16 port) const;
    QString orchestratorPath() const;
    QUrl withPath(const QUrl &base, const QString &path) const;
    QString invokePath(const TriggerDefinition &t) const;
    QByteArray location(const QString &path) const; // a Location value for a server URI
    QString statusPath(const QString &tokenValue) const;
    QString outputPath(const QString &tokenValue) const;

    // simwriting.cpp
    SimRequest *logEntry(const Exchange &ex);
    void setLogStatus(const Exchange &ex, int status);
    static bool alive(const Exchange &ex);
    // Marks the exchange answered; false when it was already, or its client has gone (logged).
    bool startAnswer(const ExchangePtr &ex);
    void write(const ExchangePtr &ex, int status, const QByteArray &body, const QByteArray &contentType,
               const HeaderList &headers = {});
    void writeJson(const ExchangePtr &ex, int status, const QJsonValue &json, const HeaderList &headers = {});
    void writeError(const ExchangePtr &ex, int status, const QString &message, int errorCode,
                    const HeaderList &headers = {});
    void writeCloudflare(const ExchangePtr &ex, int status);
    void writeResult(const ExchangePtr &ex, const Job &job);
    void redirect(const ExchangePtr &ex, int status, const QByteArray &target);
    void drop(const ExchangePtr &ex);
    // A 200 that promises a body and stops half-way; closed, or left open to stall.
    void writeHalfBody(const ExchangePtr &ex, bool thenClose);

    // simholding.cpp
    void hold(const ExchangePtr &ex, int ms, qint64 jobId, ExchangeHandler onTimeout, ExchangeHandler onJobDone = {});
    std::optional<Held> takeHeld(quint64 id);
    void answerHeldFor(qint64 jobId);
    void longPoll(const ExchangePtr &ex, qint64 jobId);

    // simfaults.cpp
    std::optional<Fault> rollFault(FaultTarget target, const QString &uri);
    // True when a fault took the request over (answered, dropped or delayed).
    bool applyFaults(const ExchangePtr &ex, FaultTarget target, const std::function<qint64()> &createJob = {});

    // simjobs.cpp
    QString newUriToken(qint64 jobId, UriKind kind);
    qint64 createJob(const TriggerDefinition &t, const QJsonObject &args, CallMode mode);
    // A robot takes the job: Running after a moment, over after its duration.
    void startOnRobot(qint64 id);
    // The job's robot is free again: the oldest job waiting for one takes it.
    void releaseRobot(Job &job);
    void finishJob(qint64 id);
    QJsonObject jobJson(const Job &job) const;

    // simauth.cpp
    // Writes the 401 itself when it returns false.
    bool checkAuth(const ExchangePtr &ex, bool redirectTarget);
    void handleToken(const ExchangePtr &ex);
    // An access token for the client, valid tokenLifetimeSec; its JSON answer's fields.
    QJsonObject issueAccessToken(const QString &scope, QString *issued);

    // simsignin.cpp: a person signs in (authorization code with PKCE, refresh tokens).
    void handleAuthorize(const ExchangePtr &ex);
    void handleCodeGrant(const ExchangePtr &ex, const QUrlQuery &fields);
    void handleRefreshGrant(const ExchangePtr &ex, const QUrlQuery &fields);
    void handleRevocation(const ExchangePtr &ex);
    void writeOAuthError(const ExchangePtr &ex, int status, const char *code, const QString &description);

    // simroutes.cpp
    void onRequest(HttpConnection *connection, const WireRequest &request);
    void dispatch(const ExchangePtr &ex);
    void notFound(const ExchangePtr &ex);
    void methodNotAllowed(const ExchangePtr &ex, const QByteArray &allowed);
    const TriggerDefinition *findTrigger(const QString &folderKey, const QString &slug) const;
    bool parseArguments(const Exchange &ex, const QString &verb, QJsonObject *args, std::optional<QString> *callMode,
                        QString *error) const;
    void handleInvoke(const ExchangePtr &ex, const QString &folderKey, const QString &slug);
    void scripted(const ExchangePtr &ex, const TriggerDefinition &t);
    void handleJobUri(const ExchangePtr &ex, bool outputSegment, const QString &tokenValue);

    // simodata.cpp
    void handleOData(const ExchangePtr &ex, const QString &entity);
    // POST /odata/Jobs/UiPath.Server.Configuration.OData.StopJobs {"jobIds": [...], "strategy": ...}.
    void handleStopJobs(const ExchangePtr &ex);
    // SoftStop: Stopping, then Stopped; Kill: Terminating, then Stopped.
    void stopJob(qint64 id, bool kill);
    qint64 folderIdFor(const QString &folderKey) const; // 0 for a folder no trigger is in
    QStringList folderKeys() const;                     // in the order the triggers name them
    static QString folderPath(qsizetype index);         // "Shared/Folder N", its FullyQualifiedName
    // The folder a request names in its headers (key, path or id); 0 when none or unknown.
    qint64 folderFromHeaders(const ExchangePtr &ex, bool *given) const;
    // Counts a list call against the rate limit; false (429 written) past it.
    bool listAllowed(const ExchangePtr &ex);
    QString folderKeyOf(qint64 folderId) const;
};

} // namespace td::sim
