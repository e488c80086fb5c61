// A person signs in: the identity server's authorize page (authorization code with PKCE, S256),
// the code and refresh-token grants, and token revocation. As UiPath's API guide, "External
// Applications (OAuth)", describes them: a non-confidential application sends the person to
// {base}/identity_/connect/authorize with response_type=code, client_id, scope, redirect_uri,
// code_challenge and code_challenge_method=S256, then posts grant_type=authorization_code with
// code, redirect_uri, client_id and code_verifier to the token endpoint. Access tokens last an
// hour; a refresh token comes only when the scope asks offline_access, serves once, and lasts 60
// days. Errors are RFC 6749's (invalid_grant for a wrong verifier, a reused or expired code, another
// redirect URI) and RFC 7636's (PKCE).

#include "simulatorprivate.h"

#include <QCryptographicHash>

namespace td::sim {

namespace {

QUrlQuery formFields(const QByteArray &body)
{
    // application/x-www-form-urlencoded: '+' is a space.
    QString form = QString::fromUtf8(body);
    form.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(form);
}

QString fieldOf(const QUrlQuery &fields, const char *name)
{
    return fields.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

void OrchestratorSimulatorPrivate::handleAuthorize(const ExchangePtr &ex)
{
    const bool posted = ex->method == QLatin1String("POST");
    const QUrlQuery fields = posted ? formFields(ex->request.body) : ex->request.query;
    const auto field = [&fields](const char *name) { return fieldOf(fields, name); };
    const QString clientId = field("client_id");
    const QString redirectUri = field("redirect_uri");
    const auto page = [this, &ex](int status, const QString &body) {
        write(ex, status,
              QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sign in</title></head>"
                             "<body>%1</body></html>\n")
                  .arg(body)
                  .toUtf8(),
              QByteArrayLiteral("text/html; charset=utf-8"), {{QByteArrayLiteral("Cache-Control"), "no-store"}});
    };
    // An unknown client or redirect URI is said on the page, never sent anywhere (RFC 6749 4.1.2.1).
    const auto client = publicClients.constFind(clientId);
    if (client == publicClients.constEnd()) {
        page(400, QStringLiteral("<p id=\"error\">invalid_client: unknown application %1.</p>").arg(html(clientId)));
        return;
    }
    if (!client->redirectUris.contains(redirectUri)) {
        page(400, QStringLiteral("<p id=\"error\">invalid_request: the redirect URI %1 is not registered for "
                                 "this application.</p>")
                      .arg(html(redirectUri)));
        return;
    }
    const auto back = [this, &ex, &redirectUri, &field](const QList<QPair<QString, QString>> &items) {
        QUrl target(redirectUri);
        QUrlQuery query(target);
        for (const auto &[key, value] : items)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        if (!field("state").isEmpty())
            query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(field("state"))));
        target.setQuery(query);
        write(ex, 302, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target.toEncoded()}});
    };
    if (field("response_type") != QLatin1String("code")) {
        back({{QStringLiteral("error"), QStringLiteral("unsupported_response_type")}});
        return;
    }
    if (field("code_challenge").isEmpty() || field("code_challenge_method") != QLatin1String("S256")) {
        back({{QStringLiteral("error"), QStringLiteral("invalid_request")},
              {QStringLiteral("error_description"), QStringLiteral("code_challenge with S256 is required")}});
        return;
    }
    const QStringList scopes = field("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        if (!client->scopes.isEmpty() && scope != QLatin1String("offline_access") && !client->scopes.contains(scope)) {
            back({{QStringLiteral("error"), QStringLiteral("invalid_scope")}});
            return;
        }
    }
    if (posted && !field("cancel").isEmpty()) {
        back({{QStringLiteral("error"), QStringLiteral("access_denied")}});
        return;
    }
    const QString user = field("username");
    const auto known = users.constFind(user);
    if (posted && known != users.constEnd() && known.value() == field("password")) {
        const QString code = randomHex(24);
        authorizationCodes.insert(code, {clientId,
                                         redirectUri,
                                         field("code_challenge"),
                                         scopes.join(QLatin1Char(' ')),
                                         user,
                                         clock.elapsed() + qint64(authorizationCodeLifetimeSec) * 1000,
                                         false,
                                         {}});
        back({{QStringLiteral("code"), code}});
        return;
    }
    // The sign-in form, carrying the request along; again, saying why, after a wrong password.
    QString hidden;
    for (const char *name :
         {"response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"})
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(QString::fromLatin1(name), html(field(name)));
    // Signing in by itself (setAutoSignIn): the form filled in, and posted by the page's script.
    const bool automatic = !posted && users.contains(autoSignInUser);
    page(200, QStringLiteral("<h1>Sign in to %1</h1>%2<form method=\"post\" action=\"%3\">%4"
                             "<label>User name <input name=\"username\" value=\"%5\"></label>"
                             "<label>Password <input name=\"password\" type=\"password\" value=\"%6\"></label>"
                             "<button type=\"submit\" name=\"signin\" value=\"1\">Sign in</button>"
                             "<button type=\"submit\" name=\"cancel\" value=\"1\">Cancel</button></form>%7")
                  .arg(html(clientId),
                       posted ? QStringLiteral("<p id=\"error\">Wrong user name or password.</p>") : QString(),
                       html(ex->request.path), hidden, html(automatic ? autoSignInUser : user),
                       automatic ? html(users.value(autoSignInUser)) : QString(),
                       automatic ? QStringLiteral("<script>document.forms[0].submit();</script>") : QString()));
}

