#pragma once

#include "phrase.h"
#include "tlstrust.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace td {

// How a job gets its bearer token. Profiles refer to a credential by id; one credential can
// serve many profiles. The secret (the token, or the client secret) lives in a SecretStore
// under secretKey(), never in this object, its JSON, or any file.
struct Credential
{
    enum class Kind
    {
        PersonalAccessToken,
        OAuthClientCredentials,
        // A person signs in in the system browser (authorization code with PKCE); the secret kept
        // is the session's refresh token.
        BrowserSignIn,
    };
    static constexpr quint16 kDefaultRedirectPort = 8765;

    QString id;
    QString name;
    Kind kind = Kind::PersonalAccessToken;
    QUrl identityUrl; // OAuth; empty: derived from the trigger URL (OAuthClientCredentialsProvider::defaultIdentityUrl)
    QString clientId; // OAuth
    QString scopes;   // OAuth, space-separated, e.g. "OR.Jobs OR.Folders.Read"
    // BrowserSignIn: the loopback port of the redirect URI the external application registered.
    quint16 redirectPort = kDefaultRedirectPort;
    // OAuth: what the identity server's certificate may be signed by, or pinned to, beyond the
    // system's authorities (an on-premises identity server with a private CA).
    TlsTrust tls;
    // A personal access token's expiry date, as Orchestrator showed it when the token was made
    // (optional: the person types it; the token is invalid after that day).
    QDate expiresOn;
    // How many days before a personal access token's expiry the window starts warning.
    static constexpr int kExpiryWarningDays = 7;

    static Credential create(const QString &name, Kind kind);
    // The scopes a new credential of the kind starts with ("" for a personal access token).
    static QString defaultScopes(Kind kind);

    QString secretKey() const { return QLatin1String("credential/") + id; }
    // Whether its tokens come from an identity server (every kind but a personal access token).
    bool usesIdentityServer() const { return kind != Kind::PersonalAccessToken; }
    // Problems that stop using it, each a sentence a person can act on.
    QStringList validate() const;
    // What a person should know about a personal access token's expiry on that day: from
    // kExpiryWarningDays before it, and once it passed; empty otherwise, and for other kinds.
    Phrase expiryNotice(const QDate &today) const;
    // Whether a personal access token's expiry date is that day or before it.
    bool expiresBy(const QDate &day) const
    {
        return kind == Kind::PersonalAccessToken && expiresOn.isValid() && expiresOn <= day;
    }

    QJsonObject toJson() const;
    static Credential fromJson(const QJsonObject &json);

    bool operator==(const Credential &other) const { return toJson() == other.toJson(); }
    bool operator!=(const Credential &other) const { return !(*this == other); }
};

QString credentialKindName(Credential::Kind kind);
bool parseCredentialKind(const QString &text, Credential::Kind *kind);

} // namespace td
