#include "joblookup.h"

#include "authprovider.h"
#include "httpexchange.h"
#include "httpmessages.h"
#include "jobpolicy.h"

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

JobLookup::JobLookup(QNetworkAccessManager *manager, AuthProvider *auth, const JobRecord &record, QObject *parent)
    : QObject(parent), m_manager(manager), m_auth(auth), m_record(record), m_folderId(record.profile.folderId)
{}

JobLookup::~JobLookup()
{
    delete m_exchange;
}

void JobLookup::start()
{
    if (m_folderId > 0)
        findJobs();
    else
        findFolder();
}

void JobLookup::findFolder()
{
    InvokeUrlParts parts;
    QString error;
    if (!parseInvokeUrl(m_record.profile.invokeUrl, &parts, &error) || !parts.folderKeyIsGuid) {
        fail(tr("The trigger URL names no folder key, so the folder cannot be found: enter the folder id in the "
                "profile."));
        return;
    }
    get(odataUrl(m_record.profile.invokeUrl, QStringLiteral("Folders"),
                 {{QStringLiteral("$filter"), QStringLiteral("Key eq '%1'").arg(parts.folderKey)}}),
        [this](const HttpAnswer &answer) {
            const QJsonArray folders =
                QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("value")).toArray();
            m_folderId = folders.isEmpty() ? 0 : folders.first().toObject().value(QStringLiteral("Id")).toInteger();
            if (m_folderId <= 0) {
                fail(tr("Orchestrator knows no folder with the trigger's folder key: enter the folder id in the "
                        "profile."));
                return;
            }
            findJobs();
        });
}

void JobLookup::findJobs()
{
    const QDateTime launched = m_record.createdAt.isValid() ? m_record.createdAt : QDateTime::currentDateTimeUtc();
    const QString filter =
        QStringLiteral("CreationTime ge %1 and CreationTime le %2")
            .arg(odataTime(launched.addSecs(-kSecondsBefore)), odataTime(launched.addSecs(kSecondsAfter)));
    get(odataUrl(m_record.profile.invokeUrl, QStringLiteral("Jobs"),
                 {{QStringLiteral("$filter"), filter},
                  {QStringLiteral("$orderby"), QStringLiteral("CreationTime")},
                  {QStringLiteral("$top"), QStringLiteral("50")}}),
        [this, launched](const HttpAnswer &answer) {
            QList<OrchestratorJob> candidates;
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
                candidate.inputArguments =
                    QJsonDocument::fromJson(job.value(QStringLiteral("InputArguments")).toString().toUtf8()).object();
                candidate.argumentsMatch = candidate.inputArguments == m_record.arguments;
                candidates.append(candidate);
            }
            // The likeliest first: same arguments, then nearest to the launch.
            std::stable_sort(candidates.begin(), candidates.end(),
                             [&launched](const OrchestratorJob &a, const OrchestratorJob &b) {
                                 if (a.argumentsMatch != b.argumentsMatch)
                                     return a.argumentsMatch;
                                 return qAbs(launched.msecsTo(a.created)) < qAbs(launched.msecsTo(b.created));
                             });
            emit finished(candidates, m_folderId, QString());
        });
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
        if (m_folderId > 0)
            request.headers.append({"X-UIPATH-OrganizationUnitId", QByteArray::number(m_folderId)});
        delete m_exchange;
        m_exchange = new HttpExchange(m_manager, &m_scheduler, request, this);
        connect(m_exchange, &HttpExchange::finished, this, [this, then](const HttpAnswer &answer) {
            m_exchange->deleteLater();
            if (!answer.isSuccess() || !answer.complete()) {
                fail(describeAnswer(answer, QStringLiteral("GET")));
                return;
            }
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
    emit finished({}, m_folderId, error);
}

} // namespace td
