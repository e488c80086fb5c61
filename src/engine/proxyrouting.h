#pragma once

// A job's proxy setting applied (ProxySetting, resolved against the application's): the proxy for
// each URL, never one for a loopback address; the factory its network managers use; a key, so
// that requests with different routes never share a manager (Qt keys reused connections by
// proxy, but a manager has one factory).

#include "proxysetting.h"

#include <QNetworkProxy>

#include <memory>

class QNetworkProxyFactory;

namespace td {

// Proxy credentials given during this session (a person's answer to a 407, or read back from
// the keychain), by proxy: they come before $TRIGGERDESK_PROXY_PASSWORD, for the routes made
// after they were given. Memory only; shared by every thread.
class ProxyCredentials
{
public:
    struct Entry
    {
        QString user;
        QString password;
        bool isEmpty() const { return user.isEmpty() || password.isEmpty(); }
    };
    // proxy: "host:port" (ProxyCredentials::keyOf).
    static void set(const QString &proxy, const Entry &entry);
    static Entry find(const QString &proxy);
    // Changes at every set(): a route made before is another route (other connections).
    static int generation();
    // "host:port" of a proxy, or of the URL a hop names it by ("http://host:port").
    static QString keyOf(const QNetworkProxy &proxy);
    static QString keyOf(const QUrl &proxyUrl);
};

class ProxyRouting
{
public:
    // Kind::Application is read as System. A proxy's credentials come from ProxyCredentials, else
    // (a proxy URL with a user) its password from $TRIGGERDESK_PROXY_PASSWORD, read now.
    explicit ProxyRouting(const ProxySetting &setting);
    ProxyRouting() : ProxyRouting({ProxySetting::Kind::System, {}}) {} // the system's proxy

    QNetworkProxy proxyFor(const QUrl &url) const;
    // The Proxy-Authorization header for a plain-http request through a proxy with credentials,
    // sent with the request itself: after a 407 Qt would send the request again, which a trigger
    // call's body forbids (it fails instead, and the job would look as if it might exist). Empty
    // otherwise (https goes through a CONNECT tunnel, whose 407 Qt answers before any request).
    static QByteArray preemptiveAuthorization(const QUrl &url, const QNetworkProxy &proxy);
    QString key() const;
    // A new factory for one network manager (which takes ownership of it).
    QNetworkProxyFactory *newFactory() const;

    // "http://host:port" for a proxy (never its user or password), empty for none.
    static QString describe(const QNetworkProxy &proxy);

private:
    ProxySetting m_setting;
    QString m_password;
    int m_generation; // ProxyCredentials::generation() when made
};

// Everything that decides which network manager a request may use: its certificate trust and its
// proxy route.
struct NetworkRoute
{
    QString trustKey; // TlsPolicy::key(), "" for the system's trust alone
    ProxyRouting proxy;

    QString key() const { return trustKey + QLatin1Char('|') + proxy.key(); }
};

} // namespace td
