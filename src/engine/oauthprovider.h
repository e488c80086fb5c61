#pragma once

#include "authprovider.h"
#include "scheduler.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace td {

class HttpExchange;
class TlsPolicy;
struct HttpAnswer;

// An OAuth access token from the client-credentials flow (docs/protocol.md "Authentication"):
// POST {identity}/connect/token. The token is cached in memory only and fetched again shortly
// before it expires, so every hop of a 15-minute long poll carries a valid one.
class OAuthClientCredentialsProvider : public AuthProvider
{
    Q_OBJECT

public:
    // tls: what the identity server's certificate may be signed by or pinned to (null: the
    // system's authorities); the manager must then be one of that trust's (TlsPolicy).
    OAuthClientCredentialsProvider(QNetworkAccessManager *manager, const QUrl &identityUrl, const QString &clientId,
                                   const QByteArray &clientSecret, const QString &scopes,
                                   std::shared_ptr<const TlsPolicy> tls = {}, QObject *parent = nullptr);
    ~OAuthClientCredentialsProvider() override;

    // The identity server of the trigger URL's deployment, from its shape: {scheme}://{host}/identity_
    // for Automation Cloud and Automation Suite (".../{org}/{tenant}/orchestrator_/t/..."), and
    // {Orchestrator URL}/identity for a standalone Orchestrator (".../t/..." right after it).
    static QUrl defaultIdentityUrl(const QUrl &invokeUrl);

    void fetchToken(QObject *context, TokenCallback done) override;
    bool invalidateToken() override;

    // A person's session (a "Sign in with browser" credential): tokens come from the refresh-token
    // grant instead, and each new refresh token the server sends is handed to rotated (to be kept
    // where the old one was). A refused refresh says to sign in again.
    void useRefreshToken(const QByteArray &refreshToken, std::function<void(const QByteArray &)> rotated)
    {
        m_refreshToken = refreshToken;
        m_rotated = std::move(rotated);
    }

    // The session's refresh was refused: later fetches fail at once, without a request, until a
    // new sign-in (a new provider).
    bool sessionEnded() const { return !m_sessionEnded.isEmpty(); }

    // How long before expiry a cached token is replaced (default 60 s, or half the lifetime of
    // a short-lived token).
    void setRefreshMarginSeconds(int seconds) { m_refreshMarginSeconds = seconds; }

private:
    void requestToken();
    void onTokenAnswer(const HttpAnswer &answer);
    void settle(const QByteArray &token, const Phrase &error);

    QNetworkAccessManager *m_manager;
    QUrl m_tokenUrl;
    QString m_clientId;
    QByteArray m_clientSecret;
    QString m_scopes;
    QByteArray m_refreshToken;
    Phrase m_sessionEnded; // why, once the identity server refused to renew the session
    std::function<void(const QByteArray &)> m_rotated;
    QByteArray m_token;
    QDateTime m_refreshAt;
    int m_refreshMarginSeconds = 60;
    std::shared_ptr<const TlsPolicy> m_tls;
    Scheduler m_scheduler; // the exchange's inactivity timeout
    std::unique_ptr<HttpExchange> m_exchange;
    QList<QPair<QPointer<QObject>, TokenCallback>> m_waiting;
};

} // namespace td
