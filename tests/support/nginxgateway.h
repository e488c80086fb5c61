#pragma once

// A real nginx in front of a local server, as Orchestrator's gateway stands in front of it:
// https with HTTP/2 offered by ALPN (and HTTP/1.1), plus plain HTTP/1.1 on another port. Started
// by the test itself as an ordinary process on loopback ports chosen at run time, with a
// certificate made for the run; its configuration and logs stay in a temporary folder, printed
// when a test fails.

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace td::test {

class NginxGateway
{
public:
    struct Options
    {
        QUrl upstream;                // http://127.0.0.1:PORT of the server behind it
        int keepaliveRequests = 1000; // requests per client connection, then it closes (GOAWAY on h2)
        int readTimeoutSeconds = 60;  // an answer slower than this is a 504 from the gateway
        int maxConcurrentStreams = 128;
        QString staticRoot; // a folder nginx serves itself under /static/, when set
    };

    NginxGateway() = default;
    ~NginxGateway();
    NginxGateway(const NginxGateway &) = delete;
    NginxGateway &operator=(const NginxGateway &) = delete;

    // False with the reason (no nginx, a configuration error, a port taken) in *error.
    bool start(const Options &options, QString *error);
    void stop();
    // Reloads the configuration with new options: every open connection is told to go away.
    bool reload(const Options &options, QString *error);

    // The server's origin seen through the gateway: https (h2 or HTTP/1.1) or plain HTTP/1.1.
    QUrl httpsBase() const;
    QUrl plainBase() const;
    // The gateway's certificate: trust it as a company CA would be trusted.
    QSslCertificate certificate() const { return m_certificate; }
    QString errorLog() const;
    QString accessLog() const;

    static QString binary(); // empty when nginx is not installed

private:
    bool writeConfig(const Options &options, QString *error);

    QTemporaryDir m_dir;
    QProcess m_process;
    QSslCertificate m_certificate;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
};

} // namespace td::test
