#include "proxyrouting.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkProxyFactory>

namespace td {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The system's proxy for a URL's origin. Asking the platform (libproxy on Debian) costs about
// 0.1 ms a query, and Qt asks for every request: answers are kept per origin for a while, shared
// by every route and thread.
QNetworkProxy systemProxyFor(const QUrl &url)
{
    constexpr qint64 kKeepMs = 30000;
    static QMutex mutex;
    static QHash<QString, QPair<QNetworkProxy, qint64>> known; // origin -> proxy, when asked
    const QString origin =
        url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') + QString::number(url.port());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&mutex);
    const auto it = known.constFind(origin);
    if (it != known.constEnd() && now - it->second < kKeepMs)
        return it->first;
    lock.unlock();
    const QNetworkProxy proxy = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url))
                                    .value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    lock.relock();
    if (known.size() > 1000)
        known.clear();
    known.insert(origin, {proxy, now});
    return proxy;
}

class RoutingFactory : public QNetworkProxyFactory
{
public:
    explicit RoutingFactory(const ProxyRouting &routing) : m_routing(routing) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        QUrl url = query.url();
        if (!url.isValid() || url.host().isEmpty()) {
            url.setScheme(query.protocolTag().isEmpty() ? QStringLiteral("http") : query.protocolTag());
            url.setHost(query.peerHostName());
            url.setPort(query.peerPort());
        }
        return {m_routing.proxyFor(url)};
    }

private:
    ProxyRouting m_routing;
};

} // namespace

ProxyRouting::ProxyRouting(const ProxySetting &setting)
    : m_setting(setting.over({ProxySetting::Kind::System, {}}))
    , m_password(qEnvironmentVariable("TRIGGERDESK_PROXY_PASSWORD"))
{}

QNetworkProxy ProxyRouting::proxyFor(const QUrl &url) const
{
    if (isLoopback(url.host()))
        return QNetworkProxy::NoProxy;
    switch (m_setting.kind) {
    case ProxySetting::Kind::Application:
    case ProxySetting::Kind::System:
        return systemProxyFor(url);
    case ProxySetting::Kind::None:
        return QNetworkProxy::NoProxy;
    case ProxySetting::Kind::Url: {
        // A user without a password is left out: a 407 then fails the request, which a person
        // can act on, instead of Qt answering it with an empty password.
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, m_setting.url.host(), quint16(m_setting.url.port()));
        if (!m_setting.url.userName().isEmpty() && !m_password.isEmpty()) {
            proxy.setUser(m_setting.url.userName());
            proxy.setPassword(m_password);
        }
        return proxy;
    }
    }
    return QNetworkProxy::NoProxy;
}

QByteArray ProxyRouting::preemptiveAuthorization(const QUrl &url, const QNetworkProxy &proxy)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return QByteArray();
    if (proxy.type() != QNetworkProxy::HttpProxy || proxy.user().isEmpty() || proxy.password().isEmpty())
        return QByteArray();
    return "Basic " + (proxy.user() + QLatin1Char(':') + proxy.password()).toUtf8().toBase64();
}

QString ProxyRouting::key() const
{
    // Another password is another route (never the password itself in the key).
    if (m_setting.kind == ProxySetting::Kind::Url && !m_setting.url.userName().isEmpty() && !m_password.isEmpty())
        return m_setting.text() + QLatin1Char('#') +
               QString::fromLatin1(
                   QCryptographicHash::hash(m_password.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return m_setting.text();
}

QNetworkProxyFactory *ProxyRouting::newFactory() const
{
    return new RoutingFactory(*this);
}

QString ProxyRouting::describe(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return QStringLiteral("http://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    default:
        return QString();
    }
}

} // namespace td
