#include "simtriggers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

namespace td::sim {

QString callModeName(CallMode mode)
{
    switch (mode) {
    case CallMode::AsyncRequestReply:
        return QStringLiteral("AsyncRequestReply");
    case CallMode::FireAndForget:
        return QStringLiteral("FireAndForget");
    case CallMode::LongPolling:
        return QStringLiteral("LongPolling");
    }
    return QString();
}

std::optional<CallMode> callModeFromName(const QString &name)
{
    for (CallMode mode : {CallMode::AsyncRequestReply, CallMode::FireAndForget, CallMode::LongPolling}) {
        if (name.compare(callModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "line L, column C" of a byte offset into the file's text (both counted from 1).
QString positionOf(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2").arg(json.left(offset).count('\n') + 1).arg(offset - lineStart + 1);
}

// The line a trigger's definition is on, found by its slug's n-th occurrence (JSON keeps no
// positions); 0 if not found.
qsizetype lineOfSlug(const QByteArray &json, const QString &slug, int occurrence)
{
    const QString text = QString::fromUtf8(json);
    const QRegularExpression pattern(QStringLiteral("\"slug\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(slug)));
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    for (int seen = 0; matches.hasNext(); ++seen) {
        const QRegularExpressionMatch match = matches.next();
        if (seen == occurrence)
            return text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
    }
    return 0;
}

// A name the format does not know (a typo such as "durationMS" would otherwise be ignored).
bool onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(error, QStringLiteral("unknown field \"%1%2\" (known: %3)")
                                   .arg(where, it.key(), known.join(QStringLiteral(", "))));
    }
    return true;
}

bool readInt(const QJsonObject &object, const QString &key, int *target, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() != double(value.toInt()))
        return fail(error, QStringLiteral("\"%1\" must be an integer").arg(key));
    *target = value.toInt();
    return true;
}

std::optional<ScriptedResponse> parseRespond(const QJsonObject &object, QString *error)
{
    ScriptedResponse respond;
    if (!onlyKnownKeys(object,
                       {QStringLiteral("status"), QStringLiteral("body"), QStringLiteral("headers"),
                        QStringLiteral("hangMs"), QStringLiteral("createJob")},
                       QStringLiteral("respond."), error))
        return std::nullopt;
    if (!readInt(object, QStringLiteral("status"), &respond.status, error))
        return std::nullopt;
    if (respond.status < 100 || respond.status > 599) {
        fail(error, QStringLiteral("\"respond.status\" must be an HTTP status code (100-599)"));
        return std::nullopt;
    }
    const QJsonValue body = object.value(QStringLiteral("body"));
    if (body.isString()) {
        respond.body = body.toString().toUtf8();
    } else if (body.isObject() || body.isArray()) {
        // Convenience: a JSON body may be given as JSON instead of as text.
        respond.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else if (!body.isUndefined() && !body.isNull()) {
        fail(error, QStringLiteral("\"respond.body\" must be a string"));
        return std::nullopt;
    }
    const QJsonValue headers = object.value(QStringLiteral("headers"));
    if (headers.isObject()) {
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            QString text;
            if (it.value().isString())
                text = it.value().toString();
            else if (it.value().isDouble())
                text = QString::number(it.value().toDouble(), 'g', 15);
            else {
                fail(error, QStringLiteral("\"respond.headers.%1\" must be a string or a number").arg(it.key()));
                return std::nullopt;
            }
            respond.headers.append({it.key().toLatin1(), text.toUtf8()});
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        fail(error, QStringLiteral("\"respond.headers\" must be an object"));
        return std::nullopt;
    }
    if (!readInt(object, QStringLiteral("hangMs"), &respond.hangMs, error))
        return std::nullopt;
    if (respond.hangMs < -1) {
        fail(error, QStringLiteral("\"respond.hangMs\" must be -1 (forever), 0 or a positive number"));
        return std::nullopt;
    }
    const QJsonValue createJob = object.value(QStringLiteral("createJob"));
    if (createJob.isBool())
        respond.createJob = createJob.toBool();
    else if (!createJob.isUndefined() && !createJob.isNull()) {
        fail(error, QStringLiteral("\"respond.createJob\" must be a boolean"));
        return std::nullopt;
    }
    return respond;
}

} // namespace

std::optional<TriggerDefinition> TriggerDefinition::fromJson(const QJsonObject &object, QString *error)
{
    TriggerDefinition t;
    t.slug = object.value(QStringLiteral("slug")).toString().trimmed();
    if (t.slug.isEmpty() || t.slug.contains(QLatin1Char('/'))) {
        fail(error, QStringLiteral("\"slug\" must be a non-empty string without '/'"));
        return std::nullopt;
    }
    const QString folderKey = object.value(QStringLiteral("folderKey")).toString();
    const QUuid folderUuid = QUuid::fromString(folderKey);
    if (folderUuid.isNull()) {
        fail(error, QStringLiteral("trigger \"%1\": \"folderKey\" must be a GUID").arg(t.slug));
        return std::nullopt;
    }
    t.folderKey = folderUuid.toString(QUuid::WithoutBraces);
    QString unknown;
    if (!onlyKnownKeys(object,
                       {QStringLiteral("slug"), QStringLiteral("folderKey"), QStringLiteral("verb"),
                        QStringLiteral("defaultMode"), QStringLiteral("durationMs"), QStringLiteral("output"),
                        QStringLiteral("fault"), QStringLiteral("respond")},
                       QString(), &unknown)) {
        fail(error, QStringLiteral("trigger \"%1\": %2").arg(t.slug, unknown));
        return std::nullopt;
    }

    const QJsonValue verb = object.value(QStringLiteral("verb"));
    if (!verb.isUndefined()) {
        t.verb = verb.toString().toUpper();
        if (t.verb != QLatin1String("GET") && t.verb != QLatin1String("POST") && t.verb != QLatin1String("PUT") &&
            t.verb != QLatin1String("DELETE")) {
            fail(error, QStringLiteral("trigger \"%1\": \"verb\" must be GET, POST, PUT or DELETE").arg(t.slug));
            return std::nullopt;
        }
    }
    const QJsonValue mode = object.value(QStringLiteral("defaultMode"));
    if (!mode.isUndefined()) {
        const auto parsed = callModeFromName(mode.toString());
        if (!parsed) {
            fail(error, QStringLiteral("trigger \"%1\": \"defaultMode\" must be AsyncRequestReply, FireAndForget or "
                                       "LongPolling")
                            .arg(t.slug));
            return std::nullopt;
        }
        t.defaultMode = *parsed;
    }
    QString intError;
    if (!readInt(object, QStringLiteral("durationMs"), &t.durationMs, &intError) || t.durationMs < 0) {
        fail(error, QStringLiteral("trigger \"%1\": \"durationMs\" must be a non-negative integer").arg(t.slug));
        return std::nullopt;
    }
    if (object.contains(QStringLiteral("output")))
        t.output = object.value(QStringLiteral("output"));

    const QJsonValue fault = object.value(QStringLiteral("fault"));
    if (fault.isObject()) {
        const QJsonObject f = fault.toObject();
        if (!onlyKnownKeys(f, {QStringLiteral("message"), QStringLiteral("errorCode")}, QStringLiteral("fault."),
                           &intError)) {
            fail(error, QStringLiteral("trigger \"%1\": %2").arg(t.slug, intError));
            return std::nullopt;
        }
        t.faults = true;
        t.faultMessage = f.value(QStringLiteral("message")).toString(QStringLiteral("The job faulted."));
        if (!readInt(f, QStringLiteral("errorCode"), &t.faultErrorCode, &intError)) {
            fail(error, QStringLiteral("trigger \"%1\": %2").arg(t.slug, intError));
            return std::nullopt;
        }
    } else if (!fault.isUndefined() && !fault.isNull()) {
        fail(error, QStringLiteral("trigger \"%1\": \"fault\" must be an object").arg(t.slug));
        return std::nullopt;
    }

    const QJsonValue respond = object.value(QStringLiteral("respond"));
    if (respond.isObject()) {
        QString respondError;
        t.respond = parseRespond(respond.toObject(), &respondError);
        if (!t.respond) {
            fail(error, QStringLiteral("trigger \"%1\": %2").arg(t.slug, respondError));
            return std::nullopt;
        }
    } else if (!respond.isUndefined() && !respond.isNull()) {
        fail(error, QStringLiteral("trigger \"%1\": \"respond\" must be an object").arg(t.slug));
        return std::nullopt;
    }
    return t;
}

std::optional<QList<TriggerDefinition>> parseTriggers(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("invalid JSON at %1: %2")
                        .arg(positionOf(json, parseError.offset), parseError.errorString()));
        return std::nullopt;
    }
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.isObject() && document.object().value(QStringLiteral("triggers")).isArray()) {
        array = document.object().value(QStringLiteral("triggers")).toArray();
    } else {
        fail(error, QStringLiteral("expected {\"triggers\": [...]} or an array of triggers"));
        return std::nullopt;
    }
    QList<TriggerDefinition> triggers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(error, QStringLiteral("trigger #%1 is not an object").arg(i + 1));
            return std::nullopt;
        }
        // "line 14: trigger #2: ..." where the trigger's slug shows where it is.
        const QString slug = array.at(i).toObject().value(QStringLiteral("slug")).toString();
        const int earlier = int(std::count_if(array.cbegin(), array.cbegin() + i, [&slug](const QJsonValue &other) {
            return other.toObject().value(QStringLiteral("slug")).toString() == slug;
        }));
        const qsizetype line = lineOfSlug(json, slug, earlier);
        const QString where = line > 0 ? QStringLiteral("line %1: trigger #%2").arg(line).arg(i + 1)
                                       : QStringLiteral("trigger #%1").arg(i + 1);
        QString itemError;
        auto trigger = TriggerDefinition::fromJson(array.at(i).toObject(), &itemError);
        if (!trigger) {
            fail(error, QStringLiteral("%1: %2").arg(where, itemError));
            return std::nullopt;
        }
        for (const TriggerDefinition &other : std::as_const(triggers)) {
            if (other.slug.compare(trigger->slug, Qt::CaseInsensitive) == 0 &&
                other.folderKey.compare(trigger->folderKey, Qt::CaseInsensitive) == 0) {
                fail(error, QStringLiteral("%1: duplicate slug \"%2\" in folder %3")
                                .arg(where, trigger->slug, trigger->folderKey));
                return std::nullopt;
            }
        }
        triggers.append(*trigger);
    }
    return triggers;
}

