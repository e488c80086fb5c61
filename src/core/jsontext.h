#pragma once

// JSON as the server wrote it. QJsonObject sorts its members, so a job's output shown or printed
// through it comes back in an order the server never sent; these work on the text itself and
// keep the members where they were. Give them text that parses as JSON (QJsonDocument first).

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace td::jsontext {

// The same JSON without insignificant whitespace.
QByteArray compact(const QByteArray &json);
// The same JSON, one member or item per line, indented by `indent` spaces per level.
QByteArray indented(const QByteArray &json, int indent = 4);

// One value of a JSON document, in the document's order.
struct Node
{
    enum class Kind
    {
        Scalar,
        Object,
        Array,
    };
    QString key; // the member name, or "[i]" for an array item; empty for the root
    Kind kind = Kind::Scalar;
    QJsonValue scalar; // for Scalar: a string, number, bool or null
    QList<Node> children;
};
// The document as a tree; nullopt when it is not valid JSON. Past maxNodes, the rest is left out
// and *truncated set (a huge output is read as text, not as a tree of a million rows).
std::optional<Node> tree(const QByteArray &json, int maxNodes, bool *truncated = nullptr);

} // namespace td::jsontext
