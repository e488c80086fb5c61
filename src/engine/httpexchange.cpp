#include "httpexchange.h"

#include "triggerprofile.h"

#include <QNetworkAccessManager>

#include <cstring>

namespace td {

namespace {

// A request body that can be read once and never rewound. Qt's HTTP/1 channel silently sends a
// request again when its connection closes before the answer (handleUnexpectedEOF, and a
// RemoteHostClosedError while waiting), for every method in Qt 6.4 and for the ones it deems
// idempotent (GET, PUT, ...) in later versions. A request that carries such a device cannot be
// re-sent: Qt fails it with ContentReSendError instead. A request made with get() has no device,
// so every request that may start a job, GET and DELETE included, goes out with one (empty for
// them): to Qt it is then a custom request, which it never counts as idempotent either.
class OneShotDevice : public QIODevice
{
public:
    explicit OneShotDevice(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

// Headers worth keeping in the timeline; URL-valued ones are redacted.
const QByteArray kRecordedHeaders[] = {"Location", "Retry-After", "Content-Type"};

// Qt reports an HTTP error status as an error of the reply too; only transport failures count here.
bool isStatusError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 201 && code <= 299 && error != QNetworkReply::ContentReSendError) || (code >= 401 && code <= 499) ||
           error == QNetworkReply::ProtocolInvalidOperationError ||
           error == QNetworkReply::ProxyAuthenticationRequiredError;
}

// Failures that happen before any byte of the request is written: no job can exist.
bool certainlyBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return true;
    default:
        return false;
    }
}

// Qt's HTTP/2 code reports a stream that a GOAWAY refused, and a request it could not start after
// one, with error codes it uses for other failures too; its own words (not translated, the same
// in Qt 6.4 and 6.8: qhttp2protocolhandler.cpp) tell them apart.
bool refusedBeforeProcessing(QNetworkReply::NetworkError error, const QString &errorString)
{
    return (error == QNetworkReply::ContentReSendError &&
            errorString.contains(QLatin1String("stopped accepting new streams before this stream was established"))) ||
           (error == QNetworkReply::ProtocolUnknownError &&
            errorString.contains(QLatin1String("GOAWAY received, cannot start a request")));
}

// Whether an answer Qt ended without an error stopped short of the Content-Length it promised.
// Qt's HTTP/1 handler ends a reply as complete when it finds the connection closed and nothing
// left to read while the body is still coming (qhttpprotocolhandler.cpp, _q_receiveReply: "this
// case happens when the server did not send a content length"), whatever the length promised
// (other projects report the same of HTTP/2 streams). When Qt decompresses a body it drops the
// header (removeAutoDecompressHeader), so a length still there counts the bytes read.
bool endedShortOfItsLength(const QNetworkReply *reply, int status, qint64 bodyBytes)
{
    if (status < 200 || status == 204 || status == 304)
        return false; // no body to come
    bool ok = false;
    const qint64 promised = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && bodyBytes < promised;
}

// Qt buffers at most this much of an answer before it stops reading the socket.
constexpr qint64 kReadBufferBytes = 256 * 1024;

} // namespace

void HttpExchange::Request::routeThrough(const ProxyRouting &routing)
{
    const QNetworkProxy through = routing.proxyFor(url);
    proxy = ProxyRouting::describe(through);
    if (const QByteArray authorization = ProxyRouting::preemptiveAuthorization(url, through); !authorization.isEmpty())
        headers.append({QByteArrayLiteral("Proxy-Authorization"), authorization});
}

HttpExchange::HttpExchange(QNetworkAccessManager *manager, Scheduler *scheduler, const Request &request,
                           QObject *parent, std::weak_ptr<RequestGate> gate)
    : QObject(parent), m_request(request), m_gate(std::move(gate)), m_idleAlarm(scheduler, [this] { onIdleAlarm(); })
{
    QNetworkRequest &wire = m_wire;
    wire.setUrl(request.url);
    // Redirects are followed by the job, hop by hop, never by the network stack.
    wire.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The body limit below counts decoded bytes; Qt's own ratio check would fail first, unexplained.
    wire.setDecompressedSafetyCheckThreshold(-1);
    wire.setRawHeader("Accept", "application/json");
    if (!request.token.isEmpty())
        wire.setRawHeader("Authorization", "Bearer " + request.token);
    for (const auto &[name, value] : request.headers)
        wire.setRawHeader(name, value);
    if (request.tls)
        request.tls->apply(&wire);
    if (request.sendOnce) {
        // Over HTTP/1.1 only. Qt's HTTP/2 fails a stream that a server's GOAWAY refused
        // (ContentReSendError, as for a request that may have been written), though such a stream
        // was never processed (RFC 9113, 6.8), and it re-sends after a 401 or 407 even with a body
        // that cannot rewind: on HTTP/1.1 the rules above hold on every Qt 6. Polls, output reads
        // and long polls, safe to repeat, keep HTTP/2 where the server offers it.
        wire.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (request.hasBody && !wire.hasRawHeader("Content-Type"))
            wire.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        wire.setHeader(QNetworkRequest::ContentLengthHeader, request.hasBody ? request.body.size() : 0);
        wire.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }
    // Its time counts from now, waiting for its turn included, as it did in Qt's own queue.
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    if (const auto shared = m_gate.lock())
        // Trigger calls and GETs in lanes of their own, as Qt keeps their connections apart.
        m_ticket =
            shared->enter(manager, originOf(request.url) + (request.sendOnce ? QStringLiteral(" once") : QString()),
                          [this, manager] { send(manager); });
    else
        send(manager);
}

