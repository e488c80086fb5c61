#pragma once

// HTTP/1.1 on plain TCP sockets (or TLS ones), for the simulator: requests are parsed here and
// answers written byte by byte, so a fault can stop an answer anywhere. Built on QTcpServer and
// QSslSocket alone, whose API is the same across Qt 6 versions (Qt HttpServer's is not).

#include "simtriggers.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

class QTcpSocket;

namespace td::sim {

struct WireRequest
{
    QByteArray method;
    QString path;        // decoded
    QByteArray rawQuery; // encoded, without '?'
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
};

// One client connection: reads one request at a time (keep-alive), answers it, reads the next.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, QObject *parent);
    ~HttpConnection() override;

    bool isOpen() const;
    quint16 localPort() const;
    quint16 peerPort() const; // the client's end: one port, one connection

    // A whole answer with Content-Length. The next request is read after it, unless the client
    // asked to close.
    void respond(int status, const HeaderList &headers, const QByteArray &body);
    // Bytes as they are, for faults: a status line and half a body, then close() or silence.
    void writeRaw(const QByteArray &bytes);
    void close(); // after what was written has gone out
    void abort(); // at once

    static QByteArray reasonPhrase(int status);

signals:
    void requestReceived(const td::sim::WireRequest &request);
    void closed();

private:
    void onReadyRead();
    // Parses one request from the buffer; false when more bytes are needed (or it failed).
    bool parseRequest(WireRequest *request);
    void refuse(int status, const char *message);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_answering = false; // a request is being answered: the next waits in the buffer
    bool m_closeAfterAnswer = false;
};

// Listens on plain TCP, or TLS when given a certificate, and hands out connections.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpListener(QObject *parent = nullptr);

    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return !m_certificate.isNull(); }

signals:
    void connectionReady(td::sim::HttpConnection *connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace td::sim
