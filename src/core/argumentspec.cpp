#include "argumentspec.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace td {

namespace {

constexpr EnumNames<ArgumentType, 8> kTypeNames{{
    {ArgumentType::Text, "text"},
    {ArgumentType::Integer, "integer"},
    {ArgumentType::Number, "number"},
    {ArgumentType::Boolean, "boolean"},
    {ArgumentType::JsonObject, "object"},
    {ArgumentType::JsonArray, "array"},
    {ArgumentType::DateTime, "datetime"},
    {ArgumentType::Choice, "choice"},
}};

// Parses a whole JSON value, not only a document: QJsonDocument needs an object or array, so the
// text is wrapped in an array first.
bool parseJsonValue(const QString &text, QJsonValue *value, QString *error)
{
    QJsonParseError parseError;
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            // The offset counts the '[' we added.
            *error = QCoreApplication::translate("td::ArgumentSpec", "Invalid JSON at character %1: %2")
                         .arg(qMax(1, parseError.offset))
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? parseError.errorString()
                                  : QCoreApplication::translate("td::ArgumentSpec", "expected exactly one value"));
        }
        return false;
    }
    *value = doc.array().first();
    return true;
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

} // namespace

QString argumentTypeName(ArgumentType type)
{
    return enumName(kTypeNames, type);
}

bool parseArgumentType(const QString &text, ArgumentType *type)
{
    return enumFromName(kTypeNames, text, type);
}

QString argumentTypeLabel(ArgumentType type)
{
    switch (type) {
    case ArgumentType::Text:
        return QCoreApplication::translate("td::ArgumentSpec", "Text");
    case ArgumentType::Integer:
        return QCoreApplication::translate("td::ArgumentSpec", "Integer");
    case ArgumentType::Number:
        return QCoreApplication::translate("td::ArgumentSpec", "Number");
    case ArgumentType::Boolean:
        return QCoreApplication::translate("td::ArgumentSpec", "Boolean");
    case ArgumentType::JsonObject:
        return QCoreApplication::translate("td::ArgumentSpec", "JSON object");
    case ArgumentType::JsonArray:
        return QCoreApplication::translate("td::ArgumentSpec", "JSON array");
    case ArgumentType::DateTime:
        return QCoreApplication::translate("td::ArgumentSpec", "Date and time");
    case ArgumentType::Choice:
        return QCoreApplication::translate("td::ArgumentSpec", "Choice");
    }
    return {};
}

QJsonValue ArgumentSpec::parseText(const QString &text, QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && type != ArgumentType::Text)
        return QJsonValue::Undefined;

    switch (type) {
    case ArgumentType::Text:
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    case ArgumentType::Integer: {
        bool ok = false;
        const qint64 v = trimmed.toLongLong(&ok);
        if (!ok) {
            message = QCoreApplication::translate(
                          "td::ArgumentSpec", "\"%1\" is not a whole number. Type digits only, for example 42 or -7.")
                          .arg(trimmed);
            return QJsonValue::Undefined;
        }
        return QJsonValue(v);
    }
    case ArgumentType::Number: {
        bool ok = false;
        const double v = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            message = QCoreApplication::translate("td::ArgumentSpec",
                                                  "\"%1\" is not a number. Use a dot for decimals, for example 3.14.")
                          .arg(trimmed);
            return QJsonValue::Undefined;
        }
        return QJsonValue(v);
    }
    case ArgumentType::Boolean:
        if (trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (trimmed.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        message = QCoreApplication::translate("td::ArgumentSpec", "\"%1\" is not a boolean. Type true or false.")
                      .arg(trimmed);
        return QJsonValue::Undefined;
    case ArgumentType::JsonObject:
    case ArgumentType::JsonArray: {
        QJsonValue v;
        if (!parseJsonValue(trimmed, &v, &message))
            return QJsonValue::Undefined;
        message = validate(v);
        return message.isEmpty() ? v : QJsonValue(QJsonValue::Undefined);
    }
    case ArgumentType::DateTime: {
        const QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            message = QCoreApplication::translate(
                          "td::ArgumentSpec",
                          "\"%1\" is not a date and time. Use ISO 8601, for example 2026-11-22T14:30:00Z.")
                          .arg(trimmed);
            return QJsonValue::Undefined;
        }
        return QJsonValue(trimmed);
    }
    case ArgumentType::Choice:
        message = validate(QJsonValue(trimmed));
        return message.isEmpty() ? QJsonValue(trimmed) : QJsonValue(QJsonValue::Undefined);
    }
    return QJsonValue::Undefined;
}

