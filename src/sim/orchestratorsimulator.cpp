#include "orchestratorsimulator.h"

#include "simulatorprivate.h"

#include <QSslSocket>
#include <QUuid>

namespace td::sim {

Q_LOGGING_CATEGORY(lcSim, "triggerdesk.sim", QtWarningMsg)

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

OrchestratorSimulatorPrivate::OrchestratorSimulatorPrivate(OrchestratorSimulator *qq) : q(qq)
{
    clock.start();
    triggers = demoTriggers();
}

void OrchestratorSimulatorPrivate::shutdown()
{
    // Drop parked exchanges first: deleting their timers also cuts the connection-closed
    // connections, so no socket torn down below calls back into us.
    for (Held &h : held)
        delete h.timer;
    held.clear();
    qDeleteAll(listeners);
    listeners.clear();
}

quint16 OrchestratorSimulatorPrivate::listenOn(const QHostAddress &host, quint16 port)
{
    auto *listener = new HttpListener(q);
    // A burst of new connections beyond the default backlog of 50 stalls in SYN retransmission.
    listener->setListenBacklogSize(1024);
    if (!tlsCertificate.isNull())
        listener->setTls(tlsCertificate, tlsKey);
    if (!listener->listen(host, port)) {
        qWarning("triggerdesk-sim: cannot listen on %s port %u: %s", qUtf8Printable(host.toString()), unsigned(port),
                 qUtf8Printable(listener->errorString()));
        delete listener;
        return 0;
    }
    QObject::connect(listener, &HttpListener::connectionReady, q, [this](HttpConnection *connection) {
        QObject::connect(connection, &HttpConnection::requestReceived, q,
                         [this, connection](const WireRequest &request) { onRequest(connection, request); });
    });
    listeners.append(listener);
    return listener->serverPort();
}

QUrl OrchestratorSimulatorPrivate::urlForPort(quint16 port) const
{
    if (port == 0)
        return QUrl();
    QHostAddress host = address;
    if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(tlsCertificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host.toString());
    url.setPort(port);
    return url;
}

QString OrchestratorSimulatorPrivate::orchestratorPath() const
{
    return QStringLiteral("/%1/%2/orchestrator_").arg(organization, tenant);
}

QUrl OrchestratorSimulatorPrivate::withPath(const QUrl &base, const QString &path) const
{
    if (base.isEmpty())
        return QUrl();
    QUrl url = base;
    url.setPath(path);
    return url;
}

QString OrchestratorSimulatorPrivate::invokePath(const TriggerDefinition &t) const
{
    return orchestratorPath() + QStringLiteral("/t/") + t.folderKey + QLatin1Char('/') + t.slug;
}

// Location header value for a server-generated URI (status, blocking status, output).
QByteArray OrchestratorSimulatorPrivate::location(const QString &path) const
{
    if (!statusOrigin.isEmpty()) {
        QUrl url;
        url.setScheme(statusOrigin.scheme());
        url.setHost(statusOrigin.host());
        url.setPort(statusOrigin.port());
        url.setPath(path);
        return url.toEncoded();
    }
    if (absoluteLocations)
        return withPath(urlForPort(primaryPort), path).toEncoded();
    return QUrl::toPercentEncoding(path, QByteArrayLiteral("/"));
}

QString OrchestratorSimulatorPrivate::statusPath(const QString &tokenValue) const
{
    return orchestratorPath() + QStringLiteral("/api/triggers/status/") + tokenValue;
}

QString OrchestratorSimulatorPrivate::outputPath(const QString &tokenValue) const
{
    return orchestratorPath() + QStringLiteral("/api/triggers/output/") + tokenValue;
}

// --- OrchestratorSimulator ------------------------------------------------------------------

OrchestratorSimulator::OrchestratorSimulator(QObject *parent)
    : QObject(parent), d(std::make_unique<OrchestratorSimulatorPrivate>(this))
{}

OrchestratorSimulator::~OrchestratorSimulator()
{
    d->shutdown();
}

bool OrchestratorSimulator::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (!QSslSocket::supportsSsl() || certificate.isNull() || key.isNull())
        return false;
    d->tlsCertificate = certificate;
    d->tlsKey = key;
    return true;
}

