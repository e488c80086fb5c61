#include "credentialauth.h"

#include "enginelog.h"
#include "oauthprovider.h"
#include "secretstore.h"
#include "tlspolicy.h"

#include <QTimer>

namespace td {

CredentialAuthProvider::CredentialAuthProvider(const Credential &credential, const QUrl &fallbackIdentity,
                                               SecretStore *secrets, QNetworkAccessManager *manager, QObject *parent)
    : AuthProvider(parent)
    , m_credential(credential)
    , m_identityUrl(credential.identityUrl.isEmpty() ? fallbackIdentity : credential.identityUrl)
    , m_secrets(secrets)
    , m_manager(manager)
{}

CredentialAuthProvider::~CredentialAuthProvider() = default;

void CredentialAuthProvider::withSecret(QObject *context, std::function<void(const Phrase &error)> then)
{
    if (!m_secret.isEmpty()) {
        then({});
        return;
    }
    if (!m_secrets) {
        then(Phrase::translate("td::CredentialAuth", "No secret store is available."));
        return;
    }
    const QPointer<QObject> guard(context);
    m_secrets->read(
        m_credential.secretKey(), this, [this, guard, then](const QByteArray &secret, const QString &error) {
            if (!guard)
                return;
            m_secretMissing = !error.isEmpty() || secret.isEmpty();
            if (m_secretMissing && m_credential.kind == Credential::Kind::BrowserSignIn) {
                then(Phrase::translate("td::CredentialAuth",
                                       "Nobody is signed in with \"%1\": sign in first (Profile > "
                                       "Credentials > Sign In, or triggerdesk-cli credentials login \"%1\").")
                         .arg(m_credential.name));
                return;
            }
            if (!error.isEmpty() || secret.isEmpty()) {
                then(Phrase::translate("td::CredentialAuth",
                                       "The secret of the credential \"%1\" could not be read: %2 Enter it "
                                       "again in the credential editor.")
                         .arg(m_credential.name, error));
                return;
            }
            m_secret = secret;
            then({});
        });
}

void CredentialAuthProvider::rereadSession(const QPointer<QObject> &context, const TokenCallback &done,
                                           const QByteArray &used, bool mayWait)
{
    // Read for this provider, not for the job: the requests waiting meanwhile depend on its end.
    withSecret(this, [this, context, done, used, mayWait](const Phrase &error) {
        if (error.isEmpty() && m_secret != used) {
            m_oauth.reset(); // a new session: renewed elsewhere, or signed in again
            m_rereadAfterEnd = false;
        } else if (mayWait) {
            // Another process renewing with the same refresh token at the same moment got the
            // new one; it reaches the store only once that answer is in: read once more, later.
            m_secret.clear();
            QTimer::singleShot(kRenewedElsewhereWaitMs, this,
                               [this, context, done, used] { rereadSession(context, done, used, false); });
            return;
        }
        // Settled: this request, and those that came meanwhile, go on with what the store holds.
        m_rereading = false;
        auto waiting = std::exchange(m_awaitingSession, {});
        waiting.prepend({context, done});
        for (const auto &[waitingContext, waitingDone] : std::as_const(waiting)) {
            if (waitingContext)
                fetchToken(waitingContext, waitingDone);
        }
    });
}

void CredentialAuthProvider::fetchToken(QObject *context, TokenCallback done)
{
    if (m_rereading) {
        m_awaitingSession.append({context, std::move(done)});
        return;
    }
    // A person's session the identity server ended may have been renewed elsewhere (the CLI,
    // another window, a Test connection) or replaced by a new sign-in: the store is read again
    // before saying to sign in again.
    if (m_credential.kind == Credential::Kind::BrowserSignIn && m_oauth && m_oauth->sessionEnded() &&
        !m_rereadAfterEnd && m_secrets) {
        m_rereadAfterEnd = true;
        m_rereading = true;
        rereadSession(context, done, std::exchange(m_secret, QByteArray()), true);
        return;
    }
    withSecret(context, [this, context, done](const Phrase &error) {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        if (m_credential.kind == Credential::Kind::PersonalAccessToken) {
            done(m_secret, {});
            return;
        }
        if (!m_oauth) {
            // The CA file is read at the first token request, as a profile's is at each launch.
            QString tlsError;
            auto tls = TlsPolicy::load(m_credential.tls, &tlsError);
            if (!tls) {
                done({}, Phrase::translate("td::CredentialAuth", "The credential \"%1\": %2")
                             .arg(m_credential.name, tlsError));
                return;
            }
            m_oauth = std::make_unique<OAuthClientCredentialsProvider>(m_manager, m_identityUrl, m_credential.clientId,
                                                                       m_secret, m_credential.scopes, std::move(tls));
            if (m_credential.kind == Credential::Kind::BrowserSignIn) {
                // The secret is the session's refresh token; each new one replaces it in the store.
                m_oauth->useRefreshToken(m_secret, [this](const QByteArray &next) {
                    m_secret = next;
                    if (!m_secrets)
                        return;
                    m_secrets->write(
                        m_credential.secretKey(), next, this, [name = m_credential.name](const QString &why) {
                            if (!why.isEmpty())
                                qCWarning(lcAuth) << "the renewed session of" << name
                                                  << "could not be kept; the next start will ask for a sign-in:" << why;
                        });
                });
            }
        }
        m_oauth->fetchToken(
            context, [this, guard = QPointer<QObject>(context), done](const QByteArray &token, const Phrase &refused) {
                if (!refused.isEmpty() && m_credential.kind == Credential::Kind::BrowserSignIn && m_oauth &&
                    m_oauth->sessionEnded() && !m_rereadAfterEnd) {
                    // Asked again on the next turn (never from inside the provider's own answer): the
                    // start of fetchToken reads the store once more.
                    QTimer::singleShot(0, this, [this, guard, done] {
                        if (guard)
                            fetchToken(guard, done);
                    });
                    return;
                }
                done(token, refused);
            });
    });
}

bool CredentialAuthProvider::needsSignIn() const
{
    return m_credential.kind == Credential::Kind::BrowserSignIn &&
           (m_secretMissing || (m_oauth && m_oauth->sessionEnded()));
}

bool CredentialAuthProvider::invalidateToken()
{
    return m_oauth && m_oauth->invalidateToken();
}

Phrase CredentialAuthProvider::refusalReason() const
{
    // Refused on the day itself, the token is taken as expired (it ends in the server's time zone).
    const QDate today = QDate::currentDate();
    return m_credential.expiresBy(today) ? m_credential.expiryNotice(qMax(today, m_credential.expiresOn.addDays(1)))
                                         : Phrase();
}

} // namespace td
