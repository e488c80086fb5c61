#include "forwardproxy.h"

#include "localports.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace td::test {

ForwardProxy::~ForwardProxy()
{
    stop();
}

QString ForwardProxy::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("tinyproxy"),
                                          {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
}

bool ForwardProxy::start(const Options &options, QString *error)
{
    const QString tinyproxy = binary();
    if (tinyproxy.isEmpty()) {
        *error = QStringLiteral("tinyproxy is not installed (Debian: tinyproxy)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_port = freeLoopbackPort();
    QString config =
        QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nLogFile \"%2\"\nLogLevel Info\n"
                       "PidFile \"%3\"\nMaxClients 200\nAllow 127.0.0.1\n")
            .arg(m_port)
            .arg(m_dir.filePath(QStringLiteral("tinyproxy.log")), m_dir.filePath(QStringLiteral("tinyproxy.pid")));
    if (!options.user.isEmpty())
        config += QStringLiteral("BasicAuth %1 %2\n").arg(options.user, options.password);
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        *error = file.errorString();
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), file.fileName()});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    return waitUntilListening(
        m_process, {m_port}, [this] { return log(); }, error);
}

void ForwardProxy::stop()
{
    stopProcess(m_process);
}

QString ForwardProxy::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList ForwardProxy::requests() const
{
    // "CONNECT   Dec 03 21:44:49.254 [13604]: Request (file descriptor 5): GET http://... HTTP/1.1"
    static const QRegularExpression line(QStringLiteral(R"(Request \(file descriptor \d+\): (.+)$)"),
                                         QRegularExpression::MultilineOption);
    QStringList found;
    auto it = line.globalMatch(log());
    while (it.hasNext())
        found.append(it.next().captured(1).trimmed());
    return found;
}

} // namespace td::test
