#pragma once

// A loopback HTTP/1.1 server that misbehaves on purpose: bodies cut or stalled mid-way, endless
// headers, compression bombs, redirect loops, huge bodies, errors that come and go. Each path gets
// a script of behaviours, one per hit (the last repeats). Data is written as the socket drains, so
// the server itself stays small while it sends 100 MB.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace td::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        Headers headers;
        QByteArray body;

        QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
        QByteArray header(const QByteArray &name) const;
    };

    // One request being answered. It lives with its connection, so a behaviour may keep writing
    // (or stall) after the handler returns.
    class Reply : public QObject
    {
    public:
        Reply(QTcpSocket *socket, const Request &request, QObject *parent);

        const Request &request() const { return m_request; }
        // A complete answer with Content-Length; the connection stays open for the next request.
        void send(int status, const QByteArray &body = {}, const Headers &headers = {});
        // The status line and headers only (Content-Length as given, -1 for none).
        void sendHead(int status, qint64 contentLength, const Headers &headers = {});
        void write(const QByteArray &bytes);
        // Writes `total` bytes of `filler` as the client reads them, then keeps the connection.
        void stream(qint64 total, char filler = 'x');
        // Writes header lines without end until the client goes away or `limit` bytes are out.
        void floodHeaders(qint64 limit);
        void close();

    private:
        void pump();

        QPointer<QTcpSocket> m_socket;
        Request m_request;
        qint64 m_toStream = 0;
        qint64 m_floodLeft = -1;
        char m_filler = 'x';
    };

    using Behaviour = std::function<void(Reply *reply)>;

    explicit HostileServer(QObject *parent = nullptr);

    // On loopback, at `port` (0: any free one).
    bool listen(quint16 port = 0);
    void close() { m_server.close(); }
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QByteArray &target) const;

    // Reads what clients send at most this fast (bytes a second, 0: as it comes), as a slow server
    // or link would; set before the client connects.
    void setReadRate(qint64 bytesPerSecond) { m_readRate = bytesPerSecond; }

    // The behaviours for one path (query ignored), one per hit; the last one repeats.
    void on(const QByteArray &path, QList<Behaviour> script);
    int hits(const QByteArray &path) const { return m_hits.value(path); }
    QList<Request> requests() const { return m_requests; }

    // Behaviours.
    static Behaviour answer(int status, const QByteArray &body = {}, const Headers &headers = {});
    static Behaviour json(int status, const QByteArray &body, const Headers &headers = {});
    static Behaviour redirect(int status, const QByteArray &location);
    // Promises `declared` bytes, sends `partial`, then closes the connection.
    static Behaviour cutMidBody(int status, qint64 declared, const QByteArray &partial);
    // Promises `declared` bytes, sends `partial`, then says nothing more.
    static Behaviour stallMidBody(int status, qint64 declared, const QByteArray &partial);
    // Sends `body` in `pieces` parts, one every `intervalMs` (the first at once).
    static Behaviour trickle(int status, const QByteArray &body, int pieces, int intervalMs);
    // Never answers.
    static Behaviour silence();
    static Behaviour headerFlood(qint64 limit = qint64(1) << 30);
    // A gzip body of `compressed` bytes that inflates to `inflated` zero bytes.
    static Behaviour gzipBomb(qint64 inflated);
    // A 200 with `bytes` of body, streamed, with its Content-Length or without one.
    static Behaviour hugeBody(qint64 bytes, bool declared = true);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    // Answers every request complete in the socket's buffer.
    void serveBuffered(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, QList<Behaviour>> m_scripts;
    QHash<QByteArray, int> m_hits;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_readRate = 0;
};

} // namespace td::test
