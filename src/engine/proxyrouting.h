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

class ProxyRouting
{
public:
    // Kind::Application is read as System. A proxy URL's password comes from
    // $TRIGGERDESK_PROXY_PASSWORD, read now.
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
