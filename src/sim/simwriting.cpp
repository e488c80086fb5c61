// Answers on the wire: JSON, errors, Cloudflare-like gateway pages, redirects, drops, and the
// half-written answers of injected faults.

#include "simulatorprivate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td::sim {

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

SimRequest *OrchestratorSimulatorPrivate::logEntry(const Exchange &ex)
{
    if (ex.serial < firstLoggedSerial)
        return nullptr;
    const quint64 index = ex.serial - firstLoggedSerial;
    if (index >= quint64(log.size()))
        return nullptr;
    return &log[qsizetype(index)];
}

void OrchestratorSimulatorPrivate::setLogStatus(const Exchange &ex, int status)
{
    if (SimRequest *entry = logEntry(ex)) {
        entry->responseStatus = status;
        Q_EMIT q->requestCompleted(*entry);
    }
}

bool OrchestratorSimulatorPrivate::alive(const Exchange &ex)
{
    return ex.connection && ex.connection->isOpen();
}

bool OrchestratorSimulatorPrivate::startAnswer(const ExchangePtr &ex)
{
    if (ex->finished)
        return false;
    ex->finished = true;
    if (!alive(*ex)) {
        setLogStatus(*ex, -2);
        return false;
    }
    return true;
}

void OrchestratorSimulatorPrivate::write(const ExchangePtr &ex, int status, const QByteArray &body,
                                         const QByteArray &contentType, const HeaderList &headers)
{
    if (!startAnswer(ex))
        return;
    HeaderList all = headers;
    const bool typed = std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) {
        return h.first.compare(QByteArrayLiteral("Content-Type"), Qt::CaseInsensitive) == 0;
    });
    if (!typed && !contentType.isEmpty())
        all.append({QByteArrayLiteral("Content-Type"), contentType});
    ex->connection->respond(status, all, body);
    setLogStatus(*ex, status);
}

void OrchestratorSimulatorPrivate::writeJson(const ExchangePtr &ex, int status, const QJsonValue &json,
                                             const HeaderList &headers)
{
    write(ex, status, jsonBytes(json), QByteArrayLiteral("application/json; charset=utf-8"), headers);
}

void OrchestratorSimulatorPrivate::writeError(const ExchangePtr &ex, int status, const QString &message, int errorCode,
                                              const HeaderList &headers)
{
    writeJson(ex, status,
              QJsonObject{{QStringLiteral("message"), message},
                          {QStringLiteral("errorCode"), errorCode},
                          {QStringLiteral("traceId"), randomHex(16)}},
              headers);
}

void OrchestratorSimulatorPrivate::writeCloudflare(const ExchangePtr &ex, int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + HttpConnection::reasonPhrase(status);
    const QByteArray html = QByteArray(QByteArrayLiteral("<html>\r\n<head><title>") + title +
                                       QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") + title +
                                       QByteArrayLiteral("</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                                                         "</body>\r\n</html>\r\n"));
    write(ex, status, html, QByteArrayLiteral("text/html"),
          {{QByteArrayLiteral("CF-RAY"), randomHex(8).toLatin1() + QByteArrayLiteral("-FRA")},
           {QByteArrayLiteral("Server"), QByteArrayLiteral("cloudflare")}});
}

void OrchestratorSimulatorPrivate::writeResult(const ExchangePtr &ex, const Job &job)
{
    if (job.state == JobState::Stopped) {
        // What the real trigger URIs answer for a stopped job is not documented: an error that
        // says so, as for any job that produced no output.
        writeError(ex, 500, QStringLiteral("The job was stopped."), 0);
    } else if (job.faults) {
        writeError(ex, 500, job.faultMessage, job.faultErrorCode);
    } else if (stampResults && job.output.isObject()) {
        QJsonObject stamped = job.output.toObject();
        stamped.insert(QStringLiteral("_simEndedAtMs"), job.ended.toMSecsSinceEpoch());
        writeJson(ex, 200, stamped);
    } else {
        writeJson(ex, 200, job.output);
    }
}

void OrchestratorSimulatorPrivate::redirect(const ExchangePtr &ex, int status, const QByteArray &target)
{
    write(ex, status, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target}});
}

void OrchestratorSimulatorPrivate::drop(const ExchangePtr &ex)
{
    if (ex->finished)
        return;
    ex->finished = true;
    if (ex->connection)
        ex->connection->abort();
    setLogStatus(*ex, -1);
}

void OrchestratorSimulatorPrivate::writeHalfBody(const ExchangePtr &ex, bool thenClose)
{
    if (!startAnswer(ex))
        return;
    const QByteArray body = R"({"state":"Running","note":"this answer never ends as promised"})";
    ex->connection->writeRaw(QByteArrayLiteral("HTTP/1.1 200 OK\r\nServer: triggerdesk-sim\r\n"
                                               "Content-Type: application/json; charset=utf-8\r\n"
                                               "Content-Length: ") +
                             QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") +
                             body.left(body.size() / 2));
    if (thenClose)
        ex->connection->close();
    // A stalled answer stays open until the client gives up; its connection is never reused.
    setLogStatus(*ex, -1);
}

} // namespace td::sim
