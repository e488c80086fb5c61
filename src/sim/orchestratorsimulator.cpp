#include "orchestratorsimulator.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace td::sim {

namespace {

enum class JobState
{
    Pending,
    Running,
    Successful,
    Faulted,
};

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return QStringLiteral("Pending");
    case JobState::Running:
        return QStringLiteral("Running");
    case JobState::Successful:
        return QStringLiteral("Successful");
    case JobState::Faulted:
        return QStringLiteral("Faulted");
    }
    return QString();
}

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
    QString statusToken;
    QString blockingToken;
    QString outputToken;

    bool done() const { return state == JobState::Successful || state == JobState::Faulted; }
};

// One request in flight. The responder is move-only, so the exchange lives in a shared_ptr
// while it is parked (long poll, slow or hanging answer).
struct Exchange
{
    explicit Exchange(QHttpServerResponder &&r) : responder(std::move(r)) {}

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QString method;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    quint16 localPort = 0;
    bool secondary = false;
    quint64 serial = 0;
    bool faultsDone = false;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
};
using ExchangePtr = std::shared_ptr<Exchange>;
using ExchangeHandler = std::function<void(const ExchangePtr &)>;

struct Held
{
    ExchangePtr exchange;
    QTimer *timer = nullptr; // owned; also the context of the disconnect connection
    qint64 jobId = -1;       // >= 0: answered by onJobDone when that job finishes
    ExchangeHandler onTimeout;
    ExchangeHandler onJobDone;
};

// QHttpServer is final and routes to views that answer synchronously; the abstract server lets
// us keep the responder.
class HttpFront final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *, QHttpServerResponder &&)>;

    HttpFront(Handler handler, QObject *parent) : QAbstractHttpServer(parent), m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

