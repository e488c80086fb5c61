#include "hostileserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace td::test {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QByteArray statusLine(int status)
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + QByteArrayLiteral(" Hostile\r\n");
}

// `inflated` zero bytes, gzip-compressed (zlib's gzip wrapper).
QByteArray gzipZeros(qint64 inflated)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(kChunk, '\0');
    QByteArray out;
    char buffer[16384];
    qint64 left = inflated;
    int flush = Z_NO_FLUSH;
    while (flush != Z_FINISH) {
        const qint64 n = qMin(left, kChunk);
        left -= n;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(n);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, int(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

} // namespace

QByteArray HostileServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HostileServer::Reply::Reply(QTcpSocket *socket, const Request &request, QObject *parent)
    : QObject(parent), m_socket(socket), m_request(request)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &Reply::pump);
}

void HostileServer::Reply::send(int status, const QByteArray &body, const Headers &headers)
{
    sendHead(status, body.size(), headers);
    write(body);
}

void HostileServer::Reply::sendHead(int status, qint64 contentLength, const Headers &headers)
{
    QByteArray head = statusLine(status);
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    write(head + "\r\n");
}

void HostileServer::Reply::write(const QByteArray &bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void HostileServer::Reply::stream(qint64 total, char filler)
{
    m_toStream = total;
    m_filler = filler;
    pump();
}

void HostileServer::Reply::floodHeaders(qint64 limit)
{
    write(statusLine(200));
    m_floodLeft = limit;
    pump();
}

void HostileServer::Reply::close()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HostileServer::Reply::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_socket->bytesToWrite() > kChunk)
        return;
    if (m_toStream > 0) {
        const qint64 n = qMin(m_toStream, kChunk);
        m_toStream -= n;
        m_socket->write(QByteArray(int(n), m_filler));
    } else if (m_floodLeft > 0) {
        QByteArray lines;
        for (int i = 0; i < 512; ++i)
            lines += "X-Flood-" + QByteArray::number(m_floodLeft - i) + ": " + QByteArray(100, 'f') + "\r\n";
        m_floodLeft -= lines.size();
        m_socket->write(lines);
    }
}

HostileServer::HostileServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
}

bool HostileServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl HostileServer::url(const QByteArray &target) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()) + QString::fromLatin1(target));
}

void HostileServer::on(const QByteArray &path, QList<Behaviour> script)
{
    m_scripts.insert(path, std::move(script));
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (m_readRate > 0) {
            // Qt's buffer and the kernel's stay small, so the client sends only as fast as this reads.
            constexpr int kTickMs = 20;
            socket->setReadBufferSize(qMax<qint64>(1, m_readRate * kTickMs / 1000));
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
            auto *tick = new QTimer(socket);
            connect(tick, &QTimer::timeout, this, [this, socket] {
                m_buffers[socket] += socket->read(socket->readBufferSize());
                serveBuffered(socket);
            });
            tick->start(kTickMs);
        } else {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        }
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HostileServer::onReadable(QTcpSocket *socket)
{
    m_buffers[socket] += socket->readAll();
    serveBuffered(socket);
}

void HostileServer::serveBuffered(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const qint64 length = request.header("Content-Length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);

        m_requests.append(request);
        const QByteArray path = request.path();
        const int hit = m_hits.value(path);
        m_hits.insert(path, hit + 1);
        const QList<Behaviour> script = m_scripts.value(path);
        auto *reply = new Reply(socket, request, socket);
        if (script.isEmpty())
            reply->send(404, R"({"message":"nothing here"})", {{"Content-Type", "application/json"}});
        else
            script.at(qMin<qsizetype>(hit, script.size() - 1))(reply);
    }
}

HostileServer::Behaviour HostileServer::answer(int status, const QByteArray &body, const Headers &headers)
{
    return [=](Reply *reply) { reply->send(status, body, headers); };
}

HostileServer::Behaviour HostileServer::json(int status, const QByteArray &body, const Headers &headers)
{
    return answer(status, body, Headers{{"Content-Type", "application/json"}} + headers);
}

HostileServer::Behaviour HostileServer::redirect(int status, const QByteArray &location)
{
    return answer(status, {}, {{"Location", location}});
}

HostileServer::Behaviour HostileServer::cutMidBody(int status, qint64 declared, const QByteArray &partial)
{
    return [=](Reply *reply) {
        reply->sendHead(status, declared, {{"Content-Type", "application/json"}});
        reply->write(partial);
        reply->close();
    };
}

HostileServer::Behaviour HostileServer::stallMidBody(int status, qint64 declared, const QByteArray &partial)
{
    return [=](Reply *reply) {
        reply->sendHead(status, declared, {{"Content-Type", "application/json"}});
        reply->write(partial);
    };
}

HostileServer::Behaviour HostileServer::trickle(int status, const QByteArray &body, int pieces, int intervalMs)
{
    return [=](Reply *reply) {
        reply->sendHead(status, body.size(), {{"Content-Type", "application/json"}});
        const qsizetype piece = (body.size() + pieces - 1) / pieces;
        for (int i = 0; i < pieces; ++i)
            QTimer::singleShot(i * intervalMs, Qt::PreciseTimer, reply,
                               [reply, part = body.mid(i * piece, piece)] { reply->write(part); });
    };
}

HostileServer::Behaviour HostileServer::silence()
{
    return [](Reply *) {};
}

HostileServer::Behaviour HostileServer::headerFlood(qint64 limit)
{
    return [=](Reply *reply) { reply->floodHeaders(limit); };
}

HostileServer::Behaviour HostileServer::gzipBomb(qint64 inflated)
{
    // Compressed once, here: the handler must answer at once.
    const QByteArray body = gzipZeros(inflated);
    return [=](Reply *reply) {
        reply->send(200, body, {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
    };
}

HostileServer::Behaviour HostileServer::hugeBody(qint64 bytes, bool declared)
{
    return [=](Reply *reply) {
        reply->sendHead(200, declared ? bytes : -1, {{"Content-Type", "application/json"}});
        reply->stream(bytes);
    };
}

} // namespace td::test