bool OrchestratorSimulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = d->listenOn(address, port);
    if (bound == 0)
        return false;
    d->address = address;
    d->primaryPort = bound;
    return true;
}

quint16 OrchestratorSimulator::listenSecondary()
{
    const quint16 bound = d->listenOn(d->address, 0);
    if (bound != 0)
        d->secondaryPort = bound;
    return bound;
}

quint16 OrchestratorSimulator::port() const
{
    return d->primaryPort;
}

quint16 OrchestratorSimulator::secondaryPort() const
{
    return d->secondaryPort;
}

QUrl OrchestratorSimulator::baseUrl() const
{
    return d->urlForPort(d->primaryPort);
}

QUrl OrchestratorSimulator::secondaryBaseUrl() const
{
    return d->urlForPort(d->secondaryPort);
}

QString OrchestratorSimulator::organization() const
{
    return d->organization;
}

void OrchestratorSimulator::setOrganization(const QString &organization)
{
    d->organization = organization;
}

QString OrchestratorSimulator::tenant() const
{
    return d->tenant;
}

void OrchestratorSimulator::setTenant(const QString &tenant)
{
    d->tenant = tenant;
}

QUrl OrchestratorSimulator::orchestratorUrl() const
{
    return d->withPath(baseUrl(), d->orchestratorPath());
}

QUrl OrchestratorSimulator::invokeUrl(const QString &slug) const
{
    for (const TriggerDefinition &t : std::as_const(d->triggers)) {
        if (t.slug.compare(slug, Qt::CaseInsensitive) == 0)
            return d->withPath(baseUrl(), d->invokePath(t));
    }
    TriggerDefinition unknown;
    unknown.slug = slug;
    unknown.folderKey = QUuid().toString(QUuid::WithoutBraces);
    return d->withPath(baseUrl(), d->invokePath(unknown));
}

QUrl OrchestratorSimulator::tokenUrl() const
{
    return d->withPath(baseUrl(), QStringLiteral("/identity_/connect/token"));
}

QUrl OrchestratorSimulator::jobsUrl() const
{
    return d->withPath(baseUrl(), d->orchestratorPath() + QStringLiteral("/odata/Jobs"));
}

void OrchestratorSimulator::setTriggers(const QList<TriggerDefinition> &triggers)
{
    d->triggers = triggers;
}

void OrchestratorSimulator::addTrigger(const TriggerDefinition &trigger)
{
    d->triggers.append(trigger);
}

QList<TriggerDefinition> OrchestratorSimulator::triggers() const
{
    return d->triggers;
}

