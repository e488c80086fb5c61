#include "browsersignin.h"

#include "enginelog.h"
#include "tlspolicy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace td {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// 32 random bytes as 43 base64url characters (RFC 7636, 4.1).
QByteArray newVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return base64Url(bytes);
}

QUrl endpoint(const QUrl &identityUrl, const QString &name)
{
    QUrl url = identityUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/connect/") + name);
    return url;
}

// The sign-in's own network manager: every request carries the credential's authorities, a pin is
// checked at the handshake, and the proxy is the application's. Its replies are its children, so
// none outlives the sign-in (Qt 6.4 calls the reply handler from a reply's finished() without a
// context object).
class SignInNetwork : public QNetworkAccessManager
{
public:
    SignInNetwork(const ProxyRouting &proxy, std::shared_ptr<const TlsPolicy> tls, QObject *parent)
        : QNetworkAccessManager(parent), m_tls(std::move(tls))
    {
        setProxyFactory(proxy.newFactory());
        if (!m_tls)
            return;
        connect(this, &QNetworkAccessManager::sslErrors, this,
                [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                    const QSslCertificate server =
                        errors.isEmpty() ? QSslCertificate() : errors.constFirst().certificate();
                    if (m_tls->overrides(errors, server))
                        reply->ignoreSslErrors(errors);
                });
        connect(this, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
            if (!m_tls->accepts(reply->sslConfiguration().peerCertificate()))
                reply->abort();
        });
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        QNetworkRequest trusted(request);
        if (m_tls)
            m_tls->apply(&trusted);
        return QNetworkAccessManager::createRequest(op, trusted, body);
    }

private:
    std::shared_ptr<const TlsPolicy> m_tls;
};

} // namespace

// Qt's listener, told about a refused token request (Qt 6.4 only logs it), and answering the
// browser in the person's words.
class BrowserSignIn::ReplyHandler : public QOAuthHttpServerReplyHandler
{
public:
    ReplyHandler(quint16 port, BrowserSignIn *signIn)
        : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port, signIn), m_signIn(signIn), m_port(port)
    {}

    // What the administrator registered, whatever Qt's version would make of the address.
    QString callback() const override { return BrowserSignIn::redirectUri(m_port); }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QString error = json.value(QStringLiteral("error")).toString();
        const QString description = json.value(QStringLiteral("error_description")).toString();
        m_signIn->finish({}, status == 0 ? tr("The identity server could not be reached: %1").arg(reply->errorString())
                                         : tr("The identity server refused the sign-in (%1): %2")
                                               .arg(error.isEmpty() ? QString::number(status) : error,
                                                    description.isEmpty() ? reply->errorString() : description));
    }

private:
    BrowserSignIn *m_signIn;
    quint16 m_port;
};

BrowserSignIn::BrowserSignIn(const QUrl &identityUrl, const QString &clientId, const QString &scopes, quint16 port,
                             const ProxyRouting &proxy, std::shared_ptr<const TlsPolicy> tls, QObject *parent)
    : QObject(parent)
    , m_flow(std::make_unique<QOAuth2AuthorizationCodeFlow>(
          clientId, endpoint(identityUrl, QStringLiteral("authorize")), endpoint(identityUrl, QStringLiteral("token")),
          new SignInNetwork(proxy, std::move(tls), this)))
    , m_verifier(newVerifier())
    , m_port(port)
{
    m_flow->setScope(scopes);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt's own PKCE (S256, a 43-character verifier): the same parameters, never sent twice.
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#else
    // PKCE, S256: the challenge with the authorization request, the verifier with the code.
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(
                QStringLiteral("code_challenge"),
                QString::fromLatin1(base64Url(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256))));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
        }
    });
#endif
    connect(m_flow.get(), &QAbstractOAuth::authorizeWithBrowser, this, &BrowserSignIn::openBrowser);
    connect(m_flow.get(), &QAbstractOAuth::granted, this, [this] {
        const qint64 lifetime = QDateTime::currentDateTime().secsTo(m_flow->expirationAt());
        finish({m_flow->token().toUtf8(), m_flow->refreshToken().toUtf8(), int(qMax<qint64>(0, lifetime))}, {});
    });
    // A request of the flow that failed where the module itself says so (newer Qt reports a
    // refused token request this way; Qt 6.4 through the reply handler above).
    // Qt 6.8 also says so of a stray request to the listener before the redirect: not a failure.
    connect(m_flow.get(), &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error error) {
        if (m_redirected)
            finish({}, tr("The sign-in failed: the identity server's answer could not be used (Qt's error %1).")
                           .arg(int(error)));
    });
    // An error the browser came back with (the person cancelled: access_denied).
    connect(m_flow.get(), &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                finish({}, tr("The sign-in was not completed (%1): %2").arg(error, description));
            });
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_handler)
        m_handler->close();
}

QString BrowserSignIn::redirectUri(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(port);
}

bool BrowserSignIn::start(QString *error)
{
    m_handler = new ReplyHandler(m_port, this);
    if (!m_handler->isListening()) {
        *error = tr("Port %1 on this computer is in use, so the browser cannot come back to TriggerDesk there. Close "
                    "what uses it, or register another redirect URI (another port) in the external application "
                    "and in the credential.")
                     .arg(m_port);
        return false;
    }
    m_handler->setCallbackText(tr("TriggerDesk has your sign-in. You can close this page."));
    // The one redirect (one with a code or an error: the browser's next request, for its icon,
    // is no redirect): the listener closes after it, and its state must be this sign-in's (Qt would
    // drop a wrong one silently, and the person would wait for ever).
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, [this](const QVariantMap &values) {
        if (!values.contains(QStringLiteral("code")) && !values.contains(QStringLiteral("error")))
            return;
        m_redirected = true;
        m_handler->close();
        if (values.value(QStringLiteral("state")).toString() != m_flow->state())
            finish({}, tr("The browser came back from another sign-in (its state did not match): nothing was "
                          "accepted. Sign in again."));
    });
    m_flow->setReplyHandler(m_handler);
    qCInfo(lcAuth) << "sign-in for" << m_flow->clientIdentifier() << "waits on" << redirectUri(m_port);
    m_flow->grant();
    return true;
}

void BrowserSignIn::finish(const Tokens &tokens, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    if (!error.isEmpty())
        qCWarning(lcAuth) << "sign-in failed:" << error;
    emit finished(tokens, error);
}

} // namespace td
