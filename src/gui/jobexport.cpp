#include "jobexport.h"

#include "jsontext.h"

#include "argumentencoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td {

namespace {

// POSIX shell single quoting: ' becomes '\''.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString csvField(QString text)
{
    // A spreadsheet would run a text that starts like a formula (a server's message, say):
    // a leading apostrophe keeps it text, as spreadsheets themselves do.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString curlCommand(const JobRecord &record)
{
    const TriggerProfile &profile = record.profile;
    QUrl url = profile.invokeUrl;
    url.setUserInfo(QString());
    const bool hasBody = encoding::methodHasBody(profile.method);
    if (!hasBody)
        url = encoding::urlWithQuery(url, record.arguments, profile.mode);

    QStringList parts;
    parts << QStringLiteral("curl -i -X %1 %2").arg(profile.method, shellQuoted(url.toString(QUrl::FullyEncoded)));
    // Double quotes, so the shell expands the variable and the token never sits in the clipboard.
    parts << QStringLiteral("-H \"Authorization: Bearer $%1\"").arg(QLatin1String(kTokenPlaceholderVariable));
    parts << QStringLiteral("-H 'Accept: application/json'");
    if (hasBody) {
        parts << QStringLiteral("-H 'Content-Type: application/json'");
        parts << QStringLiteral("--data-raw %1")
                     .arg(shellQuoted(QString::fromUtf8(encoding::jsonBody(record.arguments, profile.mode))));
    }
    return parts.join(QLatin1String(" \\\n  "));
}

QString outputText(const JobRecord &record)
{
    if (record.output.isObject() || record.output.isArray())
        return QString::fromUtf8(jsontext::indented(record.rawOutput)); // in the server's order
    if (!record.rawOutput.isEmpty())
        return QString::fromUtf8(record.rawOutput);
    return record.error.text();
}

QByteArray recordsCsv(const QList<JobRecord> &records)
{
    const auto number = [](qint64 value) { return value != 0 ? QString::number(value) : QString(); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString csv = QStringLiteral("id,orchestratorJobId,profile,method,invokeUrl,mode,state,createdAt,finishedAt,"
                                 "durationSeconds,durationMeasuredBy,polls,httpStatus,serverErrorCode,serverMessage,"
                                 "error,correlationId,arguments,output\r\n");
    for (const JobRecord &record : records) {
        // The JSON export's values where it has them, so both say the same.
        const QJsonObject json = record.toJson();
        const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
        const JobDuration duration = jobDuration(record, now);
        const QStringList fields{
            text("id"),
            number(record.orchestratorJobId),
            record.profile.name,
            record.profile.method,
            redactedUrl(record.profile.invokeUrl),
            text("mode"),
            text("state"),
            text("createdAt"),
            text("finishedAt"),
            QString::number(double(duration.ms) / 1000.0, 'f', 3),
            duration.byOrchestrator ? QStringLiteral("orchestrator") : QStringLiteral("launch"),
            QString::number(record.polls),
            number(record.lastHttpStatus()),
            number(record.serverErrorCode),
            text("serverMessage"),
            text("error"),
            correlationIdOf(record),
            QString::fromUtf8(QJsonDocument(record.arguments).toJson(QJsonDocument::Compact)),
            text("rawOutput"),
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    // The mark makes spreadsheets read UTF-8 (names and messages in Chinese or Japanese).
    return "\xEF\xBB\xBF" + csv.toUtf8();
}

QByteArray recordsJson(const QList<JobRecord> &records)
{
    QJsonArray array;
    for (const JobRecord &record : records)
        array.append(record.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace td
