#include "argumentencoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td::encoding {

namespace {

const QString kCallModeKey = QStringLiteral("$callMode");

QJsonObject withCallMode(QJsonObject arguments, CallMode mode)
{
    if (mode == CallMode::TriggerDefault)
        arguments.remove(kCallModeKey);
    else
        arguments.insert(kCallModeKey, callModeName(mode));
    return arguments;
}

} // namespace

bool methodHasBody(const QString &method)
{
    return method.compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0 ||
           method.compare(QLatin1String("PUT"), Qt::CaseInsensitive) == 0;
}

QByteArray jsonBody(const QJsonObject &arguments, CallMode mode)
{
    return QJsonDocument(withCallMode(arguments, mode)).toJson(QJsonDocument::Compact);
}

QString queryValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return {};
    default: {
        // Numbers and booleans as their JSON text: serialise inside an array and strip the brackets.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

QUrl urlWithQuery(const QUrl &invokeUrl, const QJsonObject &arguments, CallMode mode)
{
    // Built by hand rather than with QUrlQuery, which leaves '+' and other sub-delimiters as they
    // are: a server would read a '+' in a value as a space.
    QByteArray query = invokeUrl.query(QUrl::FullyEncoded).toLatin1();
    const QJsonObject all = withCallMode(arguments, mode);
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(queryValue(it.value()));
    }
    QUrl url = invokeUrl;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace td::encoding