std::optional<QList<TriggerDefinition>> loadTriggersFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString parseError;
    auto triggers = parseTriggers(file.readAll(), &parseError);
    if (!triggers)
        fail(error, QStringLiteral("%1: %2").arg(path, parseError));
    return triggers;
}

QList<TriggerDefinition> demoTriggers()
{
    const QString shared = QStringLiteral("8a4f3c2e-5b1d-4e6f-9a7b-0c1d2e3f4a5b");
    const QString lookup = QStringLiteral("3d9e1f7a-2c4b-4a8e-b6d5-7f0e1a2b3c4d");

    auto make = [](const QString &slug, const QString &folder, const QString &verb, CallMode mode, int ms) {
        TriggerDefinition t;
        t.slug = slug;
        t.folderKey = folder;
        t.verb = verb;
        t.defaultMode = mode;
        t.durationMs = ms;
        return t;
    };
    const QString post = QStringLiteral("POST");
    QList<TriggerDefinition> list;
    list << make(QStringLiteral("echo-async"), shared, post, CallMode::AsyncRequestReply, 2000);
    list << make(QStringLiteral("echo-fire"), shared, post, CallMode::FireAndForget, 1000);
    list << make(QStringLiteral("echo-long"), shared, post, CallMode::LongPolling, 3000);
    list << make(QStringLiteral("slow-long"), shared, post, CallMode::LongPolling, 45000);
    TriggerDefinition fault = make(QStringLiteral("fault-async"), shared, post, CallMode::AsyncRequestReply, 1500);
    fault.faults = true;
    fault.faultMessage = QStringLiteral("Invoice file not found: the robot could not open the input workbook.");
    fault.faultErrorCode = 2107;
    list << fault;
    list << make(QStringLiteral("lookup-get"), lookup, QStringLiteral("GET"), CallMode::AsyncRequestReply, 1000);
    return list;
}

} // namespace td::sim
