#pragma once

#include "authprovider.h"
#include "credential.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace td {

class SecretStore;
class OAuthClientCredentialsProvider;

// The token source for a saved credential: reads the secret from the secret store once (kept
// in memory for the session, never written), then hands out the personal access token, or
// obtains OAuth access tokens with the client secret.
class CredentialAuthProvider : public AuthProvider
{
    Q_OBJECT

public:
    // fallbackIdentity: where OAuth tokens come from when the credential names no identity URL
    // (OAuthClientCredentialsProvider::defaultIdentityUrl of the trigger URL). With a certificate
    // trust of its own (Credential::tls), the manager must be one of that trust's
    // (TriggerEngine::identityManager).
    CredentialAuthProvider(const Credential &credential, const QUrl &fallbackIdentity, SecretStore *secrets,
                           QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~CredentialAuthProvider() override;

    const Credential &credential() const { return m_credential; }

    void fetchToken(QObject *context, TokenCallback done) override;
    // A person's credential (BrowserSignIn) whose session is missing or ended: only a new
    // sign-in gets tokens again.
    bool needsSignIn() const;
    bool invalidateToken() override;
    Phrase refusalReason() const override;

    // How long a refused renewal waits before reading the store a second time (see rereadSession).
    static constexpr int kRenewedElsewhereWaitMs = 1500;

private:
    void withSecret(QObject *context, std::function<void(const Phrase &error)> then);
    // After the identity server refused the renewal with `used`: a new refresh token in the store
    // starts a new session; otherwise, when mayWait, the store is read once more a moment later.
    void rereadSession(const QPointer<QObject> &context, const TokenCallback &done, const QByteArray &used,
                       bool mayWait);

    Credential m_credential;
    QUrl m_identityUrl;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_manager;
    QByteArray m_secret;
    bool m_secretMissing = false;
    bool m_rereadAfterEnd = false; // the store was read again after the session ended
    bool m_rereading = false;      // ...and that reading is under way: requests wait for it
    QList<QPair<QPointer<QObject>, TokenCallback>> m_awaitingSession;
    std::unique_ptr<OAuthClientCredentialsProvider> m_oauth;
};

} // namespace td
