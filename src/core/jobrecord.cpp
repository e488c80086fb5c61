#include "jobrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace td {

namespace {

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool looksSecret(const QString &key)
{
    static const QStringList kSecretWords{
        QStringLiteral("token"),  QStringLiteral("secret"),  QStringLiteral("password"),  QStringLiteral("passwd"),
        QStringLiteral("apikey"), QStringLiteral("api_key"), QStringLiteral("signature"), QStringLiteral("sig"),
        QStringLiteral("code"),   QStringLiteral("auth")};
    const QString lower = key.toLower();
    for (const QString &word : kSecretWords) {
        if (lower == word || lower.contains(word + QLatin1Char('_')) || lower.endsWith(word))
            return true;
    }
    return false;
}

// Words for a person under key: their text in the current language, for people and scripts reading
// the file, and beside it how they were composed (key + "Phrase"), so that they can be worded
// again in another language; words not ours (verbatim) are their text alone.
void insertWords(QJsonObject &json, const QString &key, const Phrase &words)
{
    if (words.isEmpty())
        return;
    json.insert(key, words.text());
    if (!words.isVerbatim())
        json.insert(key + QLatin1String("Phrase"), words.toJson());
}

Phrase wordsFrom(const QJsonObject &json, const QString &key)
{
    const QJsonValue composed = json.value(key + QLatin1String("Phrase"));
    return composed.isObject() ? Phrase::fromJson(composed) : Phrase::verbatim(json.value(key).toString());
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        bool redacted = false;
        for (auto &item : items) {
            if (looksSecret(QUrl::fromPercentEncoding(item.first.toLatin1()))) {
                item.second = QLatin1String(kRedacted);
                redacted = true;
            }
        }
        if (redacted) {
            query.setQueryItems(items);
            copy.setQuery(query);
        }
    }
    return copy.toString(QUrl::FullyEncoded);
}

bool hasRedactedParts(const QUrl &url)
{
    return url.query(QUrl::FullyEncoded).contains(QLatin1String(kRedacted));
}

QJsonObject Hop::toJson() const
{
    QJsonObject headersJson;
    for (const auto &[name, value] : headers)
        headersJson.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    QJsonObject json{{QStringLiteral("method"), method},  {QStringLiteral("url"), url},
                     {QStringLiteral("status"), status},  {QStringLiteral("ms"), ms},
                     {QStringLiteral("at"), isoTime(at)}, {QStringLiteral("tokenSent"), tokenSent}};
    if (!headersJson.isEmpty())
        json.insert(QStringLiteral("headers"), headersJson);
    insertWords(json, QStringLiteral("error"), error);
    insertWords(json, QStringLiteral("note"), note);
    if (!protocol.isEmpty())
        json.insert(QStringLiteral("protocol"), protocol);
    if (!proxy.isEmpty())
        json.insert(QStringLiteral("proxy"), proxy);
    if (proxyAuthRequired)
        json.insert(QStringLiteral("proxyAuthRequired"), true);
    if (!certificate.isEmpty()) {
        json.insert(QStringLiteral("certificate"), QString::fromLatin1(certificate));
        json.insert(QStringLiteral("certificateTrustable"), certificateTrustable);
    }
    if (repeats > 1) {
        json.insert(QStringLiteral("repeats"), repeats);
        json.insert(QStringLiteral("lastAt"), isoTime(lastAt));
    }
    return json;
}

bool Hop::sameExchange(const Hop &other) const
{
    return method == other.method && url == other.url && status == other.status && tokenSent == other.tokenSent &&
           headers == other.headers && error == other.error && note == other.note && protocol == other.protocol &&
           proxy == other.proxy && proxyAuthRequired == other.proxyAuthRequired && certificate == other.certificate;
}

