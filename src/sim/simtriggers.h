#pragma once

// Trigger definitions served by the simulator: the JSON file format (--triggers FILE) and the
// built-in demo set. Independent of the client engine on purpose (see docs/design.md).

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace td::sim {

enum class CallMode
{
    AsyncRequestReply,
    FireAndForget,
    LongPolling,
};

QString callModeName(CallMode mode);
// Case-insensitive; nullopt for an unknown name.
std::optional<CallMode> callModeFromName(const QString &name);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A fixed answer to the invoke call, for error-matrix tests ("respond" in the file).
struct ScriptedResponse
{
    int status = 200;
    QByteArray body;    // raw text, sent as is
    HeaderList headers; // sent as is (a Content-Type here replaces the guessed one)
    int hangMs = 0;     // > 0: hold the request that long before answering; -1: never answer
    bool createJob = false;
};

struct TriggerDefinition
{
    QString slug;
    QString folderKey; // GUID string
    QString verb = QStringLiteral("POST");
    CallMode defaultMode = CallMode::AsyncRequestReply;
    int durationMs = 1000;
    std::optional<QJsonValue> output; // nullopt: {"echo": {arguments without $callMode}}
    bool faults = false;
    QString faultMessage;
    int faultErrorCode = 0;
    std::optional<ScriptedResponse> respond;

    // One element of the "triggers" array. On failure returns nullopt and sets *error.
    static std::optional<TriggerDefinition> fromJson(const QJsonObject &object, QString *error);
};

// {"triggers": [...]} or a bare array. On failure returns nullopt and sets *error.
std::optional<QList<TriggerDefinition>> parseTriggers(const QByteArray &json, QString *error);
std::optional<QList<TriggerDefinition>> loadTriggersFile(const QString &path, QString *error);

// echo-async, echo-fire, echo-long, slow-long, fault-async, lookup-get (fixed folder keys).
QList<TriggerDefinition> demoTriggers();

} // namespace td::sim
