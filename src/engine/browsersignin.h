#pragma once

// A person signs in ("Sign in with browser" credentials): OAuth 2's authorization code flow with
// PKCE (RFC 7636, S256), as UiPath documents it for non-confidential external applications. Qt's
// QOAuth2AuthorizationCodeFlow builds the authorize URL (with a random state) and exchanges the
// code; a listener on a loopback port (QOAuthHttpServerReplyHandler) takes the browser's one
// redirect and closes. Qt 6.4's module has no PKCE switch (Qt 6.8 has one, used there), drops a
// redirect whose state does not match without a word, and reports a refused token request only in
// its log: those are added here. The redirect URI is always http://127.0.0.1:{port}/, what the
// administrator registered (Qt 6.8 would say "localhost"). The code's exchange goes through a
// network manager of this sign-in's own, so that it carries the credential's certificate trust and
// the application's proxy, and no reply outlives the sign-in (docs/protocol.md section 3).

#include "proxyrouting.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QOAuth2AuthorizationCodeFlow;

namespace td {

class TlsPolicy;

class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    struct Tokens
    {
        QByteArray accessToken;
        QByteArray refreshToken; // empty unless the scopes asked for offline_access
        int expiresInSeconds = 0;
    };

    // identityUrl: the identity server ({host}/identity_ on Automation Cloud); port: the loopback
    // port of the redirect URI the external application has registered (redirectUri(port));
    // proxy: the application's; tls: the credential's trust (null: the system's authorities).
    BrowserSignIn(const QUrl &identityUrl, const QString &clientId, const QString &scopes, quint16 port,
                  const ProxyRouting &proxy, std::shared_ptr<const TlsPolicy> tls, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // The redirect URI for a port, exactly as the administrator must register it.
    static QString redirectUri(quint16 port);

    // Listens on the loopback port, then asks for the browser (openBrowser). False, with a
    // sentence, when the port is taken.
    bool start(QString *error);

signals:
    // Open this page in the person's browser (or print it where there is none).
    void openBrowser(const QUrl &authorizeUrl);
    // Once: the tokens, or why there are none.
    void finished(const td::BrowserSignIn::Tokens &tokens, const QString &error);

private:
    class ReplyHandler;

    void finish(const Tokens &tokens, const QString &error);

    std::unique_ptr<QOAuth2AuthorizationCodeFlow> m_flow;
    ReplyHandler *m_handler = nullptr; // owned by m_flow's parent, this
    QByteArray m_verifier;
    quint16 m_port;
    bool m_redirected = false; // the browser came back (with a code or an error)
    bool m_done = false;
};

} // namespace td
