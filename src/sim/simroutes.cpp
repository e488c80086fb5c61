// Which request goes where: the trigger call, the status and output URIs, OData (simodata.cpp)
// and the token endpoint.

#include "simulatorprivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace td::sim {

namespace {

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

} // namespace

void OrchestratorSimulatorPrivate::onRequest(HttpConnection *connection, const WireRequest &request)
{
    auto ex = std::make_shared<Exchange>();
    ex->connection = connection;
    ex->request = request;
    ex->method = QString::fromLatin1(request.method);
    ex->localPort = connection->localPort();
    ex->secondary = secondaryPort != 0 && ex->localPort == secondaryPort;
    ex->serial = nextSerial++;

    SimRequest entry;
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    entry.method = ex->method;
    entry.path = request.path;
    entry.query = QString::fromLatin1(request.rawQuery);
    entry.headers = request.headers;
    entry.authorization = request.header(QByteArrayLiteral("Authorization"));
    entry.hasAuthorization = !entry.authorization.isEmpty() ||
                             std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &h) {
                                 return h.first.compare(QByteArrayLiteral("Authorization"), Qt::CaseInsensitive) == 0;
                             });
    entry.body = request.body;
    entry.port = ex->localPort;
    entry.clientPort = connection->peerPort();
    entry.secondary = ex->secondary;
    log.append(entry);
    if (log.size() > kMaxLoggedRequests) {
        log.removeFirst();
        ++firstLoggedSerial;
    }
    Q_EMIT q->requestReceived(int(log.size() - 1));

    dispatch(ex);
}

void OrchestratorSimulatorPrivate::dispatch(const ExchangePtr &ex)
{
    const QString &path = ex->request.path;
    if (path.compare(QLatin1String("/identity_/connect/token"), Qt::CaseInsensitive) == 0) {
        handleToken(ex);
        return;
    }
    if (path.compare(QLatin1String("/identity_/connect/authorize"), Qt::CaseInsensitive) == 0) {
        handleAuthorize(ex);
        return;
    }
    if (path.compare(QLatin1String("/identity_/connect/revocation"), Qt::CaseInsensitive) == 0 &&
        ex->method == QLatin1String("POST")) {
        handleRevocation(ex);
        return;
    }
    if (path.compare(QLatin1String("/identity/connect/token"), Qt::CaseInsensitive) == 0) {
        // A standalone Orchestrator's token path on a cloud-shaped service: the web application's
        // page, with 200, as the real one answers a wrong identity path (forum.uipath.com 504018).
        write(ex, 200,
              QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>UiPath Orchestrator</title></head>"
                                "<body><div id=\"app\"></div></body></html>\n"),
              QByteArrayLiteral("text/html; charset=utf-8"));
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
    } else if (parts.size() == 4 && parts.at(0) == QLatin1String("api") && parts.at(1) == QLatin1String("triggers") &&
               (parts.at(2) == QLatin1String("status") || parts.at(2) == QLatin1String("output"))) {
        handleJobUri(ex, parts.at(2) == QLatin1String("output"), parts.at(3));
    } else if (parts.size() == 2 && parts.at(0).compare(QLatin1String("odata"), Qt::CaseInsensitive) == 0) {
        handleOData(ex, parts.at(1));
    } else if (parts.size() == 3 && parts.at(0).compare(QLatin1String("odata"), Qt::CaseInsensitive) == 0 &&
               parts.at(1).compare(QLatin1String("Jobs"), Qt::CaseInsensitive) == 0 &&
               parts.at(2) == QLatin1String("UiPath.Server.Configuration.OData.StopJobs")) {
        handleStopJobs(ex);
    } else {
        notFound(ex);
    }
}

void OrchestratorSimulatorPrivate::methodNotAllowed(const ExchangePtr &ex, const QByteArray &allowed)
{
    writeError(ex, 405, QStringLiteral("The requested resource does not support http method '%1'.").arg(ex->method),
               1003, {{QByteArrayLiteral("Allow"), allowed}});
}

void OrchestratorSimulatorPrivate::notFound(const ExchangePtr &ex)
{
    writeError(ex, 404, QStringLiteral("No resource was found at this address."), 0);
}

const TriggerDefinition *OrchestratorSimulatorPrivate::findTrigger(const QString &folderKey, const QString &slug) const
{
    for (const TriggerDefinition &t : triggers) {
        if (t.slug.compare(slug, Qt::CaseInsensitive) == 0 && t.folderKey.compare(folderKey, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

// Arguments and $callMode from the body (POST, PUT) or the query string (GET, DELETE).
bool OrchestratorSimulatorPrivate::parseArguments(const Exchange &ex, const QString &verb, QJsonObject *args,
                                                  std::optional<QString> *callMode, QString *error) const
{
    const bool bodyVerb = verb == QLatin1String("POST") || verb == QLatin1String("PUT");
    const QString callModeKey = QStringLiteral("$callMode");
    if (bodyVerb) {
        if (ex.request.body.trimmed().isEmpty()) {
            *error = QStringLiteral("The request body is empty: a JSON object is required ({} at least).");
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(ex.request.body, &parseError);
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
    const auto items = ex.request.query.queryItems(QUrl::FullyDecoded);
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

void OrchestratorSimulatorPrivate::handleInvoke(const ExchangePtr &ex, const QString &folderKey, const QString &slug)
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
        methodNotAllowed(ex, t.verb.toLatin1());
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
    if (applyFaults(ex, FaultTarget::Invoke, [&] { return createJob(t, args, mode); }))
        return;

    const qint64 id = createJob(t, args, mode);
    if (SimRequest *entry = logEntry(*ex))
        entry->jobId = id;
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

void OrchestratorSimulatorPrivate::scripted(const ExchangePtr &ex, const TriggerDefinition &t)
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

void OrchestratorSimulatorPrivate::handleJobUri(const ExchangePtr &ex, bool outputSegment, const QString &tokenValue)
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
        methodNotAllowed(ex, QByteArrayLiteral("GET"));
        return;
    }
    const qint64 jobId = it->first;
    const UriKind kind = it->second;
    if (SimRequest *entry = logEntry(*ex))
        entry->jobId = jobId;
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

} // namespace td::sim
