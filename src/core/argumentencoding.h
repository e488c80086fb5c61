#pragma once

#include "callmode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace td {

// How a trigger call carries its arguments (docs/protocol.md "Arguments").
namespace encoding {

// POST and PUT carry a JSON body; GET and DELETE carry the query string.
bool methodHasBody(const QString &method);

// The compact JSON object body, with "$callMode" unless the mode is TriggerDefault. Never empty.
QByteArray jsonBody(const QJsonObject &arguments, CallMode mode);

// The invoke URL with every argument (and "$callMode") appended to its query, percent-encoded.
QUrl urlWithQuery(const QUrl &invokeUrl, const QJsonObject &arguments, CallMode mode);

// A query-string value: strings as they are, numbers and booleans as JSON text, objects and
// arrays as compact JSON text.
QString queryValue(const QJsonValue &value);

} // namespace encoding
} // namespace td
