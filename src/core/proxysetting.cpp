#include "proxysetting.h"

#include <QCoreApplication>

namespace td {

bool ProxySetting::parse(const QString &text, ProxySetting *setting, QString *error)
{
    const QString trimmed = text.trimmed();
    ProxySetting parsed;
    if (trimmed.isEmpty() || trimmed == QLatin1String("application")) {
        parsed.kind = Kind::Application;
    } else if (trimmed == QLatin1String("system")) {
        parsed.kind = Kind::System;
    } else if (trimmed == QLatin1String("none")) {
        parsed.kind = Kind::None;
    } else {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty() || url.port() <= 0 ||
            !url.path(QUrl::FullyEncoded).remove(QLatin1Char('/')).isEmpty()) {
            *error = QCoreApplication::translate("td::ProxySetting",
                                                 "The proxy must be \"system\", \"none\" or a URL like "
                                                 "http://proxy.example.com:3128 (http://user@host:port for a user).");
            return false;
        }
        if (!url.password().isEmpty()) {
            *error = QCoreApplication::translate("td::ProxySetting",
                                                 "Leave the password out of the proxy URL: it would be saved in "
                                                 "clear. Set TRIGGERDESK_PROXY_PASSWORD instead.");
            return false;
        }
        parsed.kind = Kind::Url;
        parsed.url = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    }
    *setting = parsed;
    return true;
}

QString ProxySetting::text() const
{
    switch (kind) {
    case Kind::Application:
        return QString();
    case Kind::System:
        return QStringLiteral("system");
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Url:
        return url.toString(QUrl::FullyEncoded);
    }
    return QString();
}

} // namespace td
