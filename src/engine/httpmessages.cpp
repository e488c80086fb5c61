#include "httpmessages.h"

#include "jobrecord.h"
#include "triggerprofile.h"

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

Phrase describeHttpStatus(int status, const QString &method, const QUrl &url, const ServerError &server)
{
    Phrase what;
    switch (status) {
    case 400:
        what =
            Phrase::translate("td::Engine", "The server rejected the request as invalid (400). Check the arguments.");
        break;
    case 401:
        what = Phrase::translate(
            "td::Engine", "The server refused the token (401): it is missing, wrong or expired. Check the credential.");
        break;
    case 403:
        what = Phrase::translate(
            "td::Engine", "Access denied (403): the token lacks a scope or a folder permission (Jobs.Create to launch, "
                          "Jobs.View to watch).");
        break;
    case 404:
        what = server.code == 1623
                   ? Phrase::translate("td::Engine",
                                       "The trigger was not found (error 1623). Check the folder key in the URL.")
                   : Phrase::translate("td::Engine", "Not found (404): %1. Check the URL.").arg(redactedUrl(url));
        break;
    case 405:
        what = Phrase::translate("td::Engine", "The trigger does not accept %1 (405). Check the profile's HTTP verb.")
                   .arg(method);
        break;
    case 407:
        what =
            Phrase::translate("td::Engine", "The proxy asks for credentials (407), or refused the ones it was given. "
                                            "In the window, sign in when it asks; on the command line, put the user "
                                            "name in the proxy URL (http://user@host:port) and the password in the "
                                            "TRIGGERDESK_PROXY_PASSWORD environment variable.");
        break;
    case 409:
        what = Phrase::translate("td::Engine", "The server reported a conflict (409).");
        break;
    case 429:
        what = Phrase::translate("td::Engine",
                                 "Too many requests (429): the server is rate limiting. Wait before trying again.");
        break;
    case 502:
        what = Phrase::translate(
            "td::Engine",
            "Bad gateway (502) from the server's front end. The job may be running: check it in Orchestrator.");
        break;
    case 503:
        what = Phrase::translate("td::Engine", "The service is unavailable (503).");
        break;
    case 504:
        what =
            Phrase::translate("td::Engine", "Gateway timeout (504). The job may be running: check it in Orchestrator.");
        break;
    default:
        what = Phrase::translate("td::Engine", "The server replied %1 to %2 %3.")
                   .arg(status)
                   .arg(method, redactedUrl(url));
        break;
    }
    return withServerWords(what, server);
}

Phrase withServerWords(const Phrase &what, const ServerError &server)
{
    if (server.message.isEmpty())
        return what;
    const Phrase said =
        server.code != 0
            ? Phrase::translate("td::Engine", "Server: \"%1\" (error %2)").arg(server.message).arg(server.code)
            : Phrase::translate("td::Engine", "Server: \"%1\"").arg(server.message);
    return Phrase::lines({what, said});
}

Phrase describeNetworkError(QNetworkReply::NetworkError error, const Phrase &errorString, const QUrl &url,
                            bool timedOut, int timeoutSeconds)
{
    if (timedOut)
        return Phrase::translate("td::Engine", "No answer from %1 within %2 s.").arg(hostOf(url)).arg(timeoutSeconds);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Phrase::translate("td::Engine",
                                 "Could not connect to %1: the connection was refused. Is the server running?")
            .arg(hostOf(url));
    case QNetworkReply::HostNotFoundError:
        return Phrase::translate("td::Engine", "The host %1 was not found. Check the URL and your network.")
            .arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
        return Phrase::translate("td::Engine", "The secure connection to %1 failed: %2")
            .arg(hostOf(url))
            .arg(errorString);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // the connection dropped and the request was not sent again
        return Phrase::translate("td::Engine", "%1 closed the connection before answering.").arg(hostOf(url));
    case QNetworkReply::TimeoutError:
        return Phrase::translate("td::Engine", "The connection to %1 timed out.").arg(hostOf(url));
    case QNetworkReply::ProtocolUnknownError:
        return Phrase::translate("td::Engine", "The URL scheme of %1 is not supported: use https or http.")
            .arg(redactedUrl(url));
    default:
        return Phrase::translate("td::Engine", "Network error with %1: %2").arg(hostOf(url)).arg(errorString);
    }
}

Phrase describeAnswerProblem(const HttpAnswer &answer)
{
    switch (answer.status == 0 ? answer.error : QNetworkReply::NoError) {
    case QNetworkReply::ProxyAuthenticationRequiredError: // https: the tunnel was refused
        return describeHttpStatus(407, QString(), answer.url, {});
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return Phrase::translate("td::Engine", "The proxy %1 could not be used: %2")
            .arg(answer.proxy)
            .arg(answer.errorString);
    default:
        break;
    }
    if (answer.handshakeUnfinished && answer.error != QNetworkReply::SslHandshakeFailedError)
        return describeNetworkError(QNetworkReply::SslHandshakeFailedError,
                                    Phrase::translate("td::Engine", "the connection ended before the handshake "
                                                                    "finished (does the server speak https?)"),
                                    answer.url, false, answer.timeoutSeconds);
    if (answer.status == 0)
        return describeNetworkError(answer.error, answer.errorString, answer.url, answer.timedOut,
                                    answer.timeoutSeconds);
    if (answer.tooLarge) {
        const qint64 megabytes = answer.bodyLimit / (1024 * 1024);
        return Phrase::translate("td::Engine",
                                 "The answer from %1 is larger than the %2 MB limit: only its first %2 MB "
                                 "were read.")
            .arg(hostOf(answer.url))
            .arg(megabytes);
    }
    if (answer.error == QNetworkReply::NoError)
        return {};
    if (answer.timedOut)
        return Phrase::translate("td::Engine",
                                 "The answer from %1 was incomplete: nothing more arrived for %2 s (after "
                                 "%3 bytes).")
            .arg(hostOf(answer.url))
            .arg(answer.timeoutSeconds)
            .arg(answer.bodyBytes);
    if (answer.error == QNetworkReply::RemoteHostClosedError)
        return Phrase::translate("td::Engine",
                                 "The answer from %1 was incomplete: the connection closed after %2 bytes.")
            .arg(hostOf(answer.url))
            .arg(answer.bodyBytes);
    return Phrase::translate("td::Engine", "The answer from %1 was incomplete: %2")
        .arg(hostOf(answer.url))
        .arg(answer.errorString);
}

Phrase describeAnswer(const HttpAnswer &answer, const QString &method)
{
    const Phrase problem = describeAnswerProblem(answer);
    if (!problem.isEmpty())
        return problem;
    return describeHttpStatus(answer.status, method, answer.url, parseServerError(answer.body));
}

Phrase plainHttpTokenRefusal(const QUrl &url)
{
    return Phrase::translate("td::Engine", "Refused to send the token over plain http to %1: anyone on the way could "
                                           "read it. Use https, or add %2 to the profile's trusted origins.")
        .arg(url.host(), originOf(url));
}

Phrase unsafeTokenRefusal()
{
    return Phrase::translate("td::Engine", "The token contains a control character or a space (a line break?), so it "
                                           "could add headers to the request: it was not sent. Check the credential.");
}

} // namespace td