QString OrchestratorSimulator::banner() const
{
    QString text = baseUrl().toString() + QLatin1Char('\n');
    for (const TriggerDefinition &t : std::as_const(d->triggers)) {
        text += t.verb + QLatin1Char(' ') + d->withPath(baseUrl(), d->invokePath(t)).toString() + QLatin1Char(' ') +
                callModeName(t.defaultMode) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    return text;
}

QString OrchestratorSimulator::token() const
{
    return d->token;
}

void OrchestratorSimulator::setToken(const QString &token)
{
    d->token = token;
}

bool OrchestratorSimulator::redirectsRequireAuth() const
{
    return d->redirectsRequireAuth;
}

void OrchestratorSimulator::setRedirectsRequireAuth(bool on)
{
    d->redirectsRequireAuth = on;
}

int OrchestratorSimulator::longPollHoldMs() const
{
    return d->longPollHoldMs;
}

void OrchestratorSimulator::setLongPollHoldMs(int ms)
{
    d->longPollHoldMs = qMax(0, ms);
}

int OrchestratorSimulator::doneRedirectStatus() const
{
    return d->doneRedirectStatus;
}

void OrchestratorSimulator::setDoneRedirectStatus(int status)
{
    if (status < 300 || status > 399) {
        qWarning("triggerdesk-sim: ignoring done-redirect status %d (not a 3xx)", status);
        return;
    }
    d->doneRedirectStatus = status;
}

bool OrchestratorSimulator::absoluteLocations() const
{
    return d->absoluteLocations;
}

void OrchestratorSimulator::setAbsoluteLocations(bool on)
{
    d->absoluteLocations = on;
}

void OrchestratorSimulator::setStampResults(bool on)
{
    d->stampResults = on;
}

QUrl OrchestratorSimulator::statusOrigin() const
{
    return d->statusOrigin;
}

void OrchestratorSimulator::setStatusOrigin(const QUrl &origin)
{
    d->statusOrigin = origin;
}

void OrchestratorSimulator::addClient(const QString &clientId, const QString &secret, const QStringList &scopes)
{
    d->clients.insert(clientId, {secret, scopes});
}

int OrchestratorSimulator::tokenLifetimeSec() const
{
    return d->tokenLifetimeSec;
}

void OrchestratorSimulator::setTokenLifetimeSec(int seconds)
{
    d->tokenLifetimeSec = qMax(0, seconds);
}

int OrchestratorSimulator::tokenRequestCount() const
{
    return d->tokenRequests;
}

void OrchestratorSimulator::revokeIssuedTokens()
{
    d->issuedTokens.clear();
}

void OrchestratorSimulator::addPublicClient(const QString &clientId, const QStringList &redirectUris,
                                            const QStringList &scopes)
{
    d->publicClients.insert(clientId, {redirectUris, scopes});
}

void OrchestratorSimulator::addUser(const QString &name, const QString &password)
{
    d->users.insert(name, password);
}

void OrchestratorSimulator::setRefreshTokenLifetimeSec(int seconds)
{
    d->refreshTokenLifetimeSec = seconds;
}

void OrchestratorSimulator::setAuthorizationCodeLifetimeSec(int seconds)
{
    d->authorizationCodeLifetimeSec = seconds;
}

void OrchestratorSimulator::setAutoSignIn(const QString &user)
{
    d->autoSignInUser = user;
}

void OrchestratorSimulator::revokeRefreshTokens()
{
    d->refreshTokens.clear();
}

void OrchestratorSimulator::setFolderIdBase(qint64 firstId)
{
    d->folderIdBase = qMax<qint64>(1, firstId);
}

void OrchestratorSimulator::setFoldersForbidden(bool forbidden)
{
    d->foldersForbidden = forbidden;
}

void OrchestratorSimulator::setRobots(int count)
{
    d->robots = qMax(0, count);
}

void OrchestratorSimulator::setListRateLimit(int calls, int windowMs)
{
    d->listRateLimit = qMax(0, calls);
    d->listRateWindowMs = qMax(1000, windowMs);
    d->listCalls.clear();
}

FaultPlan OrchestratorSimulator::faultPlan() const
{
    return d->plan;
}

void OrchestratorSimulator::setFaultPlan(const FaultPlan &plan)
{
    d->plan = plan;
    d->rng.seed(plan.seed);
}

void OrchestratorSimulator::queueFault(FaultTarget target, const Fault &fault)
{
    d->queuedFaults[size_t(target)].append(fault);
}

void OrchestratorSimulator::clearQueuedFaults()
{
    for (QList<Fault> &queue : d->queuedFaults)
        queue.clear();
}

int OrchestratorSimulator::jobCount() const
{
    return int(d->jobs.size());
}

QJsonArray OrchestratorSimulator::jobsJson() const
{
    QJsonArray array;
    for (const Job &job : std::as_const(d->jobs))
        array.append(d->jobJson(job));
    return array;
}

int OrchestratorSimulator::heldRequestCount() const
{
    return int(d->held.size());
}

QMap<QString, int> OrchestratorSimulator::faultCounts() const
{
    return d->faultCounts;
}

QList<SimRequest> OrchestratorSimulator::requests() const
{
    return d->log;
}

void OrchestratorSimulator::clearRequests()
{
    d->log.clear();
    d->firstLoggedSerial = d->nextSerial;
}

} // namespace td::sim