void HttpExchange::send(QNetworkAccessManager *manager)
{
    QNetworkReply *reply = nullptr;
    if (!m_request.sendOnce) {
        reply = manager->get(m_wire);
    } else {
        auto *body = new OneShotDevice(m_request.hasBody ? m_request.body : QByteArray(), this);
        reply = manager->sendCustomRequest(m_wire, m_request.method, body);
        body->setParent(reply);
    }
    // Set before Qt starts the request: told later, at the answer's headers, it would have read as
    // much as came meanwhile (a busy window, a fast server). Each read then sends Qt's network
    // thread a message (and a wake-up), so onFinished reads again only when something is left.
    reply->setReadBufferSize(kReadBufferBytes);
    m_reply = reply;
    // Qt's own transfer timeout is a timer per reply, restarted on every chunk; one alarm on the
    // shared scheduler, moved on only when it fires, does the same for a fraction of the cost.
    // As with Qt's, 0 means none. It counts from the request's hand-over, not its wait.
    m_lastActivityMs = m_clock.elapsed();
    if (timeoutMs() > 0)
        m_idleAlarm.start(timeoutMs());
    // Whether the request may have reached the server, whatever came back (or did not), matters
    // for a request sent once (a trigger call, a token request). Qt may report a drop before it
    // reports the request written, so "sent" is not the only proof: a failure counts as before
    // sending only when it is one that precedes any write, or when a new https connection never
    // finished its handshake (a reused one has none to finish). Each connection costs a little
    // for every poll, so the ones a request cannot use are left out.
    if (m_request.sendOnce)
        connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    if (m_request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { m_newConnection = true; });
        // Qt waits for these two on its network thread, so a refusal here comes before any byte
        // of the request is written.
        connect(reply, &QNetworkReply::encrypted, this, &HttpExchange::onEncrypted);
        connect(reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onActivity);
    if (m_request.hasBody) // a large body on a slow link is activity too
        connect(reply, &QNetworkReply::uploadProgress, this, &HttpExchange::onActivity);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::leaveGate()
{
    if (const RequestGate::Ticket ticket = std::exchange(m_ticket, 0); ticket != 0) {
        if (const auto gate = m_gate.lock())
            gate->done(ticket);
    }
}

void HttpExchange::dropReply()
{
    leaveGate(); // waiting for its turn, it gives it up
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

void HttpExchange::onIdleAlarm()
{
    if (!m_reply)
        return;
    const qint64 quietMs = m_clock.elapsed() - m_lastActivityMs;
    if (quietMs < timeoutMs()) {
        m_idleAlarm.start(timeoutMs() - quietMs);
        return;
    }
    // Nothing for the whole timeout: the reply ends now, as timed out (onFinished).
    m_timedOut = true;
    m_reply->abort();
}

QSslCertificate HttpExchange::serverCertificate(const QList<QSslError> &errors) const
{
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    return peer.isNull() && !errors.isEmpty() ? errors.first().certificate() : peer;
}

void HttpExchange::onEncrypted()
{
    m_encrypted = true;
    const QSslCertificate server = serverCertificate({});
    if (!m_request.tls || m_request.tls->accepts(server))
        return;
    m_pinRefused = true;
    m_tlsRefusal = describePinMismatch(server);
    m_refusedCertificatePem = server.toPem();
    m_certificateTrustable = true; // the system (or the CA file) vouches for it: only the pin refused
    m_reply->abort();
}

void HttpExchange::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate server = serverCertificate(errors);
    if (m_request.tls && m_request.tls->overrides(errors, server)) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_tlsRefusal = describeCertificateRefusal(errors, server, m_request.url.host());
    m_refusedCertificatePem = server.toPem();
    m_certificateTrustable = TlsPolicy::onlyAboutTheSigner(errors);
}

void HttpExchange::onReadyRead()
{
    onActivity();
    // What is there and no more: readAll() allocates at least 16 KB a call, where most answers
    // are a few hundred bytes, and reading the one block Qt holds takes it without a copy.
    // (A compressed answer says one byte more than it holds until it is all decoded.)
    while (!m_tooLarge) {
        const qint64 available = m_reply->bytesAvailable();
        const QByteArray chunk = available > 0 ? m_reply->read(available) : QByteArray();
        if (chunk.isEmpty())
            return;
        m_bodyBytes += chunk.size();
        const qint64 room = m_request.bodyLimit - m_body.size();
        if (chunk.size() <= room) {
            m_body.append(chunk); // shares the chunk while the body is empty
            continue;
        }
        // Stop reading: the rest would only cost memory. The answer says it was too large.
        m_body.append(chunk.constData(), room);
        m_tooLarge = true;
        m_reply->abort(); // which finishes the reply (onFinished)
    }
}

void HttpExchange::onFinished()
{
    if (!m_reply || m_abortedByUs)
        return;
    if (m_reply->isOpen())
        onReadyRead(); // what is left in Qt's buffer
    m_idleAlarm.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    leaveGate();

    HttpAnswer answer;
    answer.url = m_request.url;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A proxy that refuses the credentials sent to it may answer 401 with its own Basic challenge
    // instead of 407 (tinyproxy up to 1.11.2: its issue #532). Orchestrator never asks for Basic
    // credentials, so that 401 is the proxy's refusal.
    m_proxyAnswered401 = answer.status == 401 &&
                         reply->rawHeader("WWW-Authenticate").trimmed().toLower().startsWith("basic") &&
                         std::any_of(m_request.headers.cbegin(), m_request.headers.cend(),
                                     [](const auto &header) { return header.first == "Proxy-Authorization"; });
    if (m_proxyAnswered401)
        answer.status = 407;
    QNetworkReply::NetworkError error = m_pinRefused ? QNetworkReply::SslHandshakeFailedError : reply->error();
    const bool cutShort =
        !m_tooLarge && error == QNetworkReply::NoError && endedShortOfItsLength(reply, answer.status, m_bodyBytes);
    if (cutShort)
        error = QNetworkReply::RemoteHostClosedError;
    const bool transportFailed =
        !m_tooLarge && error != QNetworkReply::NoError && !(answer.status >= 400 && isStatusError(error));
    answer.error = transportFailed ? error : QNetworkReply::NoError;
    answer.errorString = !transportFailed ? Phrase()
                         : error == QNetworkReply::SslHandshakeFailedError && !m_tlsRefusal.isEmpty()
                             ? m_tlsRefusal
                             : Phrase::verbatim(reply->errorString());
    answer.body = m_body;
    answer.bodyBytes = m_bodyBytes;
    answer.bodyLimit = m_request.bodyLimit;
    answer.tooLarge = m_tooLarge;
    answer.timedOut = m_timedOut || answer.error == QNetworkReply::TimeoutError;
    answer.refusedUnprocessed = answer.status == 0 && refusedBeforeProcessing(answer.error, answer.errorString.text());
    const bool https = m_request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    answer.handshakeUnfinished = https && m_newConnection && !m_encrypted && answer.status == 0;
    answer.requestSent = answer.status != 0 || (m_requestSent && !answer.refusedUnprocessed) ||
                         !(certainlyBeforeSending(error) || answer.handshakeUnfinished || answer.refusedUnprocessed);
    answer.timeoutSeconds = m_request.timeoutSeconds;
    answer.proxy = m_request.proxy;
    answer.elapsedMs = m_clock.elapsed();
    answer.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    answer.location = reply->rawHeader("Location");
    answer.retryAfter = reply->rawHeader("Retry-After");
    m_headers.clear();
    for (const QByteArray &name : kRecordedHeaders) {
        if (reply->hasRawHeader(name))
            m_headers.append({name, reply->rawHeader(name)});
    }
    emit finished(answer);
}

QString HttpExchange::shownUrl() const
{
    return m_request.shownUrl.isEmpty() ? redactedUrl(m_request.url) : m_request.shownUrl;
}

Hop HttpExchange::hop(const HttpAnswer &answer, const Phrase &error) const
{
    Hop hop;
    hop.method = QString::fromLatin1(m_request.method);
    hop.url = shownUrl();
    hop.status = answer.status;
    hop.ms = answer.elapsedMs;
    hop.at = m_startedAt;
    hop.tokenSent = tokenSent();
    hop.proxy = m_request.proxy;
    if (m_proxyAnswered401)
        hop.note = Phrase::translate("td::Engine",
                                     "The proxy answered 401 with its own Basic challenge to the credentials sent to "
                                     "it: read as 407, the proxy refusing them.");
    hop.proxyAuthRequired = !m_request.proxy.isEmpty() &&
                            (answer.status == 407 || answer.error == QNetworkReply::ProxyAuthenticationRequiredError);
    if (answer.status == 0 && !m_refusedCertificatePem.isEmpty()) {
        hop.certificate = m_refusedCertificatePem;
        hop.certificateTrustable = m_certificateTrustable;
    }
    if (answer.status != 0)
        hop.protocol = answer.http2 ? QStringLiteral("h2") : QStringLiteral("http/1.1");
    for (const auto &[name, value] : m_headers) {
        const bool isUrl = name == "Location";
        hop.headers.append({name, isUrl ? redactedUrl(QUrl::fromEncoded(value)).toUtf8() : value});
    }
    hop.error = error;
    return hop;
}

Hop HttpExchange::abort(const Phrase &why)
{
    m_abortedByUs = true;
    m_idleAlarm.stop();
    HttpAnswer answer;
    answer.elapsedMs = m_clock.elapsed();
    dropReply();
    return hop(answer, why);
}

} // namespace td
