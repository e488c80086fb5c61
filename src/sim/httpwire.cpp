#include "httpwire.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

namespace td::sim {

namespace {

// Limits a well-behaved client never reaches; beyond them the request is refused.
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool sameName(const QByteArray &a, const char *b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray WireRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

quint16 HttpConnection::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

quint16 HttpConnection::peerPort() const
{
    return m_socket ? m_socket->peerPort() : 0;
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
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
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
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

void HttpConnection::respond(int status, const HeaderList &headers, const QByteArray &body)
{
    if (!isOpen())
        return;
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      QByteArrayLiteral("\r\n");
    bool hasServer = false;
    for (const auto &[name, value] : headers) {
        if (sameName(name, "Content-Length"))
            continue;
        hasServer = hasServer || sameName(name, "Server");
        head += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
    }
    if (!hasServer)
        head += QByteArrayLiteral("Server: triggerdesk-sim\r\n");
    head += QByteArrayLiteral("Date: ") + httpDate() + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n");
    if (m_closeAfterAnswer)
        head += QByteArrayLiteral("Connection: close\r\n");
    m_socket->write(head + QByteArrayLiteral("\r\n") + body);
    if (m_closeAfterAnswer) {
        close();
        return;
    }
    m_answering = false;
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::writeRaw(const QByteArray &bytes)
{
    if (isOpen())
        m_socket->write(bytes);
}

void HttpConnection::close()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HttpConnection::abort()
{
    if (m_socket)
        m_socket->abort();
}

void HttpConnection::refuse(int status, const char *message)
{
    m_closeAfterAnswer = true;
    m_answering = true;
    m_buffer.clear();
    respond(status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}}, message);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (m_answering)
        return;
    WireRequest request;
    if (parseRequest(&request)) {
        m_answering = true;
        emit requestReceived(request);
    }
}

bool HttpConnection::parseRequest(WireRequest *request)
{
    if (!m_buffer.isEmpty() && !QChar::isUpper(uint(uchar(m_buffer.at(0))))) {
        // Not HTTP (a TLS handshake sent to the plain port, say): answer and hang up at once.
        refuse(400, "not an HTTP request");
        return false;
    }
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            refuse(431, "request head too large");
        return false;
    }
    if (headEnd > kMaxHeadBytes) {
        refuse(431, "request head too large");
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(400, "malformed request line");
        return false;
    }
    request->method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray encodedPath = question < 0 ? target : target.left(question);
    request->path = QUrl::fromPercentEncoding(encodedPath);
    request->rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    request->query = QUrlQuery(QString::fromLatin1(request->rawQuery));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qsizetype consumed = headEnd + 4;
    if (request->header(QByteArrayLiteral("Transfer-Encoding")).toLower().contains("chunked")) {
        // Chunked request bodies (curl, some scripts): size line, data, CRLF, until a zero size.
        qsizetype at = consumed;
        QByteArray body;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size = m_buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || body.size() + size > kMaxBodyBytes) {
                refuse(ok ? 413 : 400, ok ? "request body too large" : "malformed chunk");
                return false;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            if (size == 0) {
                consumed = lineEnd + 4;
                break;
            }
            body += m_buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        request->body = body;
    } else {
        const qint64 length = request->header(QByteArrayLiteral("Content-Length")).toLongLong();
        if (length < 0 || length > kMaxBodyBytes) {
            refuse(413, "request body too large");
            return false;
        }
        if (request->header(QByteArrayLiteral("Expect")).toLower() == "100-continue" && m_buffer.size() == consumed)
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        if (m_buffer.size() < consumed + length)
            return false;
        request->body = m_buffer.mid(consumed, length);
        consumed += length;
    }
    m_buffer.remove(0, consumed);
    m_closeAfterAnswer = request->header(QByteArrayLiteral("Connection")).toLower() == "close";
    return true;
}

HttpListener::HttpListener(QObject *parent) : QTcpServer(parent) {}

void HttpListener::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (isTls()) {
        auto *tls = new QSslSocket(this);
        if (!tls->setSocketDescriptor(descriptor)) {
            delete tls;
            return;
        }
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->startServerEncryption();
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    emit connectionReady(new HttpConnection(socket, this));
}

} // namespace td::sim
