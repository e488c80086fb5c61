// The Orchestrator OData the client uses to find a job again: /odata/Jobs with $filter (Field op
// Value joined by "and"; eq, ne, gt, ge, lt, le; strings in quotes, numbers, ISO times),
// $orderby, $top and $skip; /odata/Jobs(id); /odata/Folders. As the real service does:
// - jobs are folder-scoped: a folder header is required (X-UIPATH-FolderKey, X-UIPATH-FolderPath
//   or the numeric X-UIPATH-OrganizationUnitId), else 400 with errorCode 1101 "An organization
//   unit is required for this action" (Orchestrator API guide, "Building API Requests");
// - the list leaves InputArguments and OutputArguments null, only Jobs(id) carries them
//   (UiPath's TypeScript SDK, jobs service: "will always be null in the getAll response");
// - the list is rate limited (Orchestrator API guide, "Rate limits": GET /odata/Jobs, 100 a
//   minute per tenant for non-automation use): 429 with Retry-After past the limit.

#include "simulatorprivate.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace td::sim {

namespace {

struct Condition
{
    QString field;
    QString op;
    QString value;
    bool quoted = false;
};

// "A eq 'x' and B ge 2026-01-01T00:00:00Z"; nullopt when it is not that.
std::optional<QList<Condition>> parseFilter(const QString &filter)
{
    static const QRegularExpression condition(
        QStringLiteral("^\\s*(\\w+)\\s+(eq|ne|gt|ge|lt|le)\\s+('(?:[^']|'')*'|[^\\s']+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andSplit(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    QList<Condition> conditions;
    if (filter.trimmed().isEmpty())
        return conditions;
    const QStringList parts = filter.split(andSplit);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = condition.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        Condition c{m.captured(1), m.captured(2).toLower(), m.captured(3)};
        if (c.value.startsWith(QLatin1Char('\''))) {
            c.quoted = true;
            c.value = c.value.mid(1, c.value.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
        }
        conditions.append(c);
    }
    return conditions;
}

// -1, 0, 1 like a comparison; times as times, numbers as numbers, else text (case-insensitive).
int compareValues(const QJsonValue &have, const QString &wanted)
{
    if (have.isDouble()) {
        const double number = wanted.toDouble();
        return have.toDouble() < number ? -1 : have.toDouble() > number ? 1 : 0;
    }
    const QString text = have.toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime wantedTime = QDateTime::fromString(wanted, Qt::ISODateWithMs);
    if (time.isValid() && wantedTime.isValid())
        return time < wantedTime ? -1 : time > wantedTime ? 1 : 0;
    return QString::compare(text, wanted, Qt::CaseInsensitive);
}

bool matches(const QJsonObject &entity, const QList<Condition> &conditions)
{
    for (const Condition &c : conditions) {
        const QJsonValue have = entity.value(c.field);
        if (have.isUndefined())
            return false;
        const int order = compareValues(have, c.value);
        const bool ok = c.op == QLatin1String("eq")   ? order == 0
                        : c.op == QLatin1String("ne") ? order != 0
                        : c.op == QLatin1String("gt") ? order > 0
                        : c.op == QLatin1String("ge") ? order >= 0
                        : c.op == QLatin1String("lt") ? order < 0
                                                      : order <= 0;
        if (!ok)
            return false;
    }
    return true;
}

QString queryValue(const ExchangePtr &ex, const QString &name)
{
    return ex->request.query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

QStringList OrchestratorSimulatorPrivate::folderKeys() const
{
    // The folders in the order the triggers name them.
    QStringList keys;
    for (const TriggerDefinition &t : triggers) {
        if (!keys.contains(t.folderKey, Qt::CaseInsensitive))
            keys.append(t.folderKey);
    }
    return keys;
}

QString OrchestratorSimulatorPrivate::folderPath(qsizetype index)
{
    return QStringLiteral("Shared/Folder %1").arg(index + 1);
}

qint64 OrchestratorSimulatorPrivate::folderIdFor(const QString &folderKey) const
{
    // A stable id per folder key, from a base that can move (as a licensing change moves them).
    const QStringList keys = folderKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).compare(folderKey, Qt::CaseInsensitive) == 0)
            return folderIdBase + i;
    }
    return 0;
}

qint64 OrchestratorSimulatorPrivate::folderFromHeaders(const ExchangePtr &ex, bool *given) const
{
    const QByteArray id = ex->request.header(QByteArrayLiteral("X-UIPATH-OrganizationUnitId")).trimmed();
    const QByteArray key = ex->request.header(QByteArrayLiteral("X-UIPATH-FolderKey")).trimmed();
    const QByteArray path = ex->request.header(QByteArrayLiteral("X-UIPATH-FolderPath")).trimmed();
    *given = !id.isEmpty() || !key.isEmpty() || !path.isEmpty();
    if (!key.isEmpty())
        return folderIdFor(QString::fromUtf8(key));
    if (!path.isEmpty()) {
        const QStringList keys = folderKeys();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (QString::fromUtf8(path).compare(folderPath(i), Qt::CaseInsensitive) == 0)
                return folderIdFor(keys.at(i));
        }
        return 0;
    }
    bool numeric = false;
    const qint64 folder = id.toLongLong(&numeric);
    return numeric && !folderKeyOf(folder).isEmpty() ? folder : 0;
}