// Any JSON value as compact text (QJsonDocument only takes objects and arrays).
QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// A query-string value: JSON numbers, booleans, objects and arrays are typed, the rest is text.
QJsonValue typedQueryValue(const QString &text)
{
    const QByteArray wrapped = QByteArray(QByteArrayLiteral("[") + text.toUtf8() + QByteArrayLiteral("]"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && document.isArray() && document.array().size() == 1) {
        const QJsonValue value = document.array().at(0);
        if (value.isDouble() || value.isBool() || value.isObject() || value.isArray())
            return value;
    }
    return text;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

constexpr int kFaultTargets = 3;
constexpr qsizetype kMaxLoggedRequests = 10000; // a long-running demo must not grow without bound

} // namespace

Fault Fault::badGatewayAfterCreate()
{
    Fault f;
    f.kind = Kind::BadGatewayAfterCreate;
    f.statusCode = 502;
    return f;
}

Fault Fault::serverError(int statusCode)
{
    Fault f;
    f.kind = Kind::ServerError;
    f.statusCode = statusCode;
    return f;
}

Fault Fault::tooManyRequests(int retryAfterSec)
{
    Fault f;
    f.kind = Kind::TooManyRequests;
    f.statusCode = 429;
    f.retryAfterSec = retryAfterSec;
    return f;
}

Fault Fault::dropConnection()
{
    Fault f;
    f.kind = Kind::DropConnection;
    f.statusCode = 0;
    return f;
}

Fault Fault::slow(int ms)
{
    Fault f;
    f.kind = Kind::Slow;
    f.statusCode = 0;
    f.ms = ms;
    return f;
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

class OrchestratorSimulatorPrivate
{
public:
    explicit OrchestratorSimulatorPrivate(OrchestratorSimulator *qq) : q(qq)
    {
        clock.start();
        triggers = demoTriggers();
        server = new HttpFront(
            [this](const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder) {
                onRequest(request, socket, std::move(responder));
            },
            q);
    }

    void shutdown()
    {
        // Drop parked exchanges first: deleting their timers also cuts the disconnect
        // connections, so no socket torn down below calls back into us.
        for (Held &h : held)
            delete h.timer;
        held.clear();
        delete server;
        server = nullptr;
    }

    struct Client
    {
        QString secret;
        QStringList scopes;
    };

    OrchestratorSimulator *q;
    HttpFront *server = nullptr;
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
    QUrl statusOrigin;

    QHash<QString, Client> clients;
    int tokenLifetimeSec = 3600;
    int tokenRequests = 0;
    QHash<QString, qint64> issuedTokens; // token -> expiry on `clock`
    QElapsedTimer clock;

    FaultPlan plan;
    QRandomGenerator rng{1};
    std::array<QList<Fault>, kFaultTargets> queuedFaults;

    QMap<qint64, Job> jobs;
    qint64 nextJobId = 100001;
    QHash<QString, std::pair<qint64, UriKind>> uris;

    QHash<quint64, Held> held;
    quint64 nextHoldId = 1;

    QList<SimRequest> log;
    quint64 firstLoggedSerial = 0;
    quint64 nextSerial = 0;

    // QAbstractHttpServer::listen() keeps QTcpServer's default backlog of 50: a burst of new
    // connections beyond it stalls in SYN retransmission for seconds. Bring our own server.
    quint16 listenOn(const QHostAddress &host, quint16 port)
    {
        auto *tcp = new QTcpServer(server);
        tcp->setListenBacklogSize(1024);
        if (!tcp->listen(host, port)) {
            qWarning("triggerdesk-sim: cannot listen on %s port %u: %s", qUtf8Printable(host.toString()),
                     unsigned(port), qUtf8Printable(tcp->errorString()));
            delete tcp;
            return 0;
        }
        server->bind(tcp);
        return tcp->serverPort();
    }

    // --- URLs -------------------------------------------------------------------------------

    QUrl urlForPort(quint16 port) const
    {
        if (port == 0)
            return QUrl();
        QHostAddress host = address;
        if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
            host = QHostAddress(QHostAddress::LocalHost);
        else if (host == QHostAddress(QHostAddress::AnyIPv6))
            host = QHostAddress(QHostAddress::LocalHostIPv6);
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host.toString());
        url.setPort(port);
        return url;
    }

    QString orchestratorPath() const { return QStringLiteral("/%1/%2/orchestrator_").arg(organization, tenant); }

    QUrl withPath(const QUrl &base, const QString &path) const
    {
        if (base.isEmpty())
            return QUrl();
        QUrl url = base;
        url.setPath(path);
        return url;
    }

    QString invokePath(const TriggerDefinition &t) const
    {
        return orchestratorPath() + QStringLiteral("/t/") + t.folderKey + QLatin1Char('/') + t.slug;
    }

    // Location header value for a server-generated URI (status, blocking status, output).
    QByteArray location(const QString &path) const
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

    QString statusPath(const QString &tokenValue) const
    {
        return orchestratorPath() + QStringLiteral("/api/triggers/status/") + tokenValue;
    }

    QString outputPath(const QString &tokenValue) const
    {
        return orchestratorPath() + QStringLiteral("/api/triggers/output/") + tokenValue;
    }

    // --- request log ------------------------------------------------------------------------

    void setLogStatus(const Exchange &ex, int status)
    {
        if (ex.serial < firstLoggedSerial)
            return;
        const quint64 index = ex.serial - firstLoggedSerial;
        if (index >= quint64(log.size()))
            return;
        SimRequest &entry = log[qsizetype(index)];
        entry.responseStatus = status;
        Q_EMIT q->requestCompleted(entry);
    }

    // --- writing ----------------------------------------------------------------------------

    static bool alive(const Exchange &ex) { return ex.socket && ex.socket->state() == QAbstractSocket::ConnectedState; }

    void write(const ExchangePtr &ex, int status, const QByteArray &body, const QByteArray &contentType,
               const HeaderList &headers = {})
    {
        if (ex->finished)
            return;
        ex->finished = true;
        if (!alive(*ex)) {
            setLogStatus(*ex, -2);
            return;
        }
        // The status line is written directly: QHttpServerResponder::writeStatusLine() only
        // knows the codes of its StatusCode enum, and scripted answers may use any code.
        ex->socket->write(QByteArray(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
                                     reasonPhrase(status) + QByteArrayLiteral("\r\n")));
        QHttpServerResponder &r = ex->responder;
        r.writeHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("triggerdesk-sim"));
        r.writeHeader(QByteArrayLiteral("Date"), httpDate());
        bool typed = false;
        for (const auto &h : headers) {
            if (h.first.compare(QByteArrayLiteral("Content-Length"), Qt::CaseInsensitive) == 0)
                continue;
            if (h.first.compare(QByteArrayLiteral("Content-Type"), Qt::CaseInsensitive) == 0)
                typed = true;
            r.writeHeader(h.first, h.second);
        }
        if (!typed && !contentType.isEmpty())
            r.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        r.writeBody(body);
        setLogStatus(*ex, status);
    }

    void writeJson(const ExchangePtr &ex, int status, const QJsonValue &json, const HeaderList &headers = {})
    {
        write(ex, status, jsonBytes(json), QByteArrayLiteral("application/json; charset=utf-8"), headers);
    }

    void writeError(const ExchangePtr &ex, int status, const QString &message, int errorCode,
                    const HeaderList &headers = {})
    {
        writeJson(ex, status,
                  QJsonObject{{QStringLiteral("message"), message},
                              {QStringLiteral("errorCode"), errorCode},
                              {QStringLiteral("traceId"), randomHex(16)}},
                  headers);
    }

    void writeCloudflare(const ExchangePtr &ex, int status)
    {
        const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
        const QByteArray html = QByteArray(QByteArrayLiteral("<html>\r\n<head><title>") + title +
                                           QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") + title +
                                           QByteArrayLiteral("</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                                                             "</body>\r\n</html>\r\n"));
        write(ex, status, html, QByteArrayLiteral("text/html"),
              {{QByteArrayLiteral("CF-RAY"), randomHex(8).toLatin1() + QByteArrayLiteral("-FRA")},
               {QByteArrayLiteral("Server"), QByteArrayLiteral("cloudflare")}});
    }

    void writeResult(const ExchangePtr &ex, const Job &job)
    {
        if (job.faults)
            writeError(ex, 500, job.faultMessage, job.faultErrorCode);
        else
            writeJson(ex, 200, job.output);
    }

    void redirect(const ExchangePtr &ex, int status, const QByteArray &target)
    {
        write(ex, status, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target}});
    }

    void drop(const ExchangePtr &ex)
    {
        if (ex->finished)
            return;
        ex->finished = true;
        if (ex->socket)
            ex->socket->abort();
        setLogStatus(*ex, -1);
    }

    // --- holding ----------------------------------------------------------------------------

    // Parks the exchange: onTimeout after ms (never if ms < 0), or onJobDone when job jobId
    // finishes. A client that disconnects meanwhile is dropped without writing anything.
    void hold(const ExchangePtr &ex, int ms, qint64 jobId, ExchangeHandler onTimeout, ExchangeHandler onJobDone = {})
    {
        if (!alive(*ex)) {
            ex->finished = true;
            setLogStatus(*ex, -2);
            return;
        }
        const quint64 id = nextHoldId++;
        Held h;
        h.exchange = ex;
        h.jobId = jobId;
        h.onTimeout = std::move(onTimeout);
        h.onJobDone = std::move(onJobDone);
        h.timer = new QTimer(q);
        h.timer->setSingleShot(true);
        h.timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
        QObject::connect(h.timer, &QTimer::timeout, h.timer, [this, id] {
            std::optional<Held> taken = takeHeld(id);
            if (taken && taken->onTimeout)
                taken->onTimeout(taken->exchange);
        });
        QObject::connect(ex->socket.data(), &QAbstractSocket::disconnected, h.timer, [this, id] {
            std::optional<Held> taken = takeHeld(id);
            if (taken) {
                taken->exchange->finished = true;
                setLogStatus(*taken->exchange, -2);
            }
        });
        if (ms >= 0)
            h.timer->start(ms);
        held.insert(id, std::move(h));
    }

    std::optional<Held> takeHeld(quint64 id)
    {
        auto it = held.find(id);
        if (it == held.end())
            return std::nullopt;
        Held h = std::move(it.value());
        held.erase(it);
        h.timer->stop();
        QObject::disconnect(h.timer, nullptr, nullptr, nullptr);
        h.timer->deleteLater();
        return h;
    }

    // --- faults -----------------------------------------------------------------------------

    std::optional<Fault> rollFault(FaultTarget target)
    {
        const FaultPlan &p = plan;
        const bool any = p.triggerBadGatewayAfterCreate > 0 || p.status5xx > 0 || p.status429 > 0 ||
                         p.dropConnection > 0 || p.slowResponse > 0;
        if (!any)
            return std::nullopt;
        // Always draw the same number of values per request, so one seed gives one sequence.
        const double dropRoll = rng.generateDouble();
        const double errorRoll = rng.generateDouble();
        const double limitRoll = rng.generateDouble();
        const double slowRoll = rng.generateDouble();
        static const int codes[] = {500, 502, 503};
        const int code = codes[rng.bounded(3)];
        if (dropRoll < p.dropConnection)
            return Fault::dropConnection();
        if (target == FaultTarget::Invoke) {
            if (errorRoll < p.triggerBadGatewayAfterCreate)
                return Fault::badGatewayAfterCreate();
        } else {
            if (errorRoll < p.status5xx)
                return Fault::serverError(code);
            if (limitRoll < p.status429)
                return Fault::tooManyRequests(p.retryAfterSec);
        }
        if (slowRoll < p.slowResponse)
            return Fault::slow(p.slowMs);
        return std::nullopt;
    }

    // Returns true when a fault took the request over (answered, dropped or delayed).
    bool applyFaults(const ExchangePtr &ex, FaultTarget target, const std::function<void()> &createJob = {})
    {
        if (ex->faultsDone)
            return false;
        ex->faultsDone = true;
        std::optional<Fault> fault;
        QList<Fault> &queue = queuedFaults[size_t(target)];
        if (!queue.isEmpty())
            fault = queue.takeFirst();
        else
            fault = rollFault(target);
        if (!fault)
            return false;
        switch (fault->kind) {
        case Fault::Kind::BadGatewayAfterCreate:
            if (target == FaultTarget::Invoke && createJob)
                createJob();
            writeCloudflare(ex, 502);
            return true;
        case Fault::Kind::ServerError:
            if (fault->statusCode == 502 || fault->statusCode == 504)
                writeCloudflare(ex, fault->statusCode);
            else
                writeError(ex, fault->statusCode, QStringLiteral("The service is temporarily unavailable."), 0);
            return true;
        case Fault::Kind::TooManyRequests:
            writeError(ex, 429, QStringLiteral("Too many requests. Try again later."), 0,
                       {{QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSec)}});
            return true;
        case Fault::Kind::DropConnection:
            drop(ex);
            return true;
        case Fault::Kind::Slow:
            hold(ex, qMax(0, fault->ms), -1, [this](const ExchangePtr &e) { dispatch(e); });
            return true;
        }
        return false;
    }

    // --- auth -------------------------------------------------------------------------------

    // Writes the 401 itself when it returns false.
    bool checkAuth(const ExchangePtr &ex, bool redirectTarget)
    {
        if (redirectTarget && !redirectsRequireAuth)
            return true;
        const QByteArray value = ex->header(QByteArrayLiteral("Authorization")).trimmed();
        QString message = QStringLiteral("You are not authenticated!");
        if (value.left(7).toLower() == QByteArrayLiteral("bearer ")) {
            const QString presented = QString::fromUtf8(value.mid(7).trimmed());
            if (!token.isEmpty() && presented == token)
                return true;
            const auto it = issuedTokens.constFind(presented);
            if (it != issuedTokens.constEnd()) {
                if (clock.elapsed() < it.value())
                    return true;
                message = QStringLiteral("You are not authenticated! The access token has expired.");
            }
        }
        writeError(ex, 401, message, 0,
                   {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer error=\"invalid_token\"")}});
        return false;
    }

    // --- jobs -------------------------------------------------------------------------------

    QString newUriToken(qint64 jobId, UriKind kind)
    {
        QString value = randomHex(16);
        while (uris.contains(value))
            value = randomHex(16);
        uris.insert(value, {jobId, kind});
        return value;
    }

    qint64 createJob(const TriggerDefinition &t, const QJsonObject &args, CallMode mode)
    {
        Job job;
        job.id = nextJobId++;
        job.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.slug = t.slug;
        job.folderKey = t.folderKey;
        job.mode = mode;
        job.input = args;
        job.output = t.output ? *t.output : QJsonValue(QJsonObject{{QStringLiteral("echo"), args}});
        job.faults = t.faults;
        job.faultMessage = t.faultMessage;
        job.faultErrorCode = t.faultErrorCode;
        job.created = QDateTime::currentDateTimeUtc();
        job.outputToken = newUriToken(job.id, UriKind::Output);
        if (mode == CallMode::AsyncRequestReply)
            job.statusToken = newUriToken(job.id, UriKind::Status);
        else if (mode == CallMode::LongPolling)
            job.blockingToken = newUriToken(job.id, UriKind::BlockingStatus);
        const qint64 id = job.id;
        jobs.insert(id, job);

        const int pendingMs = qMin(100, t.durationMs / 10);
        QTimer::singleShot(pendingMs, Qt::PreciseTimer, q, [this, id] {
            auto it = jobs.find(id);
            if (it != jobs.end() && it->state == JobState::Pending) {
                it->state = JobState::Running;
                it->started = QDateTime::currentDateTimeUtc();
            }
        });
        QTimer::singleShot(t.durationMs, Qt::PreciseTimer, q, [this, id] { finishJob(id); });
        Q_EMIT q->jobCreated(id);
        return id;
    }

    void finishJob(qint64 id)
    {
        auto it = jobs.find(id);
        if (it == jobs.end() || it->done())
            return;
        it->ended = QDateTime::currentDateTimeUtc();
        if (!it->started.isValid())
            it->started = it->ended;
        it->state = it->faults ? JobState::Faulted : JobState::Successful;
        Q_EMIT q->jobFinished(id);

        QList<quint64> waiting;
        for (auto h = held.cbegin(); h != held.cend(); ++h) {
            if (h->jobId == id)
                waiting.append(h.key());
        }
        for (quint64 holdId : std::as_const(waiting)) {
            std::optional<Held> taken = takeHeld(holdId);
            if (taken && taken->onJobDone)
                taken->onJobDone(taken->exchange);
        }
    }

    QJsonObject jobJson(const Job &job) const
    {
        QJsonValue outputArguments = QJsonValue::Null;
        if (job.state == JobState::Successful)
            outputArguments = QString::fromUtf8(jsonBytes(job.output));
        QString info;
        if (job.state == JobState::Faulted)
            info = job.faultMessage;
        else if (job.state == JobState::Successful)
            info = QStringLiteral("Job completed");
        return QJsonObject{
            {QStringLiteral("Id"), job.id},
            {QStringLiteral("Key"), job.key},
            {QStringLiteral("State"), jobStateName(job.state)},
            {QStringLiteral("ReleaseName"), job.slug},
            {QStringLiteral("Source"), QStringLiteral("ApiTrigger")},
            {QStringLiteral("FolderKey"), job.folderKey},
            {QStringLiteral("CallMode"), callModeName(job.mode)},
            {QStringLiteral("InputArguments"), QString::fromUtf8(jsonBytes(job.input))},
            {QStringLiteral("OutputArguments"), outputArguments},
            {QStringLiteral("Info"), info},
            {QStringLiteral("CreationTime"), isoOrNull(job.created)},
            {QStringLiteral("StartTime"), isoOrNull(job.started)},
            {QStringLiteral("EndTime"), isoOrNull(job.ended)},
        };
    }

    void longPoll(const ExchangePtr &ex, qint64 jobId)
    {
        const auto it = jobs.constFind(jobId);
        if (it == jobs.constEnd()) {
            writeError(ex, 404, QStringLiteral("The job was not found."), 1002);
            return;
        }
        if (it->done()) {
            writeResult(ex, *it);
            return;
        }
        const QString blockingPath = statusPath(it->blockingToken);
        hold(
            ex, longPollHoldMs, jobId,
            [this, blockingPath](const ExchangePtr &e) { redirect(e, 303, location(blockingPath)); },
            [this, jobId](const ExchangePtr &e) { writeResult(e, jobs.value(jobId)); });
    }

    // --- endpoints --------------------------------------------------------------------------

    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder)
    {
        auto ex = std::make_shared<Exchange>(std::move(responder));
        ex->socket = socket;
        ex->method = methodName(request.method());
        const QUrl url = request.url();
        ex->path = url.path();
        ex->query = QUrlQuery(url);
        ex->headers = request.headers();
        ex->body = request.body();
        ex->localPort = socket->localPort();
        ex->secondary = secondaryPort != 0 && ex->localPort == secondaryPort;
        ex->serial = nextSerial++;

        SimRequest entry;
        entry.receivedAt = QDateTime::currentDateTimeUtc();
        entry.method = ex->method;
        entry.path = ex->path;
        entry.query = url.query(QUrl::FullyEncoded);
        entry.headers = ex->headers;
        for (const auto &h : std::as_const(ex->headers)) {
            if (h.first.compare(QByteArrayLiteral("Authorization"), Qt::CaseInsensitive) == 0) {
                entry.hasAuthorization = true;
                entry.authorization = h.second;
            }
        }
        entry.body = ex->body;
        entry.port = ex->localPort;
        entry.secondary = ex->secondary;
        log.append(entry);
        if (log.size() > kMaxLoggedRequests) {
            log.removeFirst();
            ++firstLoggedSerial;
        }
        Q_EMIT q->requestReceived(int(log.size() - 1));

        dispatch(ex);
    }

    void dispatch(const ExchangePtr &ex)
    {
        const QString &path = ex->path;
        if (path.compare(QLatin1String("/identity_/connect/token"), Qt::CaseInsensitive) == 0) {
            handleToken(ex);
            return;
        }
        const QString prefix = orchestratorPath() + QLatin1Char('/');
        if (!path.startsWith(prefix, Qt::CaseInsensitive)) {
            notFound(ex);
            return;
        }
        const QStringList parts = path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 3 && parts.at(0) == QLatin1String("t")) {
            handleInvoke(ex, parts.at(1), parts.at(2));
        } else if (parts.size() == 4 && parts.at(0) == QLatin1String("api") &&
                   parts.at(1) == QLatin1String("triggers") &&
                   (parts.at(2) == QLatin1String("status") || parts.at(2) == QLatin1String("output"))) {
            handleJobUri(ex, parts.at(2) == QLatin1String("output"), parts.at(3));
        } else if (parts.size() == 2 && parts.at(0).compare(QLatin1String("odata"), Qt::CaseInsensitive) == 0 &&
                   parts.at(1).compare(QLatin1String("Jobs"), Qt::CaseInsensitive) == 0) {
            handleJobs(ex);
        } else {
            notFound(ex);
        }
    }

    void notFound(const ExchangePtr &ex)
    {
        writeError(ex, 404, QStringLiteral("No resource was found at this address."), 0);
    }

    const TriggerDefinition *findTrigger(const QString &folderKey, const QString &slug) const
    {
        for (const TriggerDefinition &t : triggers) {
            if (t.slug.compare(slug, Qt::CaseInsensitive) == 0 &&
                t.folderKey.compare(folderKey, Qt::CaseInsensitive) == 0)
                return &t;
        }
        return nullptr;
    }

    // Arguments and $callMode from the body (POST, PUT) or the query string (GET, DELETE).
    bool parseArguments(const Exchange &ex, const QString &verb, QJsonObject *args, std::optional<QString> *callMode,
                        QString *error) const
    {
        const bool bodyVerb = verb == QLatin1String("POST") || verb == QLatin1String("PUT");
        const QString callModeKey = QStringLiteral("$callMode");
        if (bodyVerb) {
            if (ex.body.trimmed().isEmpty()) {
                *error = QStringLiteral("The request body is empty: a JSON object is required ({} at least).");
                return false;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(ex.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                *error = QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
                return false;
            }
            if (!document.isObject()) {
                *error = QStringLiteral("The request body must be a JSON object.");
                return false;
            }
            *args = document.object();
            if (args->contains(callModeKey)) {
                const QJsonValue mode = args->take(callModeKey);
                if (!mode.isString()) {
                    *error = QStringLiteral("$callMode must be a string.");
                    return false;
                }
                *callMode = mode.toString();
            }
        }
        const auto items = ex.query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (item.first == callModeKey) {
                if (!callMode->has_value())
                    *callMode = item.second;
            } else if (!bodyVerb) {
                args->insert(item.first, typedQueryValue(item.second));
            }
        }
        return true;
    }

    void handleInvoke(const ExchangePtr &ex, const QString &folderKey, const QString &slug)
    {
        if (!checkAuth(ex, false))
            return;
        const TriggerDefinition *found = findTrigger(folderKey, slug);
        if (!found) {
            writeError(ex, 404, QStringLiteral("Trigger not found."), 1623);
            return;
        }
        const TriggerDefinition t = *found;
        if (ex->method != t.verb) {
            writeError(ex, 405,
                       QStringLiteral("The requested resource does not support http method '%1'.").arg(ex->method),
                       1003, {{QByteArrayLiteral("Allow"), t.verb.toLatin1()}});
            return;
        }
        if (t.respond) {
            scripted(ex, t);
            return;
        }
        QJsonObject args;
        std::optional<QString> callModeText;
        QString error;
        if (!parseArguments(*ex, t.verb, &args, &callModeText, &error)) {
            writeError(ex, 400, error, 1001);
            return;
        }
        CallMode mode = t.defaultMode;
        if (callModeText) {
            const auto parsed = callModeFromName(*callModeText);
            if (!parsed) {
                writeError(ex, 400,
                           QStringLiteral("Invalid $callMode '%1': expected AsyncRequestReply, FireAndForget or "
                                          "LongPolling.")
                               .arg(*callModeText),
                           1001);
                return;
            }
            mode = *parsed;
        }
        if (applyFaults(ex, FaultTarget::Invoke, [&] { createJob(t, args, mode); }))
            return;

        const qint64 id = createJob(t, args, mode);
        const Job &job = jobs[id];
        switch (mode) {
        case CallMode::AsyncRequestReply:
            redirect(ex, 202, location(statusPath(job.statusToken)));
            break;
        case CallMode::FireAndForget:
            write(ex, 200, QByteArray(), QByteArray());
            break;
        case CallMode::LongPolling:
            longPoll(ex, id);
            break;
        }
    }

    void scripted(const ExchangePtr &ex, const TriggerDefinition &t)
    {
        const ScriptedResponse answer = *t.respond;
        if (answer.createJob) {
            QJsonObject args;
            std::optional<QString> callModeText;
            QString ignored;
            parseArguments(*ex, t.verb, &args, &callModeText, &ignored);
            const auto parsed = callModeText ? callModeFromName(*callModeText) : std::nullopt;
            createJob(t, args, parsed.value_or(t.defaultMode));
        }
        auto send = [this, answer](const ExchangePtr &e) {
            QByteArray contentType;
            if (!answer.body.isEmpty()) {
                QJsonParseError parseError;
                QJsonDocument::fromJson(answer.body, &parseError);
                contentType = parseError.error == QJsonParseError::NoError
                                  ? QByteArrayLiteral("application/json; charset=utf-8")
                                  : QByteArrayLiteral("text/plain; charset=utf-8");
            }
            write(e, answer.status, answer.body, contentType, answer.headers);
        };
        if (answer.hangMs == 0)
            send(ex);
        else
            hold(ex, answer.hangMs, -1, send);
    }

    void handleJobUri(const ExchangePtr &ex, bool outputSegment, const QString &tokenValue)
    {
        if (!checkAuth(ex, true))
            return;
        const auto it = uris.constFind(tokenValue);
        const bool known = it != uris.constEnd() && (it->second == UriKind::Output) == outputSegment;
        if (!known || !jobs.contains(it->first)) {
            writeError(ex, 404, QStringLiteral("The job was not found."), 1002);
            return;
        }
        if (ex->method != QLatin1String("GET")) {
            writeError(ex, 405,
                       QStringLiteral("The requested resource does not support http method '%1'.").arg(ex->method),
                       1003, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
            return;
        }
        const qint64 jobId = it->first;
        const UriKind kind = it->second;
        if (applyFaults(ex, kind == UriKind::Output ? FaultTarget::Output : FaultTarget::Status))
            return;
        const Job &job = jobs[jobId];
        switch (kind) {
        case UriKind::Status:
            if (job.done()) {
                redirect(ex, doneRedirectStatus, location(outputPath(job.outputToken)));
            } else {
                // "state" is Running until the end; "jobState" tells Pending from Running.
                writeJson(ex, 200,
                          QJsonObject{{QStringLiteral("state"), QStringLiteral("Running")},
                                      {QStringLiteral("jobState"), jobStateName(job.state)},
                                      {QStringLiteral("jobId"), job.id},
                                      {QStringLiteral("jobKey"), job.key},
                                      {QStringLiteral("createdAt"), isoOrNull(job.created)}});
            }
            break;
        case UriKind::BlockingStatus:
            longPoll(ex, jobId);
            break;
        case UriKind::Output:
            if (job.done())
                writeResult(ex, job);
            else
                writeError(ex, 404, QStringLiteral("The job has not finished: no output yet."), 1002);
            break;
        }
    }

    void handleJobs(const ExchangePtr &ex)
    {
        if (!checkAuth(ex, false))
            return;
        if (ex->method != QLatin1String("GET")) {
            writeError(ex, 405,
                       QStringLiteral("The requested resource does not support http method '%1'.").arg(ex->method),
                       1003, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
            return;
        }
        static const QRegularExpression idFilter(QStringLiteral("^\\s*Id\\s+eq\\s+(\\d+)\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression keyFilter(QStringLiteral("^\\s*Key\\s+eq\\s+'?([0-9a-fA-F-]{36})'?\\s*$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        QString filter;
        const auto items = ex->query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (item.first == QLatin1String("$filter"))
                filter = item.second;
        }
        std::optional<qint64> idWanted;
        std::optional<QString> keyWanted;
        if (const auto m = idFilter.match(filter); m.hasMatch())
            idWanted = m.captured(1).toLongLong();
        else if (const auto k = keyFilter.match(filter); k.hasMatch())
            keyWanted = k.captured(1);

        QJsonArray value;
        for (const Job &job : std::as_const(jobs)) {
            if (idWanted && job.id != *idWanted)
                continue;
            if (keyWanted && job.key.compare(*keyWanted, Qt::CaseInsensitive) != 0)
                continue;
            value.append(jobJson(job));
        }
        writeJson(ex, 200,
                  QJsonObject{
                      {QStringLiteral("@odata.context"),
                       withPath(urlForPort(ex->localPort), orchestratorPath() + QStringLiteral("/odata/$metadata#Jobs"))
                           .toString()},
                      {QStringLiteral("@odata.count"), value.size()},
                      {QStringLiteral("value"), value}});
    }

    void handleToken(const ExchangePtr &ex)
    {
        ++tokenRequests;
        auto oauthError = [this, &ex](int status, const char *code, const QString &description) {
            writeJson(ex, status,
                      QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                                  {QStringLiteral("error_description"), description}},
                      {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
        };
        if (ex->method != QLatin1String("POST")) {
            oauthError(405, "invalid_request", QStringLiteral("The token endpoint takes POST only."));
            return;
        }
        // application/x-www-form-urlencoded: '+' is a space.
        QString form = QString::fromUtf8(ex->body);
        form.replace(QLatin1Char('+'), QLatin1String("%20"));
        const QUrlQuery fields(form);
        auto field = [&fields](const char *name) {
            return fields.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        };
        QString clientId = field("client_id");
        QString secret = field("client_secret");
        const QByteArray authorization = ex->header(QByteArrayLiteral("Authorization")).trimmed();
        if (clientId.isEmpty() && authorization.left(6).toLower() == QByteArrayLiteral("basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            if (colon > 0) {
                clientId = QUrl::fromPercentEncoding(decoded.left(colon));
                secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
            }
        }
        if (field("grant_type") != QLatin1String("client_credentials")) {
            oauthError(400, "unsupported_grant_type", QStringLiteral("Only client_credentials is supported."));
            return;
        }
        const auto client = clients.constFind(clientId);
        if (clientId.isEmpty() || client == clients.constEnd() || client->secret != secret) {
            oauthError(400, "invalid_client", QStringLiteral("Unknown client or wrong secret."));
            return;
        }
        const QStringList requested = field("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList granted = requested;
        if (requested.isEmpty()) {
            granted = client->scopes;
        } else if (!client->scopes.isEmpty()) {
            for (const QString &scope : requested) {
                if (!client->scopes.contains(scope)) {
                    oauthError(400, "invalid_scope",
                               QStringLiteral("The client is not allowed the scope '%1'.").arg(scope));
                    return;
                }
            }
        }
        const QString accessToken = QStringLiteral("sim-at-") + randomHex(24);
        issuedTokens.insert(accessToken, clock.elapsed() + qint64(tokenLifetimeSec) * 1000);
        writeJson(ex, 200,
                  QJsonObject{{QStringLiteral("access_token"), accessToken},
                              {QStringLiteral("expires_in"), tokenLifetimeSec},
                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("scope"), granted.join(QLatin1Char(' '))}},
                  {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                   {QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")}});
    }
};

// --- OrchestratorSimulator ------------------------------------------------------------------

OrchestratorSimulator::OrchestratorSimulator(QObject *parent)
    : QObject(parent), d(std::make_unique<OrchestratorSimulatorPrivate>(this))
{}

OrchestratorSimulator::~OrchestratorSimulator()
{
    d->shutdown();
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
