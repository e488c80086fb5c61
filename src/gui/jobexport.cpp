#include "jobexport.h"

#include "jsontext.h"

#include "argumentencoding.h"

#include <QAbstractItemModel>
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

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
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
    return record.error;
}

QByteArray tableCsv(const QAbstractItemModel *model)
{
    QString csv;
    QStringList fields;
    for (int column = 0; column < model->columnCount(); ++column)
        fields << csvField(model->headerData(column, Qt::Horizontal).toString());
    csv += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row = 0; row < model->rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < model->columnCount(); ++column)
            fields << csvField(model->index(row, column).data().toString());
        csv += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

QByteArray recordsJson(const QList<JobRecord> &records)
{
    QJsonArray array;
    for (const JobRecord &record : records)
        array.append(record.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace td
