#include "oauthprovider.h"

#include "enginelog.h"

#include "httpexchange.h"
#include "httpmessages.h"
#include "jobpolicy.h"
#include "jobrecord.h"
#include "triggerprofile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {

// An HTML page where a token was expected: what a wrong identity path answers, with 200.
bool isWebPage(const QByteArray &body)
{
    return body.trimmed().startsWith('<');
}

constexpr int kTokenTimeoutSeconds = 30;
constexpr qint64 kTokenBodyLimit = 64 * 1024; // a token, or a server's message: never a flood

} // namespace

OAuthClientCredentialsProvider::OAuthClientCredentialsProvider(QNetworkAccessManager *manager, const QUrl &identityUrl,
                                                               const QString &clientId, const QByteArray &clientSecret,
                                                               const QString &scopes,
                                                               std::shared_ptr<const TlsPolicy> tls, QObject *parent)
    : AuthProvider(parent)
    , m_manager(manager)
    , m_tokenUrl(identityUrl)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_scopes(scopes)
    , m_tls(std::move(tls))
{
    QString path = identityUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_tokenUrl.setPath(path + QLatin1String("/connect/token"));
}

OAuthClientCredentialsProvider::~OAuthClientCredentialsProvider() = default;

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
        done(m_token, {});
        return;
    }
    if (!m_sessionEnded.isEmpty()) {
        done({}, m_sessionEnded); // never a stream of refused renewals, one per launch
        return;
    }
    m_waiting.append({context, std::move(done)});
    if (m_exchange)
        return;
    // The client secret follows the token's rule: never in clear to a host that is not loopback.
    if (policy::tokenDecision(m_tokenUrl, m_tokenUrl, {}) == policy::TokenDecision::PlainHttp) {
        settle({}, Phrase::translate(
                       "td::OAuthClientCredentialsProvider",
                       "Refused to send the client secret over plain http to %1: anyone on the way could read it. "
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
    // A person's session renews with its refresh token (no secret: a public client); an
    // application asks with its client secret.
    QByteArray form = "client_id=" + QUrl::toPercentEncoding(m_clientId);
    if (!m_refreshToken.isEmpty())
        form += "&grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(QString::fromUtf8(m_refreshToken));
    else
        form += "&grant_type=client_credentials&client_secret=" +
                QUrl::toPercentEncoding(QString::fromUtf8(m_clientSecret)) +
                "&scope=" + QUrl::toPercentEncoding(m_scopes);
    // The exchange every job request goes through: manual redirects, an inactivity timeout, a
    // bounded body, and the credential's certificate trust checked at the handshake.
    HttpExchange::Request request;
    request.url = m_tokenUrl;
    request.method = QByteArrayLiteral("POST");
    request.sendOnce = true;
    request.hasBody = true;
    request.body = form;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.timeoutSeconds = kTokenTimeoutSeconds;
    request.bodyLimit = kTokenBodyLimit;
    request.tls = m_tls;
    m_exchange = std::make_unique<HttpExchange>(m_manager, &m_scheduler, request);
    connect(m_exchange.get(), &HttpExchange::finished, this, &OAuthClientCredentialsProvider::onTokenAnswer);
}

void OAuthClientCredentialsProvider::onTokenAnswer(const HttpAnswer &answer)
{
    m_exchange.release()->deleteLater(); // it is still emitting
    const int status = answer.status;
    const QByteArray &body = answer.body;
    if (const Phrase problem = describeAnswerProblem(answer); !problem.isEmpty()) {
        settle({}, Phrase::translate("td::OAuthClientCredentialsProvider", "Could not get a token from %1.\n%2")
                       .arg(redactedUrl(m_tokenUrl))
                       .arg(problem));
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QByteArray token = json.value(QStringLiteral("access_token")).toString().toUtf8();
    if (status == 200 && token.isEmpty() && isWebPage(body)) {
        settle({}, Phrase::translate(
                       "td::OAuthClientCredentialsProvider",
                       "%1 answered with a web page, not a token: this is not a token endpoint. Check the identity "
                       "URL: https://{host}/identity_ on Automation Cloud and Automation Suite, {Orchestrator "
                       "URL}/identity on a standalone Orchestrator.")
                       .arg(redactedUrl(m_tokenUrl)));
        return;
    }
    if (status != 200 || token.isEmpty()) {
        const QString oauthError = json.value(QStringLiteral("error")).toString();
        if (!m_refreshToken.isEmpty() && status == 400) {
            // Expired, revoked or used already: only the person can open a new session.
            m_sessionEnded =
                Phrase::translate("td::OAuthClientCredentialsProvider",
                                  "The sign-in has ended: the identity server no longer renews it (%1). Sign in "
                                  "again: Profile > Credentials > Sign In, or triggerdesk-cli credentials login.")
                    .arg(oauthError.isEmpty() ? QString::number(status) : oauthError);
            settle({}, m_sessionEnded);
            return;
        }
        Phrase hint;
        if (oauthError == QLatin1String("invalid_client"))
            hint = Phrase::translate("td::OAuthClientCredentialsProvider",
                                     "Check the client id and secret of the external application.");
        else if (oauthError == QLatin1String("invalid_scope"))
            hint = Phrase::translate("td::OAuthClientCredentialsProvider",
                                     "Check the scopes: the external application must be granted each one (for example "
                                     "OR.Jobs, or OR.Default for an application with fine-grained permissions).");
        else
            hint = Phrase::translate("td::OAuthClientCredentialsProvider",
                                     "Check the identity URL and the external application.");
        const ServerError server = parseServerError(body);
        settle({}, Phrase::translate("td::OAuthClientCredentialsProvider",
                                     "The identity server refused the client credentials (%1): %2\n%3")
                       .arg(status)
                       .arg(server.message.isEmpty() ? QString::fromUtf8(body.left(200)) : server.message)
                       .arg(hint));
        return;
    }
    if (!policy::isTokenSafe(token)) {
        settle({}, Phrase::translate(
                       "td::OAuthClientCredentialsProvider",
                       "The identity server at %1 sent an access token with a control character or a space (a line "
                       "break?): it was refused, so it cannot add headers to requests.")
                       .arg(m_tokenUrl.host()));
        return;
    }
    // Refresh tokens are used once: the new one replaces it (where it is kept, too).
    if (const QByteArray next = json.value(QStringLiteral("refresh_token")).toString().toUtf8();
        !m_refreshToken.isEmpty() && !next.isEmpty() && next != m_refreshToken) {
        m_refreshToken = next;
        if (m_rotated)
            m_rotated(next);
    }
    const int lifetime = json.value(QStringLiteral("expires_in")).toInt(3600);
    const int margin = qMin(m_refreshMarginSeconds, lifetime / 2);
    m_token = token;
    m_refreshAt = QDateTime::currentDateTimeUtc().addSecs(lifetime - margin);
    qCDebug(lcAuth) << "access token for" << m_clientId << "from" << m_tokenUrl.host() << "valid" << lifetime
                    << "s, refreshed after" << (lifetime - margin) << "s";
    settle(token, {});
}

void OAuthClientCredentialsProvider::settle(const QByteArray &token, const Phrase &error)
{
    if (!error.isEmpty())
        qCWarning(lcAuth) << "no access token for" << m_clientId << ":" << error.text();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(token, error);
    }
}

} // namespace td
