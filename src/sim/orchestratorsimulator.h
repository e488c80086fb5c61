#pragma once

// A local Orchestrator that speaks the API-trigger protocol (docs/protocol.md) for tests, benchmarks
// and demos. It is an independent implementation: it shares no protocol code with the client
// engine, so a misreading of the protocol is not written once into both.
//
// Single-threaded: every request is answered from the event loop. Held requests (long polls,
// slow or hanging answers) are parked with their connection and answered from timers or
// job-completion, never from a thread per request. HTTP is spoken on plain sockets (httpwire.h),
// over TLS too, so faults can cut an answer anywhere.

#include "simtriggers.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace td::sim {

// Seeded random fault injection. Probabilities are 0..1, rolled per request with a
// QRandomGenerator seeded by `seed` (same seed and request sequence: same faults).
struct FaultPlan
{
    quint32 seed = 1;
    double triggerBadGatewayAfterCreate = 0.0; // invoke: create the job, then answer a Cloudflare 502
    double status5xx = 0.0;                    // status/output GETs: 500, 502 or 503
    double status429 = 0.0;                    // status/output GETs: 429 with Retry-After
    int retryAfterSec = 1;
    double dropConnection = 0.0;  // any trigger request: close the socket without answering
    double dropAfterCreate = 0.0; // invoke: create the job, then close the socket without answering
    double cutBody = 0.0;         // status/output GETs: a 200 whose body stops half-way, then close
    double stallBody = 0.0;       // status/output GETs: a 200 whose body stops half-way, then silence
    double slowResponse = 0.0;    // any trigger request: answer slowMs late
    int slowMs = 3000;
};

enum class FaultTarget
{
    Invoke, // the trigger call
    Status, // status GETs (async and long-poll blocking status URIs)
    Output, // output GETs
};

// One deterministic fault for queueFault().
struct Fault
{
    enum class Kind
    {
        BadGatewayAfterCreate, // Invoke: the job is created, the answer is a Cloudflare-like 502.
                               // Status/Output: a plain 502.
        ServerError,           // answer statusCode (JSON body; 502/504 get the Cloudflare HTML)
        TooManyRequests,       // 429 with Retry-After: retryAfterSec
        DropConnection,        // close the socket without answering (no job is created)
        DropAfterCreate,       // Invoke: create the job, then close the socket without answering
        CutBody,               // a 200 whose body stops half-way, then the connection closes
        StallBody,             // a 200 whose body stops half-way, then nothing more
        Slow,                  // handle the request normally, ms late
    };
    Kind kind = Kind::ServerError;
    int statusCode = 500;
    int retryAfterSec = 1;
    int ms = 0;

    static Fault badGatewayAfterCreate();
    static Fault serverError(int statusCode = 500);
    static Fault tooManyRequests(int retryAfterSec = 1);
    static Fault dropConnection();
    static Fault dropAfterCreate();
    static Fault cutBody();
    static Fault stallBody();
    static Fault slow(int ms);

    // A short name for logs and counts: "502-after-create", "5xx", "429", "drop", "cut"...
    QString name() const;
};

// One received request, as logged on arrival.
struct SimRequest
{
    QDateTime receivedAt;
    QString method;
    QString path;  // decoded path
    QString query; // encoded query without '?', empty if none
    HeaderList headers;
    bool hasAuthorization = false;
    QByteArray authorization; // the full Authorization header value
    QByteArray body;
    quint16 port = 0;       // local port the request came in on
    quint16 clientPort = 0; // the client's port: requests on one connection share it
    bool secondary = false;
    // 0: not answered (yet), -1: dropped by an injected fault, -2: the client went away first.
    int responseStatus = 0;
    QString fault;    // the fault injected into this answer (Fault::name()), empty for none
    qint64 jobId = 0; // the job this request created or asked about, 0 for none

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
};

class OrchestratorSimulatorPrivate;

class OrchestratorSimulator : public QObject
{
    Q_OBJECT

public:
    explicit OrchestratorSimulator(QObject *parent = nullptr);
    ~OrchestratorSimulator() override;

    // Listening. port 0 picks a free port. The secondary port (another origin on loopback)
    // serves the same job table; combine with setStatusOrigin() for cross-origin redirects.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Serve https with this certificate and key (before listen()); false when TLS is unavailable.
    bool setTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 listenSecondary(); // 0 on failure
    quint16 port() const;
    quint16 secondaryPort() const;
    QUrl baseUrl() const;          // http://127.0.0.1:PORT (https:// with TLS)
    QUrl secondaryBaseUrl() const; // empty until listenSecondary()

    // URL layout: {base}/{org}/{tenant}/orchestrator_/t/{folderKey}/{slug}
    QString organization() const;
    void setOrganization(const QString &organization); // default demo-org
    QString tenant() const;
    void setTenant(const QString &tenant); // default demo-tenant
    QUrl orchestratorUrl() const;          // {base}/{org}/{tenant}/orchestrator_
    QUrl invokeUrl(const QString &slug) const;
    QUrl tokenUrl() const; // {base}/identity_/connect/token
    QUrl jobsUrl() const;  // {orchestrator}/odata/Jobs

