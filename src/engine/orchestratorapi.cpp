#include "orchestratorapi.h"

#include "authprovider.h"
#include "httpexchange.h"
#include "httpmessages.h"
#include "jobpolicy.h"
#include "triggerengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace td {

QString stopStrategyName(StopStrategy strategy)
{
    return strategy == StopStrategy::Kill ? QStringLiteral("Kill") : QStringLiteral("SoftStop");
}

OrchestratorApi::OrchestratorApi(TriggerEngine *engine, AuthProvider *auth, const TriggerProfile &profile,
                                 QObject *parent)
    : QObject(parent), m_engine(engine), m_auth(auth), m_profile(profile), m_retryAlarm(&m_scheduler, [this] {
        m_retry();
    })
{}

OrchestratorApi::~OrchestratorApi()
{
    delete m_exchange;
}

bool OrchestratorApi::prepare(QString *error)
{
    if (policy::folderHeader(m_profile.invokeUrl, m_profile.folderId).first.isEmpty()) {
        *error = tr("The trigger URL names no folder key, so the folder cannot be found: enter the folder id in the "
                    "profile.");
        return false;
    }
    m_tls = TlsPolicy::load(m_profile.tls, error);
    if (!m_tls)
        return false;
    if (m_engine)
        m_route = m_engine->routeFor(m_profile, m_tls->key());
    return true;
}

QUrl OrchestratorApi::odataUrl(const QString &entity, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = orchestratorUrlFor(m_profile.invokeUrl);
    url.setPath(url.path() + QStringLiteral("/odata/") + entity);
    QUrlQuery items;
    for (const auto &[name, value] : query)
        items.addQueryItem(name, value);
    url.setQuery(items);
    return url;
}

void OrchestratorApi::get(const QUrl &url, Then then, Fail fail)
{
    send(url, QByteArray(), std::move(then), std::move(fail));
}

void OrchestratorApi::stopJob(qint64 jobId, StopStrategy strategy, Fail done)
{
    const QJsonObject body{{QStringLiteral("jobIds"), QJsonArray{jobId}},
                           {QStringLiteral("strategy"), stopStrategyName(strategy)}};
    send(
        odataUrl(QStringLiteral("Jobs/UiPath.Server.Configuration.OData.StopJobs")),
        QJsonDocument(body).toJson(QJsonDocument::Compact), [done](const HttpAnswer &) { done(QString()); }, done);
}

void OrchestratorApi::send(const QUrl &url, const QByteArray &postBody, Then then, Fail fail)
{
    if (policy::tokenDecision(url, m_profile.invokeUrl, m_profile.trustedOrigins) == policy::TokenDecision::PlainHttp) {
        fail(plainHttpTokenRefusal(url).text());
        return;
    }
    const bool post = !postBody.isEmpty();
    const auto sendWith = [this, url, postBody, post, then, fail](const QByteArray &token) {
        if (!m_engine || !m_tls) {
            fail(tr("TriggerDesk is closing."));
            return;
        }
        HttpExchange::Request request;
        request.url = url;
        if (post) {
            // It changes something in Orchestrator: sent once, like a trigger call.
            request.method = QByteArrayLiteral("POST");
            request.sendOnce = true;
            request.hasBody = true;
            request.body = postBody;
        }
        request.token = token;
        request.timeoutSeconds = m_profile.requestTimeoutSeconds;
        request.headers.append(policy::folderHeader(m_profile.invokeUrl, m_profile.folderId));
        request.tls = m_tls;
        request.routeThrough(m_route.proxy);
        delete m_exchange;
        m_exchange = new HttpExchange(m_engine->shortManager(m_route), &m_scheduler, request, this);
        connect(m_exchange, &HttpExchange::finished, this,
                [this, url, postBody, post, then, fail](const HttpAnswer &answer) {
                    m_exchange->deleteLater();
                    if (answer.status == 429 && m_rateLimited < kMaxRateLimited) {
                        // Refused for now, so nothing was done: wait as the server asks, a few times.
                        ++m_rateLimited;
                        const qint64 asked =
                            policy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc()).ms;
                        const qint64 waitMs = qBound(qint64(1000), asked, qint64(kMaxRetryAfterSeconds) * 1000);
                        m_retry = [this, url, postBody, then, fail] { send(url, postBody, then, fail); };
                        m_retryAlarm.start(waitMs);
                        return;
                    }
                    if (!answer.isSuccess() || !answer.complete()) {
                        fail(describeAnswer(answer, post ? QStringLiteral("POST") : QStringLiteral("GET")).text());
                        return;
                    }
                    m_rateLimited = 0;
                    then(answer);
                });
    };
    if (!m_auth) {
        sendWith(QByteArray());
        return;
    }
    m_auth->fetchToken(this, [sendWith, fail](const QByteArray &token, const Phrase &error) {
        if (!error.isEmpty())
            fail(error.text());
        else if (!policy::isTokenSafe(token))
            fail(unsafeTokenRefusal().text());
        else
            sendWith(token);
    });
}

} // namespace td