Hop Hop::fromJson(const QJsonObject &json)
{
    Hop hop;
    hop.method = json.value(QStringLiteral("method")).toString();
    hop.url = json.value(QStringLiteral("url")).toString();
    hop.status = json.value(QStringLiteral("status")).toInt();
    hop.ms = json.value(QStringLiteral("ms")).toInteger();
    hop.at = fromIsoTime(json.value(QStringLiteral("at")));
    hop.tokenSent = json.value(QStringLiteral("tokenSent")).toBool();
    const QJsonObject headersJson = json.value(QStringLiteral("headers")).toObject();
    for (auto it = headersJson.constBegin(); it != headersJson.constEnd(); ++it)
        hop.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    hop.error = wordsFrom(json, QStringLiteral("error"));
    hop.note = wordsFrom(json, QStringLiteral("note"));
    hop.repeats = qMax(1, json.value(QStringLiteral("repeats")).toInt(1));
    hop.lastAt = fromIsoTime(json.value(QStringLiteral("lastAt")));
    hop.protocol = json.value(QStringLiteral("protocol")).toString();
    hop.proxy = json.value(QStringLiteral("proxy")).toString();
    hop.proxyAuthRequired = json.value(QStringLiteral("proxyAuthRequired")).toBool();
    hop.certificate = json.value(QStringLiteral("certificate")).toString().toLatin1();
    hop.certificateTrustable = json.value(QStringLiteral("certificateTrustable")).toBool();
    return hop;
}

QJsonObject Transition::toJson() const
{
    QJsonObject json{{QStringLiteral("state"), jobStateName(state)}, {QStringLiteral("at"), isoTime(at)}};
    insertWords(json, QStringLiteral("detail"), detail);
    if (hopIndex >= 0)
        json.insert(QStringLiteral("hop"), hopIndex);
    return json;
}

Transition Transition::fromJson(const QJsonObject &json)
{
    Transition transition;
    parseJobState(json.value(QStringLiteral("state")).toString(), &transition.state);
    transition.at = fromIsoTime(json.value(QStringLiteral("at")));
    transition.detail = wordsFrom(json, QStringLiteral("detail"));
    transition.hopIndex = json.value(QStringLiteral("hop")).toInt(-1);
    return transition;
}

int JobRecord::lastHttpStatus() const
{
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        if (it->status != 0)
            return it->status;
    }
    return 0;
}

QString JobRecord::summary() const
{
    if (state == JobState::Faulted && !serverMessage.isEmpty()) {
        // The job's own error, in the server's words: what an operator needs at a glance.
        return serverErrorCode != 0 ? QCoreApplication::translate("td::JobRecord", "%1 (error %2)")
                                          .arg(serverMessage)
                                          .arg(serverErrorCode)
                                    : serverMessage;
    }
    if (!error.isEmpty())
        return error.firstLineText();
    if (output.isObject() || output.isArray()) {
        const QJsonDocument doc =
            output.isObject() ? QJsonDocument(output.toObject()) : QJsonDocument(output.toArray());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(rawOutput).simplified();
}

QJsonObject JobRecord::toJson() const
{
    QJsonArray transitionsJson;
    for (const Transition &t : transitions)
        transitionsJson.append(t.toJson());
    QJsonArray hopsJson;
    for (const Hop &h : hops)
        hopsJson.append(h.toJson());
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("profile"), profile.toJson()},
        {QStringLiteral("arguments"), arguments},
        {QStringLiteral("mode"), callModeName(mode)},
        {QStringLiteral("state"), jobStateName(state)},
        {QStringLiteral("transitions"), transitionsJson},
        {QStringLiteral("hops"), hopsJson},
        // Stored and exported redacted: a status URI signed in its query cannot be resumed from disk.
        {QStringLiteral("statusUri"), statusUri.isEmpty() ? QString() : redactedUrl(statusUri)},
        {QStringLiteral("rawOutput"), QString::fromUtf8(rawOutput)},
        {QStringLiteral("error"), error.text()},
        {QStringLiteral("serverMessage"), serverMessage},
        {QStringLiteral("serverErrorCode"), serverErrorCode},
        {QStringLiteral("polls"), polls},
        {QStringLiteral("createdAt"), isoTime(createdAt)},
        {QStringLiteral("finishedAt"), isoTime(finishedAt)},
    };
    if (!error.isVerbatim())
        json.insert(QStringLiteral("errorPhrase"), error.toJson());
    if (!output.isUndefined())
        json.insert(QStringLiteral("output"), output);
    if (!lastStatus.isUndefined())
        json.insert(QStringLiteral("lastStatus"), lastStatus);
    if (probe)
        json.insert(QStringLiteral("probe"), true);
    if (orchestratorJobId != 0) {
        json.insert(QStringLiteral("orchestratorJobId"), orchestratorJobId);
        json.insert(QStringLiteral("folderId"), folderId);
    }
    return json;
}

