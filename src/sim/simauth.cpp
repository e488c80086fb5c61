// Bearer tokens (the static one and issued OAuth tokens, which expire) and the OAuth
// client-credentials token endpoint.

#include "simulatorprivate.h"

namespace td::sim {

bool OrchestratorSimulatorPrivate::checkAuth(const ExchangePtr &ex, bool redirectTarget)
{
    if (redirectTarget && !redirectsRequireAuth)
        return true;
    const QByteArray value = ex->request.header(QByteArrayLiteral("Authorization")).trimmed();
    QString message = QStringLiteral("You are not authenticated!");
    if (value.left(7).toLower() == QByteArrayLiteral("bearer ")) {
        const QString presented = QString::fromUtf8(value.mid(7).trimmed());
        if (!token.isEmpty() && presented == token)
            return true;
        const auto it = issuedTokens.constFind(presented);
        if (it != issuedTokens.constEnd()) {
            if (clock.elapsed() < it.value())
                return true;
            message = QStringLiteral("You are not authenticated! The access token has expired.");
        }
    }
    writeError(ex, 401, message, 0,
               {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer error=\"invalid_token\"")}});
    return false;
}

void OrchestratorSimulatorPrivate::writeOAuthError(const ExchangePtr &ex, int status, const char *code,
                                                   const QString &description)
{
    writeJson(ex, status,
              QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                          {QStringLiteral("error_description"), description}},
              {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

QJsonObject OrchestratorSimulatorPrivate::issueAccessToken(const QString &scope, QString *issued)
{
    *issued = QStringLiteral("sim-at-") + randomHex(24);
    issuedTokens.insert(*issued, clock.elapsed() + qint64(tokenLifetimeSec) * 1000);
    return QJsonObject{{QStringLiteral("access_token"), *issued},
                       {QStringLiteral("expires_in"), tokenLifetimeSec},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("scope"), scope}};
}

void OrchestratorSimulatorPrivate::handleToken(const ExchangePtr &ex)
{
    ++tokenRequests;
    auto oauthError = [this, &ex](int status, const char *code, const QString &description) {
        writeOAuthError(ex, status, code, description);
    };
    if (ex->method != QLatin1String("POST")) {
        oauthError(405, "invalid_request", QStringLiteral("The token endpoint takes POST only."));
        return;
    }
    // application/x-www-form-urlencoded: '+' is a space.
    QString form = QString::fromUtf8(ex->request.body);
    form.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery fields(form);
    auto field = [&fields](const char *name) {
        return fields.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QString clientId = field("client_id");
    QString secret = field("client_secret");
    const QByteArray authorization = ex->request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (clientId.isEmpty() && authorization.left(6).toLower() == QByteArrayLiteral("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    if (field("grant_type") == QLatin1String("authorization_code")) {
        handleCodeGrant(ex, fields);
        return;
    }
    if (field("grant_type") == QLatin1String("refresh_token")) {
        handleRefreshGrant(ex, fields);
        return;
    }
    if (field("grant_type") != QLatin1String("client_credentials")) {
        oauthError(400, "unsupported_grant_type",
                   QStringLiteral("Supported: client_credentials, authorization_code, refresh_token."));
        return;
    }
    const auto client = clients.constFind(clientId);
    if (clientId.isEmpty() || client == clients.constEnd() || client->secret != secret) {
        oauthError(400, "invalid_client", QStringLiteral("Unknown client or wrong secret."));
        return;
    }
    const QStringList requested = field("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList granted = requested;
    if (requested.isEmpty()) {
        granted = client->scopes;
    } else if (!client->scopes.isEmpty()) {
        for (const QString &scope : requested) {
            if (!client->scopes.contains(scope)) {
                oauthError(400, "invalid_scope",
                           QStringLiteral("The client is not allowed the scope '%1'.").arg(scope));
                return;
            }
        }
    }
    QString accessToken;
    writeJson(ex, 200, issueAccessToken(granted.join(QLatin1Char(' ')), &accessToken),
              {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
               {QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")}});
}

} // namespace td::sim