    // Triggers (default: demoTriggers()).
    void setTriggers(const QList<TriggerDefinition> &triggers);
    void addTrigger(const TriggerDefinition &trigger);
    QList<TriggerDefinition> triggers() const;
    // The stdout banner of triggerdesk-sim: base URL, then "VERB INVOKE-URL DEFAULT-MODE" per
    // trigger, then an empty line (the text ends with "\n\n").
    QString banner() const;

    // Protocol settings.
    QString token() const;
    void setToken(const QString &token); // static bearer token, default demo-token
    bool redirectsRequireAuth() const;
    void setRedirectsRequireAuth(bool on); // default on; off: status and output GETs need no token
    int longPollHoldMs() const;
    void setLongPollHoldMs(int ms); // default 20000
    int doneRedirectStatus() const;
    void setDoneRedirectStatus(int status); // 3xx the status URI answers when done, default 303
    bool absoluteLocations() const;
    void setAbsoluteLocations(bool on); // default off: Location is the path only
    // Benchmarks: a successful job's output object also says when the job finished
    // ("_simEndedAtMs", milliseconds since the epoch), so a client's delay in reporting it can be
    // measured. Default off.
    void setStampResults(bool on);
    QUrl statusOrigin() const;
    void setStatusOrigin(const QUrl &origin); // non-empty: status/output URIs absolute at this origin

    // OAuth client credentials (POST {base}/identity_/connect/token). Empty scopes: any scope.
    void addClient(const QString &clientId, const QString &secret, const QStringList &scopes = {});
    int tokenLifetimeSec() const;
    void setTokenLifetimeSec(int seconds); // default 3600
    int tokenRequestCount() const;
    // Every access token issued so far is refused from now on (an administrator revoked them).
    void revokeIssuedTokens();

    // A person signs in ({base}/identity_/connect/authorize: authorization code with PKCE S256),
    // for a non-confidential application with its exact redirect URIs (empty scopes: any), as
    // one of the users added here. offline_access in the scope brings a refresh token: one use
    // each, 60 days by default.
    void addPublicClient(const QString &clientId, const QStringList &redirectUris, const QStringList &scopes = {});
    void addUser(const QString &name, const QString &password);
    void setRefreshTokenLifetimeSec(int seconds);
    // How long an authorization code may wait for its exchange (default 300 s, within RFC 6749
    // 4.1.2's "maximum of 10 minutes"; 0: it has expired when exchanged).
    void setAuthorizationCodeLifetimeSec(int seconds);
    // The sign-in page signs in as this user by itself (a script posts its form), for a test
    // that drives a real browser without scripting it; empty: the person types.
    void setAutoSignIn(const QString &user);
    // Every refresh token is refused from now on (the person signed out elsewhere, an administrator).
    void revokeRefreshTokens();

    // Orchestrator's Jobs API. Folder ids start here (default 1001); a licensing change moves
    // them on the real service, while folder keys stay.
    void setFolderIdBase(qint64 firstId);
    // /odata/Folders refused with 403, as for a token that may only read jobs.
    void setFoldersForbidden(bool forbidden);
    // List calls (GET /odata/Jobs) allowed per window before 429 with Retry-After (default 100 a
    // minute, the real service's limit for non-automation use); 0: no limit. Tests shorten the
    // window.
    void setListRateLimit(int calls, int windowMs = 60000);
    // Robots that run jobs: with N, at most N jobs run at once and the others wait Pending, oldest
    // first, as on a tenant whose robots are busy; 0 (the default): every job runs at once.
    void setRobots(int count);

    // Fault injection.
    FaultPlan faultPlan() const;
    void setFaultPlan(const FaultPlan &plan); // also reseeds the generator
    void queueFault(FaultTarget target, const Fault &fault);
    void clearQueuedFaults();

    // Observability.
    int jobCount() const;
    QJsonArray jobsJson() const;            // the "value" array of /odata/Jobs, oldest first
    int heldRequestCount() const;           // requests parked now (long polls, slow and hanging answers)
    QMap<QString, int> faultCounts() const; // faults injected so far, by Fault::name()
    QList<SimRequest> requests() const;     // the last 10000
    void clearRequests();

Q_SIGNALS:
    void requestReceived(int index); // index into requests()
    // The request was answered, dropped by a fault, or abandoned by the client (responseStatus).
    void requestCompleted(const td::sim::SimRequest &request);
    void jobCreated(qint64 jobId);
    void jobFinished(qint64 jobId);

private:
    friend class OrchestratorSimulatorPrivate;
    std::unique_ptr<OrchestratorSimulatorPrivate> d;
};

} // namespace td::sim

Q_DECLARE_METATYPE(td::sim::SimRequest)
