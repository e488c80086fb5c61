#include "connectiontest.h"

#include "authprovider.h"
#include "httpmessages.h"
#include "jobpolicy.h"
#include "triggerprofile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace td {

ConnectionTest::ConnectionTest(QNetworkAccessManager *manager, AuthProvider *auth, const QUrl &invokeUrl,
                               const QStringList &trustedOrigins, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_auth(auth)
    , m_jobsUrl(jobsUrlFor(invokeUrl))
    , m_trustedOrigins(trustedOrigins)
{}

ConnectionTest::~ConnectionTest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl ConnectionTest::jobsUrlFor(const QUrl &invokeUrl)
{
    QUrl url = orchestratorUrlFor(invokeUrl);
    url.setPath(url.path() + QLatin1String("/odata/Jobs"));
    url.setQuery(QStringLiteral("$top=1"));
    return url;
}

void ConnectionTest::start()
{
    if (!m_auth) {
        emit finished(false, tr("No credential to test."));
        return;
    }
    // The same rule as every job: never the token in clear to a host that is not loopback or trusted.
    if (policy::tokenDecision(m_jobsUrl, m_jobsUrl, m_trustedOrigins) == policy::TokenDecision::PlainHttp) {
        emit finished(false, plainHttpTokenRefusal(m_jobsUrl));
        return;
    }
    m_auth->fetchToken(this, [this](const QByteArray &token, const QString &error) {
        if (!error.isEmpty()) {
            emit finished(false, error);
            return;
        }
        if (!policy::isTokenSafe(token)) {
            emit finished(false, unsafeTokenRefusal());
            return;
        }
        QNetworkRequest request(m_jobsUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(30000);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + token);
        m_reply = m_manager->get(request);
        connect(m_reply, &QNetworkReply::finished, this, &ConnectionTest::onReply);
    });
}

void ConnectionTest::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_jobsUrl.host();
    if (status == 0) {
        emit finished(false, describeNetworkError(reply->error(), reply->errorString(), m_jobsUrl, false, 30));
        return;
    }
    if (status == 200) {
        emit finished(true, tr("Got a token, and Orchestrator at %1 accepts it (it may read jobs).").arg(host));
        return;
    }
    if (status == 403) {
        emit finished(true, tr("Got a token, and Orchestrator at %1 accepts it, but it may not read jobs (403): "
                               "watching needs Jobs.View in the trigger's folder.")
                                .arg(host));
        return;
    }
    emit finished(false,
                  describeHttpStatus(status, QStringLiteral("GET"), m_jobsUrl, parseServerError(reply->readAll())));
}

} // namespace td
