#include "resultformat.h"

#include "cliio.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace td::cli {

namespace {

QString timeOf(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

int exitCodeFor(JobState state)
{
    switch (state) {
    case JobState::Successful:
    case JobState::Started:
        return ExitSuccess;
    case JobState::Faulted:
        return ExitFaulted;
    case JobState::Stopped:
        return ExitStoppedInOrchestrator;
    case JobState::Failed:
        return ExitFailed;
    case JobState::Unknown:
        return ExitUnknown;
    case JobState::TimedOut:
    case JobState::Cancelled:
        return ExitStopped;
    case JobState::Queued:
    case JobState::Triggering:
    case JobState::Running:
        break;
    }
    return ExitUnknown;
}

QJsonObject resultJson(const JobRecord &record)
{
    QJsonArray hops;
    for (const Hop &hop : record.hops) {
        QJsonObject json{{QStringLiteral("method"), hop.method},
                         {QStringLiteral("url"), hop.url},
                         {QStringLiteral("status"), hop.status},
                         {QStringLiteral("ms"), hop.ms}};
        if (hop.repeats > 1)
            json.insert(QStringLiteral("count"), hop.repeats);
        if (!hop.error.isEmpty())
            json.insert(QStringLiteral("error"), hop.error.text());
        if (!hop.note.isEmpty())
            json.insert(QStringLiteral("note"), hop.note.text());
        if (!hop.protocol.isEmpty())
            json.insert(QStringLiteral("protocol"), hop.protocol);
        if (!hop.proxy.isEmpty())
            json.insert(QStringLiteral("proxy"), hop.proxy);
        hops.append(json);
    }
    QJsonArray transitions;
    for (const Transition &t : record.transitions) {
        transitions.append(QJsonObject{{QStringLiteral("state"), jobStateName(t.state)},
                                       {QStringLiteral("at"), t.at.toUTC().toString(Qt::ISODateWithMs)}});
    }
    QJsonValue output = record.output;
    if (output.isUndefined())
        output = record.rawOutput.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(record.rawOutput));
    QJsonObject json{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("state"), jobStateName(record.state)},
        {QStringLiteral("mode"), callModeName(record.mode)},
        {QStringLiteral("output"), output},
        {QStringLiteral("error"), record.error.isEmpty() ? QJsonValue() : QJsonValue(record.error.text())},
        {QStringLiteral("statusUri"),
         record.statusUri.isEmpty() ? QJsonValue() : QJsonValue(redactedUrl(record.statusUri))},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("transitions"), transitions},
    };
    if (const QString id = correlationIdOf(record); !id.isEmpty())
        json.insert(QStringLiteral("correlationId"), id);
    if (!record.serverMessage.isEmpty()) {
        json.insert(QStringLiteral("serverMessage"), record.serverMessage);
        json.insert(QStringLiteral("serverErrorCode"), record.serverErrorCode);
    }
    return json;
}

QByteArray resultJsonLine(const JobRecord &record)
{
    QJsonObject json = resultJson(record);
    if (!record.output.isObject() && !record.output.isArray())
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    // QJsonObject sorts members: the output goes in as the server wrote it, first.
    json.remove(QStringLiteral("output"));
    const QByteArray rest = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("{\"output\":") + jsontext::compact(record.rawOutput) + ',' + rest.mid(1);
}

void printReport(const JobRecord &record)
{
    out() << jobStateLabel(record.state) << '\n';
    if (!record.error.isEmpty())
        out() << record.error.text() << '\n';
    if (record.output.isObject() || record.output.isArray()) {
        out() << QString::fromUtf8(jsontext::indented(record.rawOutput));
    } else if (!record.rawOutput.isEmpty()) {
        out() << QString::fromUtf8(record.rawOutput) << '\n';
    }
    if (!record.statusUri.isEmpty() && isResumable(record.state))
        out() << QCoreApplication::translate("td::cli", "Status URI: %1").arg(redactedUrl(record.statusUri)) << '\n';
    if (const QString id = correlationIdOf(record); !id.isEmpty() && isResumable(record.state))
        out() << QCoreApplication::translate("td::cli", "Correlation id: %1 (jobs find --correlation %1)").arg(id)
              << '\n';
    out() << Qt::flush;
}

void printTransition(const JobRecord &record)
{
    const Transition &t = record.transitions.constLast();
    err() << timeOf(t.at) << ' ' << jobStateLabel(t.state)
          << (t.detail.isEmpty() ? QString() : QLatin1String(": ") + t.detail.firstLineText()) << Qt::endl;
}

void printHop(const Hop &hop)
{
    err() << timeOf(hop.repeats > 1 ? hop.lastAt : hop.at) << "   " << hop.method << ' ' << hop.url << " -> "
          << (hop.status ? QString::number(hop.status) : hop.error.text()) << " (" << hop.ms << " ms)";
    if (hop.repeats > 1)
        err() << QStringLiteral(" x%1").arg(hop.repeats);
    if (!hop.note.isEmpty())
        err() << " [" << hop.note.text() << ']';
    err() << Qt::endl;
}

} // namespace td::cli
