#include "nginxgateway.h"

#include "localports.h"
#include "selfsigned.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace td::test {

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

NginxGateway::~NginxGateway()
{
    stop();
}

QString NginxGateway::binary()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
}

bool NginxGateway::writeConfig(const Options &options, QString *error)
{
    const QString dir = m_dir.path();
    // Running as root, nginx would hand its work to "nobody", who cannot read this folder.
    const QString user = geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    // proxy_next_upstream off: the gateway never sends a request again itself, so what the
    // server saw is what the client sent.
    const QString config =
        QStringLiteral(R"(%1daemon off;
master_process on;
worker_processes 1;
pid %2/nginx.pid;
error_log %2/error.log info;
events { worker_connections 8192; }
http {
    access_log %2/access.log;
    client_body_temp_path %2/body;
    proxy_temp_path %2/proxy;
    fastcgi_temp_path %2/fastcgi;
    uwsgi_temp_path %2/uwsgi;
    scgi_temp_path %2/scgi;
    keepalive_requests %3;
    http2_max_concurrent_streams %4;
    upstream backend { server %5; keepalive 32; }
    server {
        listen 127.0.0.1:%6 ssl http2;
        listen 127.0.0.1:%7;
        ssl_certificate %2/cert.pem;
        ssl_certificate_key %2/cert.key;
        location / {
            proxy_pass http://backend;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_buffering off;
            proxy_request_buffering off;
            proxy_redirect off;
            proxy_next_upstream off;
            proxy_read_timeout %8s;
        }
%9    }
}
)")
            .arg(user, dir)
            .arg(options.keepaliveRequests)
            .arg(options.maxConcurrentStreams)
            .arg(options.upstream.authority())
            .arg(m_tlsPort)
            .arg(m_plainPort)
            .arg(options.readTimeoutSeconds)
            .arg(options.staticRoot.isEmpty()
                     ? QString()
                     : QStringLiteral("        location /static/ { alias %1/; }\n").arg(options.staticRoot));
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool NginxGateway::start(const Options &options, QString *error)
{
    const QString nginx = binary();
    if (nginx.isEmpty()) {
        *error = QStringLiteral("nginx is not installed (Debian: nginx-light)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QFile::setPermissions(m_dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    // A certificate for 127.0.0.1, valid for two days.
    TestCertificate made;
    if (!makeSelfSigned(m_dir.path(), QStringLiteral("cert"), QStringLiteral("IP:127.0.0.1"), &made, error))
        return false;
    m_certificate = made.certificate;
    m_tlsPort = freeLoopbackPort();
    m_plainPort = freeLoopbackPort();
    if (!writeConfig(options, error))
        return false;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                            m_dir.filePath(QStringLiteral("nginx.conf"))});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    return waitUntilListening(
        m_process, {m_tlsPort, m_plainPort}, [this] { return errorLog(); }, error);
}

bool NginxGateway::reload(const Options &options, QString *error)
{
    if (!writeConfig(options, error))
        return false;
    QProcess signal;
    signal.start(binary(),
                 {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                  m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-s"), QStringLiteral("reload")});
    if (!signal.waitForFinished(10000) || signal.exitCode() != 0) {
        *error = QString::fromUtf8(signal.readAll()) + errorLog();
        return false;
    }
    return true;
}

void NginxGateway::stop()
{
    stopProcess(m_process);
}

QUrl NginxGateway::httpsBase() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort));
}

QUrl NginxGateway::plainBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_plainPort));
}

QString NginxGateway::errorLog() const
{
    return readAll(m_dir.filePath(QStringLiteral("error.log")));
}

QString NginxGateway::accessLog() const
{
    return readAll(m_dir.filePath(QStringLiteral("access.log")));
}

} // namespace td::test