bool OrchestratorSimulatorPrivate::listAllowed(const ExchangePtr &ex)
{
    if (listRateLimit <= 0)
        return true;
    const qint64 now = clock.elapsed();
    while (!listCalls.isEmpty() && listCalls.head() <= now - listRateWindowMs)
        listCalls.dequeue();
    if (listCalls.size() < listRateLimit) {
        listCalls.enqueue(now);
        return true;
    }
    const qint64 waitSeconds = (listCalls.head() + listRateWindowMs - now + 999) / 1000;
    writeError(ex, 429, QStringLiteral("Too many requests. Retry after %1 seconds.").arg(waitSeconds), 0,
               {{QByteArrayLiteral("Retry-After"), QByteArray::number(waitSeconds)}});
    return false;
}

void OrchestratorSimulatorPrivate::handleOData(const ExchangePtr &ex, const QString &entity)
{
    if (!checkAuth(ex, false))
        return;
    if (ex->method != QLatin1String("GET")) {
        methodNotAllowed(ex, QByteArrayLiteral("GET"));
        return;
    }
    const bool folders = entity.compare(QLatin1String("Folders"), Qt::CaseInsensitive) == 0;
    bool folderGiven = false;
    const qint64 folder = folderFromHeaders(ex, &folderGiven);
    if (!folders && !folderGiven) {
        writeError(ex, 400, QStringLiteral("An organization unit is required for this action."), 1101);
        return;
    }
    if (!folders && folder <= 0) {
        writeError(ex, 400, QStringLiteral("The folder does not exist or you do not have access to it."), 1100);
        return;
    }
    if (folders && foldersForbidden) {
        writeError(ex, 403, QStringLiteral("You are not authorized!"), 0);
        return;
    }

    static const QRegularExpression single(QStringLiteral("^Jobs\\((\\d+)\\)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = single.match(entity); m.hasMatch()) {
        const auto it = jobs.constFind(m.captured(1).toLongLong());
        if (it == jobs.constEnd() || folderIdFor(it->folderKey) != folder) {
            writeError(ex, 404, QStringLiteral("Job does not exist."), 1002);
            return;
        }
        QJsonObject json = jobJson(*it);
        json.insert(
            QStringLiteral("@odata.context"),
            withPath(urlForPort(ex->localPort), orchestratorPath() + QStringLiteral("/odata/$metadata#Jobs/$entity"))
                .toString());
        writeJson(ex, 200, json);
        return;
    }

    const std::optional<QList<Condition>> conditions = parseFilter(queryValue(ex, QStringLiteral("$filter")));
    if (!conditions) {
        writeError(ex, 400, QStringLiteral("The query specified in the URI is not valid."), 1000);
        return;
    }
    QList<QJsonObject> found;
    if (folders) {
        const QStringList keys = folderKeys();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QJsonObject json{{QStringLiteral("Id"), folderIdFor(keys.at(i))},
                                   {QStringLiteral("Key"), keys.at(i)},
                                   {QStringLiteral("DisplayName"), QStringLiteral("Folder %1").arg(i + 1)},
                                   {QStringLiteral("FullyQualifiedName"), folderPath(i)}};
            if (matches(json, *conditions))
                found.append(json);
        }
    } else {
        if (!listAllowed(ex))
            return;
        for (const Job &job : std::as_const(jobs)) {
            if (folderIdFor(job.folderKey) != folder)
                continue;
            QJsonObject json = jobJson(job);
            if (!matches(json, *conditions))
                continue;
            // As on the real service, the list carries no arguments: Jobs(id) does.
            json.insert(QStringLiteral("InputArguments"), QJsonValue::Null);
            json.insert(QStringLiteral("OutputArguments"), QJsonValue::Null);
            found.append(json);
        }
        const QStringList order =
            queryValue(ex, QStringLiteral("$orderby")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!order.isEmpty()) {
            const bool descending = order.value(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
            std::stable_sort(found.begin(), found.end(), [&](const QJsonObject &a, const QJsonObject &b) {
                const int c = compareValues(a.value(order.first()), b.value(order.first()).toVariant().toString());
                return descending ? c > 0 : c < 0;
            });
        }
    }
    const qsizetype total = found.size();
    const int skip = qMax(0, queryValue(ex, QStringLiteral("$skip")).toInt());
    found = found.mid(qMin<qsizetype>(skip, found.size()));
    bool hasTop = false;
    const int top = queryValue(ex, QStringLiteral("$top")).toInt(&hasTop);
    if (hasTop && top >= 0 && found.size() > top)
        found.resize(top);
    QJsonArray value;
    for (const QJsonObject &json : std::as_const(found))
        value.append(json);
    writeJson(ex, 200,
              QJsonObject{{QStringLiteral("@odata.context"),
                           withPath(urlForPort(ex->localPort),
                                    orchestratorPath() + QStringLiteral("/odata/$metadata#") + entity)
                               .toString()},
                          {QStringLiteral("@odata.count"), total},
                          {QStringLiteral("value"), value}});
}

QString OrchestratorSimulatorPrivate::folderKeyOf(qint64 folderId) const
{
    for (const TriggerDefinition &t : triggers) {
        if (folderIdFor(t.folderKey) == folderId)
            return t.folderKey;
    }
    return QString();
}

void OrchestratorSimulatorPrivate::handleStopJobs(const ExchangePtr &ex)
{
    if (!checkAuth(ex, false))
        return;
    if (ex->method != QLatin1String("POST")) {
        methodNotAllowed(ex, QByteArrayLiteral("POST"));
        return;
    }
    bool folderGiven = false;
    const qint64 folder = folderFromHeaders(ex, &folderGiven);
    if (!folderGiven) {
        writeError(ex, 400, QStringLiteral("An organization unit is required for this action."), 1101);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(ex->request.body).object();
    const QString strategy = body.value(QStringLiteral("strategy")).toString();
    const QJsonArray ids = body.value(QStringLiteral("jobIds")).toArray();
    if ((strategy != QLatin1String("SoftStop") && strategy != QLatin1String("Kill")) || ids.isEmpty()) {
        writeError(ex, 400, QStringLiteral("Invalid request: jobIds and a strategy (SoftStop or Kill) are required."),
                   0);
        return;
    }
    for (const QJsonValue &id : ids) {
        const auto it = jobs.constFind(id.toInteger(-1));
        if (it == jobs.constEnd() || folderIdFor(it->folderKey) != folder) {
            writeError(ex, 404, QStringLiteral("Job does not exist."), 1002);
            return;
        }
    }
    for (const QJsonValue &id : ids)
        stopJob(id.toInteger(), strategy == QLatin1String("Kill"));
    write(ex, 200, QByteArray(), QByteArray());
}

} // namespace td::sim
