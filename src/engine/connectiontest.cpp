#include "connectiontest.h"

#include "authprovider.h"
#include "httpexchange.h"
#include "httpmessages.h"
#include "jobpolicy.h"
#include "triggerprofile.h"

namespace td {

ConnectionTest::ConnectionTest(QNetworkAccessManager *manager, AuthProvider *auth, const QUrl &invokeUrl,
                               const QStringList &trustedOrigins, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_auth(auth)
    , m_invokeUrl(invokeUrl)
    , m_jobsUrl(jobsUrlFor(invokeUrl))
    , m_trustedOrigins(trustedOrigins)
{}

ConnectionTest::~ConnectionTest() = default;

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
        emit finished(false, plainHttpTokenRefusal(m_jobsUrl).text());
        return;
    }
    m_auth->fetchToken(this, [this](const QByteArray &token, const Phrase &error) {
        if (!error.isEmpty()) {
            emit finished(false, error.text());
            return;
        }
        if (!policy::isTokenSafe(token)) {
            emit finished(false, unsafeTokenRefusal().text());
            return;
        }
        // The request a job's own exchanges make: manual redirects, an inactivity timeout, a body
        // read only as far as a server message needs. Folder-scoped like the Jobs API wants it.
        HttpExchange::Request request;
        request.url = m_jobsUrl;
        request.token = token;
        request.timeoutSeconds = kTimeoutSeconds;
        request.bodyLimit = kBodyLimit;
        if (const auto header = policy::folderHeader(m_invokeUrl, 0); !header.first.isEmpty())
            request.headers.append(header);
        m_exchange = std::make_unique<HttpExchange>(m_manager, &m_scheduler, request);
        connect(m_exchange.get(), &HttpExchange::finished, this, &ConnectionTest::onAnswer);
    });
}

void ConnectionTest::onAnswer(const HttpAnswer &answer)
{
    const QString host = m_jobsUrl.host();
    if (answer.status == 0) {
        emit finished(false, describeAnswerProblem(answer).text());
        return;
    }
    if (answer.status == 200) {
        emit finished(true, tr("Got a token, and Orchestrator at %1 accepts it (it may read jobs).").arg(host));
        return;
    }
    if (answer.status == 403) {
        emit finished(true, tr("Got a token, and Orchestrator at %1 accepts it, but it may not read jobs (403): "
                               "watching needs Jobs.View in the trigger's folder.")
                                .arg(host));
        return;
    }
    emit finished(false, describeAnswer(answer, QStringLiteral("GET")).text());
}

} // namespace td
