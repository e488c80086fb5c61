#include "joblookup.h"

#include "authprovider.h"
#include "httpexchange.h"
#include "httpmessages.h"
#include "jobpolicy.h"
#include "triggerengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace td {

namespace {

QString odataTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QUrl odataUrl(const QUrl &invokeUrl, const QString &entity, const QList<QPair<QString, QString>> &query)
{
    QUrl url = orchestratorUrlFor(invokeUrl);
    url.setPath(url.path() + QStringLiteral("/odata/") + entity);
    QUrlQuery items;
    for (const auto &[name, value] : query)
        items.addQueryItem(name, value);
    url.setQuery(items);
    return url;
}

} // namespace

JobLookup::JobLookup(TriggerEngine *engine, AuthProvider *auth, const JobRecord &record, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_auth(auth)
    , m_record(record)
    , m_calledAt(record.hops.isEmpty() ? record.createdAt : record.hops.first().at)
    , m_retryAlarm(&m_scheduler, [this] { m_retry(); })
{
    if (!m_calledAt.isValid())
        m_calledAt = QDateTime::currentDateTimeUtc();
}

JobLookup::~JobLookup()
{
    delete m_exchange;
}

void JobLookup::start()
{
    if (policy::folderHeader(m_record.profile.invokeUrl, m_record.profile.folderId).first.isEmpty()) {
        fail(tr("The trigger URL names no folder key, so the folder cannot be found: enter the folder id in the "
                "profile."));
        return;
    }
    QString error;
    m_tls = TlsPolicy::load(m_record.profile.tls, &error);
    if (!m_tls) {
        fail(error);
        return;
    }
    if (m_engine)
        m_route = m_engine->routeFor(m_record.profile, m_tls->key());
    listPage(0);
}

void JobLookup::listPage(int page)
{
    const QString filter =
        QStringLiteral("CreationTime ge %1 and CreationTime le %2")
            .arg(odataTime(m_calledAt.addSecs(-kSecondsBefore)), odataTime(m_calledAt.addSecs(kSecondsAfter)));
    get(odataUrl(m_record.profile.invokeUrl, QStringLiteral("Jobs"),
                 {{QStringLiteral("$filter"), filter},
                  {QStringLiteral("$orderby"), QStringLiteral("CreationTime desc")},
                  {QStringLiteral("$top"), QString::number(kPageSize)},
                  {QStringLiteral("$skip"), QString::number(page * kPageSize)}}),
        [this, page](const HttpAnswer &answer) {
            const QJsonArray jobs =
                QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("value")).toArray();
            for (const QJsonValue &value : jobs) {
                const QJsonObject job = value.toObject();
                OrchestratorJob candidate;
                candidate.id = job.value(QStringLiteral("Id")).toInteger();
                candidate.key = job.value(QStringLiteral("Key")).toString();
                candidate.state = job.value(QStringLiteral("State")).toString();
                candidate.releaseName = job.value(QStringLiteral("ReleaseName")).toString();
                candidate.created =
                    QDateTime::fromString(job.value(QStringLiteral("CreationTime")).toString(), Qt::ISODateWithMs);
                m_candidates.append(candidate);
            }
            if (jobs.size() == kPageSize && page + 1 < kMaxPages) {
                listPage(page + 1);
                return;
            }
            // Nearest to the call first; the arguments of the nearest are read one by one.
            std::stable_sort(m_candidates.begin(), m_candidates.end(),
                             [this](const OrchestratorJob &a, const OrchestratorJob &b) {
                                 return qAbs(m_calledAt.msecsTo(a.created)) < qAbs(m_calledAt.msecsTo(b.created));
                             });
            readDetails(0);
        });
}

void JobLookup::readDetails(int index)
{
    if (index >= qMin<qsizetype>(kDetailed, m_candidates.size())) {
        done();
        return;
    }
    get(odataUrl(m_record.profile.invokeUrl, QStringLiteral("Jobs(%1)").arg(m_candidates.at(index).id), {}),
        [this, index](const HttpAnswer &answer) {
            const QJsonObject job = QJsonDocument::fromJson(answer.body).object();
            OrchestratorJob &candidate = m_candidates[index];
            // InputArguments is JSON in a string, as Orchestrator keeps it.
            candidate.inputArguments =
                QJsonDocument::fromJson(job.value(QStringLiteral("InputArguments")).toString().toUtf8()).object();
            candidate.argumentsMatch = candidate.inputArguments == m_record.arguments;
            candidate.state = job.value(QStringLiteral("State")).toString(candidate.state);
            readDetails(index + 1);
        });
}

void JobLookup::done()
{
    // The likeliest first: same arguments, then nearest to the call (already in that order).
    std::stable_sort(m_candidates.begin(), m_candidates.end(), [](const OrchestratorJob &a, const OrchestratorJob &b) {
        return a.argumentsMatch && !b.argumentsMatch;
    });
    emit finished(m_candidates, m_record.profile.folderId, QString());
}

void JobLookup::get(const QUrl &url, std::function<void(const HttpAnswer &)> then)
{
    const QUrl home = m_record.profile.invokeUrl;
    if (policy::tokenDecision(url, home, m_record.profile.trustedOrigins) == policy::TokenDecision::PlainHttp) {
        fail(plainHttpTokenRefusal(url));
        return;
    }
    const auto send = [this, url, then](const QByteArray &token) {
        HttpExchange::Request request;
        request.url = url;
        request.token = token;
        request.timeoutSeconds = m_record.profile.requestTimeoutSeconds;
        request.headers.append(policy::folderHeader(m_record.profile.invokeUrl, m_record.profile.folderId));
        request.tls = m_tls;
        if (!m_engine) {
            fail(tr("TriggerDesk is closing."));
            return;
        }
        request.routeThrough(m_route.proxy);
        delete m_exchange;
        m_exchange = new HttpExchange(m_engine->shortManager(m_route), &m_scheduler, request, this);
        connect(m_exchange, &HttpExchange::finished, this, [this, url, then](const HttpAnswer &answer) {
            m_exchange->deleteLater();
            if (answer.status == 429 && m_rateLimited < kMaxRateLimited) {
                // The list call is rate limited on the real service: wait as it asks, a few times.
                ++m_rateLimited;
                const qint64 asked = policy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc()).ms;
                const qint64 waitMs = qBound(qint64(1000), asked, qint64(kMaxRetryAfterSeconds) * 1000);
                m_retry = [this, url, then] { get(url, then); };
                m_retryAlarm.start(waitMs);
                return;
            }
            if (!answer.isSuccess() || !answer.complete()) {
                fail(describeAnswer(answer, QStringLiteral("GET")));
                return;
            }
            m_rateLimited = 0;
            then(answer);
        });
    };
    if (!m_auth) {
        send(QByteArray());
        return;
    }
    m_auth->fetchToken(this, [this, send](const QByteArray &token, const QString &error) {
        if (!error.isEmpty())
            fail(error);
        else if (!policy::isTokenSafe(token))
            fail(unsafeTokenRefusal());
        else
            send(token);
    });
}

void JobLookup::fail(const QString &error)
{
    emit finished({}, m_record.profile.folderId, error);
}

} // namespace td