JobRecord JobRecord::fromJson(const QJsonObject &json)
{
    JobRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    record.profile = TriggerProfile::fromJson(json.value(QStringLiteral("profile")).toObject());
    record.arguments = json.value(QStringLiteral("arguments")).toObject();
    parseCallMode(json.value(QStringLiteral("mode")).toString(), &record.mode);
    parseJobState(json.value(QStringLiteral("state")).toString(), &record.state);
    const QJsonArray transitionsJson = json.value(QStringLiteral("transitions")).toArray();
    for (const QJsonValue &t : transitionsJson)
        record.transitions.append(Transition::fromJson(t.toObject()));
    const QJsonArray hopsJson = json.value(QStringLiteral("hops")).toArray();
    for (const QJsonValue &h : hopsJson)
        record.hops.append(Hop::fromJson(h.toObject()));
    record.statusUri = QUrl(json.value(QStringLiteral("statusUri")).toString(), QUrl::StrictMode);
    record.rawOutput = json.value(QStringLiteral("rawOutput")).toString().toUtf8();
    record.output = json.value(QStringLiteral("output"));
    record.lastStatus = json.value(QStringLiteral("lastStatus"));
    record.error = wordsFrom(json, QStringLiteral("error"));
    record.serverMessage = json.value(QStringLiteral("serverMessage")).toString();
    record.serverErrorCode = json.value(QStringLiteral("serverErrorCode")).toInt();
    record.polls = json.value(QStringLiteral("polls")).toInt();
    record.probe = json.value(QStringLiteral("probe")).toBool();
    record.orchestratorJobId = json.value(QStringLiteral("orchestratorJobId")).toInteger();
    record.folderId = json.value(QStringLiteral("folderId")).toInteger();
    record.createdAt = fromIsoTime(json.value(QStringLiteral("createdAt")));
    record.finishedAt = fromIsoTime(json.value(QStringLiteral("finishedAt")));
    return record;
}

QString correlationIdOf(const JobRecord &record)
{
    return record.profile.correlationArgument.isEmpty()
               ? QString()
               : record.arguments.value(record.profile.correlationArgument).toString();
}

JobDuration jobDuration(const JobRecord &record, const QDateTime &now)
{
    const bool ended = record.finishedAt.isValid() && isTerminal(record.state);
    if (record.orchestratorJobId != 0 && record.lastStatus.isObject()) {
        // The job as /odata/Jobs(id) last described it; EndTime is null until it ends.
        const QJsonObject job = record.lastStatus.toObject();
        const QDateTime started = fromIsoTime(job.value(QStringLiteral("StartTime")));
        const QDateTime endedAt = fromIsoTime(job.value(QStringLiteral("EndTime")));
        if (started.isValid() && (endedAt.isValid() || !ended))
            return {qMax<qint64>(0, started.msecsTo(endedAt.isValid() ? endedAt : now)), true};
    }
    if (!record.createdAt.isValid())
        return {};
    return {qMax<qint64>(0, record.createdAt.msecsTo(ended ? record.finishedAt : now)), false};
}

QUrl orchestratorJobPage(const JobRecord &record)
{
    const QUuid key = QUuid::fromString(record.lastStatus.toObject().value(QStringLiteral("Key")).toString());
    QUrl page = orchestratorUrlFor(record.profile.invokeUrl);
    if (record.orchestratorJobId == 0 || key.isNull() || !page.isValid())
        return QUrl();
    page.setPath(page.path() +
                 QStringLiteral("/jobs(sidepanel:sidepanel/jobs/%1/details)").arg(key.toString(QUuid::WithoutBraces)));
    // The folder by its id where the lookup learnt it; Orchestrator's page asks for it.
    const qint64 folderId = record.folderId != 0
                                ? record.folderId
                                : record.lastStatus.toObject().value(QStringLiteral("OrganizationUnitId")).toInteger();
    if (folderId != 0)
        page.setQuery(QStringLiteral("fid=%1").arg(folderId));
    return page;
}

} // namespace td
