#include "singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace td {

namespace {

constexpr char kShow[] = "show\n";

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    // A local socket name is short and plain on every platform: a digest of the key.
    , m_serverName(
          QStringLiteral("triggerdesk-") +
          QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24)))
{}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShow);
    // The running window answers by closing the connection once it has read the request.
    return socket.waitForBytesWritten(timeoutMs) &&
           (socket.state() == QLocalSocket::UnconnectedState || socket.waitForDisconnected(timeoutMs));
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A name left by a window that crashed answers nobody (activateRunning() found no one): reclaim it.
    if (!m_server->listen(m_serverName)) {
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kShow)
                    emit activationRequested();
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace td
