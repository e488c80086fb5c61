#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace td {

// Which proxy a job's requests go through. A profile's "application" setting defers to the
// application's (window setting network/proxy, CLI --proxy), whose default is the system's
// proxy. Loopback addresses never go through any proxy. A proxy URL names at most a user: the
// password never goes to a file (it comes from $TRIGGERDESK_PROXY_PASSWORD).
struct ProxySetting
{
    enum class Kind
    {
        Application, // a profile's default: whatever the application says
        System,      // the platform's settings (on Linux http_proxy, https_proxy, no_proxy)
        None,        // straight to the server
        Url,         // this proxy
    };
    Kind kind = Kind::Application;
    QUrl url; // Kind::Url: http://[user@]host:port

    // "" (application), "system", "none" or a proxy URL; false with a sentence when it is none of them.
    static bool parse(const QString &text, ProxySetting *setting, QString *error);
    QString text() const; // what parse() reads back
    // A profile's setting, or the application's where the profile defers to it.
    ProxySetting over(const ProxySetting &application) const { return kind == Kind::Application ? application : *this; }
};

} // namespace td
