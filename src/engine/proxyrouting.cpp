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

// The proxy with the credentials given for it in this session, if any.
QNetworkProxy withGivenCredentials(QNetworkProxy proxy)
{
    if (proxy.type() != QNetworkProxy::HttpProxy)
        return proxy;
    const ProxyCredentials::Entry given = ProxyCredentials::find(ProxyCredentials::keyOf(proxy));
    if (!given.isEmpty()) {
        proxy.setUser(given.user);
        proxy.setPassword(given.password);
    }
    return proxy;
}

struct GivenCredentials
{
    QMutex mutex;
    QHash<QString, ProxyCredentials::Entry> entries;
    int generation = 0;
};

GivenCredentials &givenCredentials()
{
    static GivenCredentials given;
    return given;
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

void ProxyCredentials::set(const QString &proxy, const Entry &entry)
{
    GivenCredentials &given = givenCredentials();
    QMutexLocker lock(&given.mutex);
    given.entries.insert(proxy, entry);
    ++given.generation;
}

ProxyCredentials::Entry ProxyCredentials::find(const QString &proxy)
{
    GivenCredentials &given = givenCredentials();
    QMutexLocker lock(&given.mutex);
    return given.entries.value(proxy);
}

int ProxyCredentials::generation()
{
    GivenCredentials &given = givenCredentials();
    QMutexLocker lock(&given.mutex);
    return given.generation;
}

QString ProxyCredentials::keyOf(const QNetworkProxy &proxy)
{
    return proxy.hostName().toLower() + QLatin1Char(':') + QString::number(proxy.port());
}

QString ProxyCredentials::keyOf(const QUrl &proxyUrl)
{
    return proxyUrl.host().toLower() + QLatin1Char(':') + QString::number(proxyUrl.port());
}

ProxyRouting::ProxyRouting(const ProxySetting &setting)
    : m_setting(setting.over({ProxySetting::Kind::System, {}}))
    , m_password(qEnvironmentVariable("TRIGGERDESK_PROXY_PASSWORD"))
    , m_generation(ProxyCredentials::generation())
{}

QNetworkProxy ProxyRouting::proxyFor(const QUrl &url) const
{
    if (isLoopback(url.host()))
        return QNetworkProxy::NoProxy;
    switch (m_setting.kind) {
    case ProxySetting::Kind::Application:
    case ProxySetting::Kind::System:
        return withGivenCredentials(systemProxyFor(url));
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
        return withGivenCredentials(proxy);
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
    if (m_setting.kind == ProxySetting::Kind::None)
        return m_setting.text();
    // Another password is another route (never the password itself in the key), and so are
    // credentials given since.
    QString key = m_setting.text() + QStringLiteral("#g") + QString::number(m_generation);
    if (m_setting.kind == ProxySetting::Kind::Url && !m_setting.url.userName().isEmpty() && !m_password.isEmpty())
        key += QLatin1Char('#') +
               QString::fromLatin1(
                   QCryptographicHash::hash(m_password.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return key;
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
