#pragma once

#include "httpanswer.h"
#include "jobrecord.h"
#include "proxyrouting.h"
#include "requestgate.h"
#include "scheduler.h"
#include "tlspolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace td {

// One HTTP request of a job: builds it by the protocol's rules (manual redirects, an inactivity
// timeout on the scheduler, the token only when given), reads the answer up to a size limit,
// knows whether the request may have reached the server, and can be cut short. Emits finished()
// once, unless aborted.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        QString shownUrl; // redactedUrl(url), when the caller has it already
        QByteArray method = QByteArrayLiteral("GET");
        // A request that may start a job (a trigger call, whatever its verb): Qt must never send it
        // twice, so it goes out as a custom request with a body that cannot rewind. Otherwise the
        // request is a plain GET, safe to repeat.
        bool sendOnce = false;
        bool hasBody = false;
        QByteArray body; // JSON, unless the headers name another Content-Type
        QByteArray token;
        QList<QPair<QByteArray, QByteArray>> headers; // more headers (a folder header, say)
        int timeoutSeconds = 120;
        qint64 bodyLimit = 10 * 1024 * 1024;
        // Certificates trusted beyond the system's; null for none. The manager must be one of
        // this trust's (TriggerEngine::network), so that its connections were all checked by it.
        std::shared_ptr<const TlsPolicy> tls;
        // The proxy the manager sends it through (ProxyRouting::describe), for the hop; "" for none.
        QString proxy;

        // Names the proxy the route sends the URL through, and adds its credentials where the
        // request must carry them itself (ProxyRouting::preemptiveAuthorization).
        void routeThrough(const ProxyRouting &routing);
    };

    // gate: where it waits for its turn among the requests to the same origin through this manager
    // (RequestGate); without one, it is handed to the manager at once.
    HttpExchange(QNetworkAccessManager *manager, Scheduler *scheduler, const Request &request,
                 QObject *parent = nullptr, std::weak_ptr<RequestGate> gate = {});
    ~HttpExchange() override;

    const QUrl &url() const { return m_request.url; }
    // The URL as the timeline shows it (redactedUrl).
    QString shownUrl() const;
    QByteArray method() const { return m_request.method; }
    QDateTime startedAt() const { return m_startedAt; }
    bool tokenSent() const { return !m_request.token.isEmpty(); }

    // The hop to record for an answer of this exchange (URL and headers redacted).
    Hop hop(const HttpAnswer &answer, const Phrase &error) const;
    // Stops the request without emitting finished(); returns the hop, marked with why.
    Hop abort(const Phrase &why);

signals:
    void finished(const td::HttpAnswer &answer);

private:
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    QSslCertificate serverCertificate(const QList<QSslError> &errors) const;
    void onReadyRead();
    void onFinished();
    // Something arrived: the inactivity timeout counts again from now.
    void onActivity() { m_lastActivityMs = m_clock.elapsed(); }
    void onIdleAlarm();
    qint64 timeoutMs() const { return qint64(m_request.timeoutSeconds) * 1000; }
    // Hands the request to the manager (its turn came).
    void send(QNetworkAccessManager *manager);
    // Aborts the reply in flight, if any, without a word back.
    void dropReply();
    // Gives the turn up (the answer came, or the exchange stops): the next request may start.
    void leaveGate();

    Request m_request;
    QNetworkRequest m_wire;
    std::weak_ptr<RequestGate> m_gate;
    RequestGate::Ticket m_ticket = 0;
    QPointer<QNetworkReply> m_reply;
    QList<QPair<QByteArray, QByteArray>> m_headers; // the recorded ones, as they came
    QByteArray m_body;
    qint64 m_bodyBytes = 0;
    bool m_tooLarge = false;
    bool m_requestSent = false;
    bool m_newConnection = false;
    bool m_encrypted = false;
    bool m_abortedByUs = false;
    bool m_timedOut = false;
    bool m_pinRefused = false;       // the server's certificate was not the pinned one: aborted by us
    bool m_proxyAnswered401 = false; // the proxy refused our credentials with a 401 (read as 407)
    Phrase m_tlsRefusal;             // why the server's certificate was refused, in words
    // The refused certificate, as PEM (an empty QSslCertificate costs a TLS back end's object, which
    // every plain request would pay for).
    QByteArray m_refusedCertificatePem;
    bool m_certificateTrustable = false; // pinning that certificate would let it through
    qint64 m_lastActivityMs = 0;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    Alarm m_idleAlarm;
};

} // namespace td