QString ArgumentSpec::toText(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        if (isIntegral(value.toDouble()))
            return QString::number(value.toInteger());
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ArgumentSpec::validate(const QJsonValue &value) const
{
    if (value.isUndefined() || value.isNull())
        return required ? QCoreApplication::translate("td::ArgumentSpec", "%1 is required.").arg(name) : QString();

    switch (type) {
    case ArgumentType::Text:
        return value.isString() ? QString()
                                : QCoreApplication::translate("td::ArgumentSpec", "%1 must be text.").arg(name);
    case ArgumentType::Integer:
        return value.isDouble() && isIntegral(value.toDouble())
                   ? QString()
                   : QCoreApplication::translate("td::ArgumentSpec", "%1 must be a whole number.").arg(name);
    case ArgumentType::Number:
        return value.isDouble() ? QString()
                                : QCoreApplication::translate("td::ArgumentSpec", "%1 must be a number.").arg(name);
    case ArgumentType::Boolean:
        return value.isBool() ? QString()
                              : QCoreApplication::translate("td::ArgumentSpec", "%1 must be true or false.").arg(name);
    case ArgumentType::JsonObject:
        return value.isObject()
                   ? QString()
                   : QCoreApplication::translate("td::ArgumentSpec",
                                                 "%1 must be a JSON object, written in braces: {\"key\": \"value\"}.")
                         .arg(name);
    case ArgumentType::JsonArray:
        return value.isArray() ? QString()
                               : QCoreApplication::translate("td::ArgumentSpec",
                                                             "%1 must be a JSON array, written in brackets: [1, 2, 3].")
                                     .arg(name);
    case ArgumentType::DateTime:
        return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()
                   ? QString()
                   : QCoreApplication::translate(
                         "td::ArgumentSpec", "%1 must be an ISO 8601 date and time, for example 2026-11-22T14:30:00Z.")
                         .arg(name);
    case ArgumentType::Choice:
        if (value.isString() && choices.contains(value.toString()))
            return {};
        return QCoreApplication::translate("td::ArgumentSpec", "%1 must be one of: %2.")
            .arg(name, choices.join(QLatin1String(", ")));
    }
    return {};
}

QJsonObject ArgumentSpec::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("type"), argumentTypeName(type)}};
    if (required)
        json.insert(QStringLiteral("required"), true);
    if (!defaultValue.isUndefined() && !defaultValue.isNull())
        json.insert(QStringLiteral("default"), defaultValue);
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (!choices.isEmpty())
        json.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    return json;
}

ArgumentSpec ArgumentSpec::fromJson(const QJsonObject &json)
{
    ArgumentSpec spec;
    spec.name = json.value(QStringLiteral("name")).toString();
    if (!parseArgumentType(json.value(QStringLiteral("type")).toString(), &spec.type))
        spec.type = ArgumentType::Text;
    spec.required = json.value(QStringLiteral("required")).toBool();
    spec.defaultValue = json.value(QStringLiteral("default"));
    spec.description = json.value(QStringLiteral("description")).toString();
    const QJsonArray choices = json.value(QStringLiteral("choices")).toArray();
    for (const QJsonValue &choice : choices)
        spec.choices.append(choice.toString());
    return spec;
}

bool ArgumentSpec::operator==(const ArgumentSpec &other) const
{
    return name == other.name && type == other.type && required == other.required &&
           defaultValue == other.defaultValue && description == other.description && choices == other.choices;
}

QStringList validateArguments(const QList<ArgumentSpec> &specs, const QJsonObject &values)
{
    QStringList errors;
    for (const ArgumentSpec &spec : specs) {
        const QString error = spec.validate(values.value(spec.name));
        if (!error.isEmpty())
            errors.append(error);
    }
    return errors;
}

QList<ArgumentSpec> inferArgumentSpecs(const QJsonObject &example)
{
    QList<ArgumentSpec> specs;
    for (auto it = example.constBegin(); it != example.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('$')))
            continue; // $callMode and friends are the protocol's, not the process's
        ArgumentSpec spec;
        spec.name = it.key();
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Bool:
            spec.type = ArgumentType::Boolean;
            break;
        case QJsonValue::Double:
            spec.type = isIntegral(value.toDouble()) ? ArgumentType::Integer : ArgumentType::Number;
            break;
        case QJsonValue::Object:
            spec.type = ArgumentType::JsonObject;
            break;
        case QJsonValue::Array:
            spec.type = ArgumentType::JsonArray;
            break;
        case QJsonValue::String:
            spec.type = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid() ? ArgumentType::DateTime
                                                                                             : ArgumentType::Text;
            break;
        default:
            spec.type = ArgumentType::Text;
            break;
        }
        if (!value.isNull())
            spec.defaultValue = value;
        specs.append(spec);
    }
    return specs;
}

QJsonValue typedArgumentValue(const QString &text)
{
    QJsonValue value;
    if (parseJsonValue(text, &value, nullptr))
        return value;
    return QJsonValue(text);
}

} // namespace td
