// The Orchestrator OData the client uses to find a job again: /odata/Jobs with $filter (Field op
// Value joined by "and"; eq, ne, gt, ge, lt, le; strings in quotes, numbers, ISO times),
// $orderby and $top; /odata/Jobs(id); /odata/Folders. A folder header
// (X-UIPATH-OrganizationUnitId) scopes the jobs to that folder.

#include "simulatorprivate.h"

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

qint64 OrchestratorSimulatorPrivate::folderIdFor(const QString &folderKey) const
{
    // A stable id per folder key, in the order the triggers name them.
    QStringList keys;
    for (const TriggerDefinition &t : triggers) {
        if (!keys.contains(t.folderKey, Qt::CaseInsensitive))
            keys.append(t.folderKey);
    }
    const qsizetype index = keys.indexOf(folderKey);
    return index < 0 ? 0 : 1001 + index;
}

void OrchestratorSimulatorPrivate::handleOData(const ExchangePtr &ex, const QString &entity)
{
    if (!checkAuth(ex, false))
        return;
    if (ex->method != QLatin1String("GET")) {
        methodNotAllowed(ex, QByteArrayLiteral("GET"));
        return;
    }
    const QByteArray folderHeader = ex->request.header(QByteArrayLiteral("X-UIPATH-OrganizationUnitId")).trimmed();
    bool numeric = false;
    const qint64 folder = folderHeader.toLongLong(&numeric);
    if (!folderHeader.isEmpty() &&
        (!numeric || (entity != QLatin1String("Folders") && folderKeyOf(folder).isEmpty()))) {
        writeError(ex, 400, QStringLiteral("The folder does not exist or you do not have access to it."), 1101);
        return;
    }

    static const QRegularExpression single(QStringLiteral("^Jobs\\((\\d+)\\)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = single.match(entity); m.hasMatch()) {
        const auto it = jobs.constFind(m.captured(1).toLongLong());
        if (it == jobs.constEnd() || (!folderHeader.isEmpty() && folderIdFor(it->folderKey) != folder)) {
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
    if (entity.compare(QLatin1String("Folders"), Qt::CaseInsensitive) == 0) {
        QStringList seen;
        for (const TriggerDefinition &t : std::as_const(triggers)) {
            if (seen.contains(t.folderKey, Qt::CaseInsensitive))
                continue;
            seen.append(t.folderKey);
            const QJsonObject json{
                {QStringLiteral("Id"), folderIdFor(t.folderKey)},
                {QStringLiteral("Key"), t.folderKey},
                {QStringLiteral("DisplayName"), QStringLiteral("Folder %1").arg(seen.size())},
                {QStringLiteral("FullyQualifiedName"), QStringLiteral("Shared/Folder %1").arg(seen.size())}};
            if (matches(json, *conditions))
                found.append(json);
        }
    } else {
        for (const Job &job : std::as_const(jobs)) {
            if (!folderHeader.isEmpty() && folderIdFor(job.folderKey) != folder)
                continue;
            const QJsonObject json = jobJson(job);
            if (matches(json, *conditions))
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
                          {QStringLiteral("@odata.count"), value.size()},
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

} // namespace td::sim
