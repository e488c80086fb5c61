#include "oauthprovider.h"

#include "enginelog.h"

#include "httpmessages.h"
#include "jobpolicy.h"
#include "jobrecord.h"
#include "triggerprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace td {

namespace {

// An HTML page where a token was expected: what a wrong identity path answers, with 200.
bool isWebPage(const QNetworkReply *reply, const QByteArray &body)
{
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.startsWith("text/html") || body.trimmed().startsWith('<');
}

} // namespace

OAuthClientCredentialsProvider::OAuthClientCredentialsProvider(QNetworkAccessManager *manager, const QUrl &identityUrl,
                                                               const QString &clientId, const QByteArray &clientSecret,
                                                               const QString &scopes, QObject *parent)
    : AuthProvider(parent)
    , m_manager(manager)
    , m_tokenUrl(identityUrl)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_scopes(scopes)
{
    QString path = identityUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_tokenUrl.setPath(path + QLatin1String("/connect/token"));
}

OAuthClientCredentialsProvider::~OAuthClientCredentialsProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl OAuthClientCredentialsProvider::defaultIdentityUrl(const QUrl &invokeUrl)
{
    InvokeUrlParts parts;
    if (parseInvokeUrl(invokeUrl, &parts, nullptr) && parts.organization.isEmpty()) {
        // Standalone: the identity server sits beside Orchestrator, under its URL.
        QUrl identity = orchestratorUrlFor(invokeUrl);
        identity.setPath(identity.path() + QStringLiteral("/identity"));
        return identity;
    }
    QUrl identity;
    identity.setScheme(invokeUrl.scheme());
    identity.setHost(invokeUrl.host());
    identity.setPort(invokeUrl.port());
    identity.setPath(QStringLiteral("/identity_"));
    return identity;
}

void OAuthClientCredentialsProvider::fetchToken(QObject *context, TokenCallback done)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAt) {
        done(m_token, QString());
        return;
    }
    m_waiting.append({context, std::move(done)});
    if (m_reply)
        return;
    // The client secret follows the token's rule: never in clear to a host that is not loopback.
    if (policy::tokenDecision(m_tokenUrl, m_tokenUrl, {}) == policy::TokenDecision::PlainHttp) {
        settle({}, tr("Refused to send the client secret over plain http to %1: anyone on the way could read it. "
                      "Use an https identity URL.")
                       .arg(m_tokenUrl.host()));
        return;
    }
    requestToken();
}

bool OAuthClientCredentialsProvider::invalidateToken()
{
    qCInfo(lcAuth) << "access token for" << m_clientId << "dropped after a 401; the next call fetches a new one";
    m_token.clear();
    return true;
}

void OAuthClientCredentialsProvider::requestToken()
{
    const QByteArray form = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(m_clientSecret)) +
                            "&scope=" + QUrl::toPercentEncoding(m_scopes);
    QNetworkRequest request(m_tokenUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    m_reply = m_manager->post(request, form);
    m_reply->setReadBufferSize(64 * 1024);
    connect(m_reply, &QNetworkReply::finished, this, &OAuthClientCredentialsProvider::onTokenReply);
}

void OAuthClientCredentialsProvider::onTokenReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        settle({}, tr("Could not get a token from %1.\n%2")
                       .arg(redactedUrl(m_tokenUrl),
                            describeNetworkError(reply->error(), reply->errorString(), m_tokenUrl, false, 30)));
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QByteArray token = json.value(QStringLiteral("access_token")).toString().toUtf8();
    if (status == 200 && token.isEmpty() && isWebPage(reply, body)) {
        settle({}, tr("%1 answered with a web page, not a token: this is not a token endpoint. Check the identity "
                      "URL: https://{host}/identity_ on Automation Cloud and Automation Suite, {Orchestrator "
                      "URL}/identity on a standalone Orchestrator.")
                       .arg(redactedUrl(m_tokenUrl)));
        return;
    }
    if (status != 200 || token.isEmpty()) {
        const QString oauthError = json.value(QStringLiteral("error")).toString();
        QString hint;
        if (oauthError == QLatin1String("invalid_client"))
            hint = tr("Check the client id and secret of the external application.");
        else if (oauthError == QLatin1String("invalid_scope"))
            hint = tr("Check the scopes: the external application must be granted each one (for example "
                      "OR.Jobs, or OR.Default for an application with fine-grained permissions).");
        else
            hint = tr("Check the identity URL and the external application.");
        const ServerError server = parseServerError(body);
        settle({}, tr("The identity server refused the client credentials (%1): %2\n%3")
                       .arg(status)
                       .arg(server.message.isEmpty() ? QString::fromUtf8(body.left(200)) : server.message, hint));
        return;
    }
    if (!policy::isTokenSafe(token)) {
        settle({}, tr("The identity server at %1 sent an access token with a control character or a space (a line "
                      "break?): it was refused, so it cannot add headers to requests.")
                       .arg(m_tokenUrl.host()));
        return;
    }
    const int lifetime = json.value(QStringLiteral("expires_in")).toInt(3600);
    const int margin = qMin(m_refreshMarginSeconds, lifetime / 2);
    m_token = token;
    m_refreshAt = QDateTime::currentDateTimeUtc().addSecs(lifetime - margin);
    qCDebug(lcAuth) << "access token for" << m_clientId << "from" << m_tokenUrl.host() << "valid" << lifetime
                    << "s, refreshed after" << (lifetime - margin) << "s";
    settle(token, QString());
}

void OAuthClientCredentialsProvider::settle(const QByteArray &token, const QString &error)
{
    if (!error.isEmpty())
        qCWarning(lcAuth) << "no access token for" << m_clientId << ":" << error;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(token, error);
    }
}

} // namespace td
