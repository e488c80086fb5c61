#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

enum class ArgumentType
{
    Text,
    Integer,
    Number,
    Boolean,
    JsonObject,
    JsonArray,
    DateTime,
    Choice,
};

QString argumentTypeName(ArgumentType type);
bool parseArgumentType(const QString &text, ArgumentType *type);
QString argumentTypeLabel(ArgumentType type);

// One input argument of a trigger's process: what the form edits and what the call sends.
struct ArgumentSpec
{
    QString name;
    ArgumentType type = ArgumentType::Text;
    bool required = false;
    QJsonValue defaultValue;
    QString description;
    QStringList choices;

    // Turns what a person typed into the typed value. On failure returns Undefined and sets *error
    // to a message that says what to type instead. Empty text is Undefined with no error.
    QJsonValue parseText(const QString &text, QString *error) const;
    // The text an editor shows for a typed value (the inverse of parseText).
    QString toText(const QJsonValue &value) const;
    // Checks a typed value; returns an empty string when it fits this spec.
    QString validate(const QJsonValue &value) const;

    QJsonObject toJson() const;
    static ArgumentSpec fromJson(const QJsonObject &json);

    bool operator==(const ArgumentSpec &other) const;
    bool operator!=(const ArgumentSpec &other) const { return !(*this == other); }
};

// Checks every value against its spec and every required spec for a value. Values without a
// spec pass through (a trigger may take arguments the profile does not describe).
QStringList validateArguments(const QList<ArgumentSpec> &specs, const QJsonObject &values);

// "Infer from a JSON example": one spec per member, typed from the member's value.
QList<ArgumentSpec> inferArgumentSpecs(const QJsonObject &example);

// The command line's typing rule: text that parses as JSON (123, true, {"a":1}) is that value,
// anything else is a string.
QJsonValue typedArgumentValue(const QString &text);

} // namespace td
