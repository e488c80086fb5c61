// Injected faults: a queued fault for the target first, else one rolled from the seeded plan.
// Every fault is named in the request log and counted, so a test can tell what the server did.

#include "simulatorprivate.h"

namespace td::sim {

namespace {

Fault make(Fault::Kind kind, int statusCode = 0)
{
    Fault f;
    f.kind = kind;
    f.statusCode = statusCode;
    return f;
}

} // namespace

Fault Fault::badGatewayAfterCreate()
{
    return make(Kind::BadGatewayAfterCreate, 502);
}

Fault Fault::serverError(int statusCode)
{
    return make(Kind::ServerError, statusCode);
}

Fault Fault::tooManyRequests(int retryAfterSec)
{
    Fault f = make(Kind::TooManyRequests, 429);
    f.retryAfterSec = retryAfterSec;
    return f;
}

Fault Fault::dropConnection()
{
    return make(Kind::DropConnection);
}

Fault Fault::dropAfterCreate()
{
    return make(Kind::DropAfterCreate);
}

Fault Fault::cutBody()
{
    return make(Kind::CutBody, 200);
}

Fault Fault::stallBody()
{
    return make(Kind::StallBody, 200);
}

Fault Fault::slow(int ms)
{
    Fault f = make(Kind::Slow);
    f.ms = ms;
    return f;
}

QString Fault::name() const
{
    switch (kind) {
    case Kind::BadGatewayAfterCreate:
        return QStringLiteral("502-after-create");
    case Kind::ServerError:
        return QStringLiteral("%1").arg(statusCode);
    case Kind::TooManyRequests:
        return QStringLiteral("429");
    case Kind::DropConnection:
        return QStringLiteral("drop");
    case Kind::DropAfterCreate:
        return QStringLiteral("drop-after-create");
    case Kind::CutBody:
        return QStringLiteral("cut-body");
    case Kind::StallBody:
        return QStringLiteral("stall-body");
    case Kind::Slow:
        return QStringLiteral("slow");
    }
    return QString();
}

std::optional<Fault> OrchestratorSimulatorPrivate::rollFault(FaultTarget target, const QString &uri)
{
    const FaultPlan &p = plan;
    const bool any = p.triggerBadGatewayAfterCreate > 0 || p.status5xx > 0 || p.status429 > 0 || p.dropConnection > 0 ||
                     p.dropAfterCreate > 0 || p.cutBody > 0 || p.stallBody > 0 || p.slowResponse > 0;
    if (!any)
        return std::nullopt;
    // Always draw the same number of values per request, so one seed gives one sequence.
    const double dropRoll = rng.generateDouble();
    const double errorRoll = rng.generateDouble();
    const double limitRoll = rng.generateDouble();
    const double bodyRoll = rng.generateDouble();
    const double slowRoll = rng.generateDouble();
    static const int codes[] = {500, 502, 503};
    const int code = codes[rng.bounded(3)];
    if (dropRoll < p.dropConnection)
        return Fault::dropConnection();
    if (target == FaultTarget::Invoke) {
        if (errorRoll < p.triggerBadGatewayAfterCreate)
            return Fault::badGatewayAfterCreate();
        if (limitRoll < p.dropAfterCreate)
            return Fault::dropAfterCreate();
    } else {
        // The known errors are intermittent (docs/protocol.md): a URI that just erred answers next time.
        const bool justErred = erredLastTime.remove(uri);
        if (errorRoll < p.status5xx && !justErred) {
            erredLastTime.insert(uri);
            return Fault::serverError(code);
        }
        if (limitRoll < p.status429)
            return Fault::tooManyRequests(p.retryAfterSec);
        if (bodyRoll < p.cutBody)
            return Fault::cutBody();
        if (bodyRoll < p.cutBody + p.stallBody)
            return Fault::stallBody();
    }
    if (slowRoll < p.slowResponse)
        return Fault::slow(p.slowMs);
    return std::nullopt;
}

bool OrchestratorSimulatorPrivate::applyFaults(const ExchangePtr &ex, FaultTarget target,
                                               const std::function<qint64()> &createJob)
{
    if (ex->faultsDone)
        return false;
    ex->faultsDone = true;
    std::optional<Fault> fault;
    QList<Fault> &queue = queuedFaults[size_t(target)];
    if (!queue.isEmpty())
        fault = queue.takeFirst();
    else
        fault = rollFault(target, ex->request.path);
    if (!fault)
        return false;
    ++faultCounts[fault->name()];
    qCDebug(lcSim).noquote() << "fault" << fault->name() << "on" << ex->method << ex->request.path;
    if (SimRequest *entry = logEntry(*ex))
        entry->fault = fault->name();
    const auto createFirst = [&] {
        if (target == FaultTarget::Invoke && createJob) {
            const qint64 id = createJob();
            if (SimRequest *entry = logEntry(*ex))
                entry->jobId = id;
        }
    };
    switch (fault->kind) {
    case Fault::Kind::BadGatewayAfterCreate:
        createFirst();
        writeCloudflare(ex, 502);
        return true;
    case Fault::Kind::DropAfterCreate:
        createFirst();
        drop(ex);
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
    case Fault::Kind::CutBody:
    case Fault::Kind::StallBody:
        writeHalfBody(ex, fault->kind == Fault::Kind::CutBody);
        return true;
    case Fault::Kind::Slow:
        hold(ex, qMax(0, fault->ms), -1, [this](const ExchangePtr &e) { dispatch(e); });
        return true;
    }
    return false;
}

} // namespace td::sim