void OrchestratorSimulatorPrivate::handleCodeGrant(const ExchangePtr &ex, const QUrlQuery &fields)
{
    const auto field = [&fields](const char *name) { return fieldOf(fields, name); };
    const auto found = authorizationCodes.find(field("code"));
    if (found == authorizationCodes.end()) {
        writeOAuthError(ex, 400, "invalid_grant", QStringLiteral("Unknown authorization code."));
        return;
    }
    AuthorizationCode &code = found.value();
    if (code.used) {
        // Presented twice: someone else may hold it. What it gave is revoked (RFC 6749 4.1.2).
        for (const QString &given : std::as_const(code.issued)) {
            issuedTokens.remove(given);
            refreshTokens.remove(given);
        }
        writeOAuthError(ex, 400, "invalid_grant", QStringLiteral("The authorization code was used already."));
        return;
    }
    code.used = true;
    if (clock.elapsed() >= code.expiresAt) {
        writeOAuthError(ex, 400, "invalid_grant", QStringLiteral("The authorization code has expired."));
        return;
    }
    if (field("client_id") != code.clientId || field("redirect_uri") != code.redirectUri) {
        writeOAuthError(ex, 400, "invalid_grant",
                        QStringLiteral("The client or the redirect URI differ from the authorize request."));
        return;
    }
    if (field("code_verifier").isEmpty() || s256(field("code_verifier")) != code.challenge) {
        writeOAuthError(ex, 400, "invalid_grant", QStringLiteral("The code verifier does not match the challenge."));
        return;
    }
    QString accessToken;
    QJsonObject answer = issueAccessToken(code.scope, &accessToken);
    code.issued << accessToken;
    if (code.scope.split(QLatin1Char(' ')).contains(QLatin1String("offline_access"))) {
        const QString refresh = QStringLiteral("sim-rt-") + randomHex(24);
        refreshTokens.insert(
            refresh, {code.clientId, code.scope, code.user, clock.elapsed() + qint64(refreshTokenLifetimeSec) * 1000});
        code.issued << refresh;
        answer.insert(QStringLiteral("refresh_token"), refresh);
    }
    writeJson(ex, 200, answer, {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

void OrchestratorSimulatorPrivate::handleRefreshGrant(const ExchangePtr &ex, const QUrlQuery &fields)
{
    // One use each: the answer carries the next one (rotation).
    const RefreshToken refresh = refreshTokens.take(fieldOf(fields, "refresh_token"));
    if (refresh.clientId.isEmpty() || refresh.clientId != fieldOf(fields, "client_id") ||
        clock.elapsed() > refresh.expiresAt) {
        writeOAuthError(ex, 400, "invalid_grant",
                        QStringLiteral("The refresh token is unknown, used, revoked, expired or another client's."));
        return;
    }
    QString accessToken;
    QJsonObject answer = issueAccessToken(refresh.scope, &accessToken);
    const QString next = QStringLiteral("sim-rt-") + randomHex(24);
    refreshTokens.insert(next, {refresh.clientId, refresh.scope, refresh.user,
                                clock.elapsed() + qint64(refreshTokenLifetimeSec) * 1000});
    answer.insert(QStringLiteral("refresh_token"), next);
    writeJson(ex, 200, answer, {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

void OrchestratorSimulatorPrivate::handleRevocation(const ExchangePtr &ex)
{
    // RFC 7009: 200 whether the token was known or not.
    const QString revoked = fieldOf(formFields(ex->request.body), "token");
    refreshTokens.remove(revoked);
    issuedTokens.remove(revoked);
    write(ex, 200, QByteArray(), QByteArray());
}

} // namespace td::sim
