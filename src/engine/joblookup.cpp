#include "joblookup.h"

#include "httpanswer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace td {

namespace {

QString odataTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

JobLookup::JobLookup(TriggerEngine *engine, AuthProvider *auth, const JobRecord &record, QObject *parent)
    : QObject(parent)
    , m_record(record)
    , m_api(engine, auth, record.profile)
    , m_calledAt(record.hops.isEmpty() ? record.createdAt : record.hops.first().at)
{
    if (!m_calledAt.isValid())
        m_calledAt = QDateTime::currentDateTimeUtc();
    if (!record.profile.correlationArgument.isEmpty())
        m_correlationId = record.arguments.value(record.profile.correlationArgument).toString();
}

void JobLookup::start()
{
    QString error;
    if (!m_api.prepare(&error)) {
        fail(error);
        return;
    }
    listPage(0);
}

void JobLookup::listPage(int page)
{
    const QString filter = QStringLiteral("CreationTime ge %1 and CreationTime le %2")
                               .arg(odataTime(searchedFrom()), odataTime(searchedTo()));
    get(m_api.odataUrl(QStringLiteral("Jobs"), {{QStringLiteral("$filter"), filter},
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
    const int limit = m_correlationId.isEmpty() ? kDetailed : kDetailedForCorrelation;
    if (index >= qMin<qsizetype>(limit, m_candidates.size())) {
        done();
        return;
    }
    get(m_api.odataUrl(QStringLiteral("Jobs(%1)").arg(m_candidates.at(index).id)),
        [this, index](const HttpAnswer &answer) {
            const QJsonObject job = QJsonDocument::fromJson(answer.body).object();
            OrchestratorJob &candidate = m_candidates[index];
            // InputArguments is JSON in a string, as Orchestrator keeps it.
            candidate.inputArguments =
                QJsonDocument::fromJson(job.value(QStringLiteral("InputArguments")).toString().toUtf8()).object();
            candidate.state = job.value(QStringLiteral("State")).toString(candidate.state);
            if (!m_correlationId.isEmpty()) {
                // Exact: the id names this launch alone, so the first that carries it is the job.
                candidate.argumentsMatch =
                    candidate.inputArguments.value(m_record.profile.correlationArgument).toString() == m_correlationId;
                if (candidate.argumentsMatch) {
                    done();
                    return;
                }
            } else {
                candidate.argumentsMatch = candidate.inputArguments == m_record.arguments;
            }
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

void JobLookup::get(const QUrl &url, OrchestratorApi::Then then)
{
    m_api.get(url, std::move(then), [this](const QString &error) { fail(error); });
}

void JobLookup::fail(const QString &error)
{
    emit finished({}, m_record.profile.folderId, error);
}

} // namespace td
