#include "httpmessages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace td {

namespace {

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

} // namespace

ServerError parseServerError(const QByteArray &body)
{
    ServerError error;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty())
        return error;
    const QString description = firstString(object, {"error_description"});
    const QString oauthError = firstString(object, {"error"});
    error.message = firstString(object, {"message", "Message", "errorMessage"});
    if (error.message.isEmpty() && !oauthError.isEmpty())
        error.message = description.isEmpty() ? oauthError : oauthError + QLatin1String(": ") + description;
    for (const char *key : {"errorCode", "ErrorCode", "code"}) {
        const QJsonValue code = object.value(QLatin1String(key));
        if (code.isDouble()) {
            error.code = code.toInt();
            break;
        }
    }
    return error;
}

QString describeHttpStatus(int status, const QString &method, const QUrl &url, const ServerError &server)
{
    QString what;
    switch (status) {
    case 400:
        what = QCoreApplication::translate("td::Engine",
                                           "The server rejected the request as invalid (400). Check the arguments.");
        break;
    case 401:
        what = QCoreApplication::translate(
            "td::Engine", "The server refused the token (401): it is missing, wrong or expired. Check the credential.");
        break;
    case 403:
        what = QCoreApplication::translate(
            "td::Engine", "Access denied (403): the token lacks a scope or a folder permission (Jobs.Create to launch, "
                          "Jobs.View to watch).");
        break;
    case 404:
        what = server.code == 1623
                   ? QCoreApplication::translate(
                         "td::Engine", "The trigger was not found (error 1623). Check the folder key in the URL.")
                   : QCoreApplication::translate("td::Engine", "Not found (404): %1. Check the URL.")
                         .arg(url.toDisplayString());
        break;
    case 405:
        what = QCoreApplication::translate("td::Engine",
                                           "The trigger does not accept %1 (405). Check the profile's HTTP verb.")
                   .arg(method);
        break;
    case 409:
        what = QCoreApplication::translate("td::Engine", "The server reported a conflict (409).");
        break;
    case 429:
        what = QCoreApplication::translate(
            "td::Engine", "Too many requests (429): the server is rate limiting. Wait before trying again.");
        break;
    case 502:
        what = QCoreApplication::translate(
            "td::Engine",
            "Bad gateway (502) from the server's front end. The job may be running: check it in Orchestrator.");
        break;
    case 503:
        what = QCoreApplication::translate("td::Engine", "The service is unavailable (503).");
        break;
    case 504:
        what = QCoreApplication::translate("td::Engine",
                                           "Gateway timeout (504). The job may be running: check it in Orchestrator.");
        break;
    default:
        what = QCoreApplication::translate("td::Engine", "The server replied %1 to %2 %3.")
                   .arg(status)
                   .arg(method, url.toDisplayString());
        break;
    }
    return withServerWords(what, server);
}

QString withServerWords(const QString &what, const ServerError &server)
{
    if (server.message.isEmpty())
        return what;
    const QString said = server.code != 0
                             ? QCoreApplication::translate("td::Engine", "Server: \"%1\" (error %2)")
                                   .arg(server.message)
                                   .arg(server.code)
                             : QCoreApplication::translate("td::Engine", "Server: \"%1\"").arg(server.message);
    return what + QLatin1Char('\n') + said;
}

QString describeNetworkError(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                             bool timedOut, int timeoutSeconds)
{
    if (timedOut)
        return QCoreApplication::translate("td::Engine", "No answer from %1 within %2 s.")
            .arg(hostOf(url))
            .arg(timeoutSeconds);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
                   "td::Engine", "Could not connect to %1: the connection was refused. Is the server running?")
            .arg(hostOf(url));
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("td::Engine", "The host %1 was not found. Check the URL and your network.")
            .arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("td::Engine", "The secure connection to %1 failed: %2")
            .arg(hostOf(url), errorString);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("td::Engine", "%1 closed the connection before answering.").arg(hostOf(url));
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("td::Engine", "The connection to %1 timed out.").arg(hostOf(url));
    case QNetworkReply::ProtocolUnknownError:
        return QCoreApplication::translate("td::Engine", "The URL scheme of %1 is not supported: use https or http.")
            .arg(url.toDisplayString());
    default:
        return QCoreApplication::translate("td::Engine", "Network error with %1: %2").arg(hostOf(url), errorString);
    }
}

bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(at));
}

} // namespace td
