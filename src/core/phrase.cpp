#include "phrase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace td {

namespace {

// A %1..%99 placeholder at i: its number, and how many characters it takes; 0 when none is there.
std::pair<int, int> placeholderAt(const QString &pattern, qsizetype i)
{
    if (pattern.at(i) != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit())
        return {0, 0};
    int number = pattern.at(i + 1).digitValue();
    int length = 2;
    if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
        number = number * 10 + pattern.at(i + 2).digitValue();
        length = 3;
    }
    return {number, length};
}

// QString::arg's rule in one pass: the lowest-numbered placeholder takes the first value, the next
// lowest the second, and so on; a value's own text is never scanned for placeholders.
QString substitute(const QString &pattern, const QStringList &values)
{
    std::vector<int> numbers;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (const auto [number, length] = placeholderAt(pattern, i); number > 0)
            numbers.push_back(number);
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QString text;
    text.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size();) {
        const auto [number, length] = placeholderAt(pattern, i);
        const auto rank = std::find(numbers.begin(), numbers.end(), number) - numbers.begin();
        if (number > 0 && rank < values.size()) {
            text += values.at(rank);
            i += length;
        } else {
            text += pattern.at(i++);
        }
    }
    return text;
}

QJsonArray partsToJson(const std::vector<Phrase> &parts)
{
    QJsonArray array;
    for (const Phrase &part : parts)
        array.append(part.toJson());
    return array;
}

std::vector<Phrase> partsFromJson(const QJsonValue &json)
{
    std::vector<Phrase> parts;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array)
        parts.push_back(Phrase::fromJson(value));
    return parts;
}

} // namespace

Phrase Phrase::translate(const char *context, const char *source, const char *disambiguation, int n)
{
    Phrase phrase;
    phrase.m_kind = Kind::Translated;
    phrase.m_context = context;
    phrase.m_source = QString::fromUtf8(source);
    phrase.m_disambiguation = disambiguation;
    phrase.m_n = n;
    return phrase;
}

Phrase Phrase::verbatim(const QString &text)
{
    Phrase phrase;
    phrase.m_source = text;
    return phrase;
}

Phrase Phrase::joined(const std::vector<Phrase> &parts, const QString &separator)
{
    Phrase phrase;
    phrase.m_kind = Kind::Joined;
    phrase.m_source = separator;
    std::copy_if(parts.begin(), parts.end(), std::back_inserter(phrase.m_parts),
                 [](const Phrase &part) { return !part.isEmpty(); });
    return phrase.m_parts.size() == 1 ? phrase.m_parts.front() : phrase;
}

Phrase Phrase::arg(const Phrase &value) const
{
    Q_ASSERT(m_kind == Kind::Translated);
    Phrase phrase = *this;
    phrase.m_parts.push_back(value);
    return phrase;
}

QString Phrase::text() const
{
    QStringList parts;
    parts.reserve(qsizetype(m_parts.size()));
    for (const Phrase &part : m_parts)
        parts.append(part.text());
    switch (m_kind) {
    case Kind::Verbatim:
        return m_source;
    case Kind::Joined:
        return parts.join(m_source);
    case Kind::Translated:
        break;
    }
    const QString pattern =
        QCoreApplication::translate(m_context.constData(), m_source.toUtf8().constData(),
                                    m_disambiguation.isEmpty() ? nullptr : m_disambiguation.constData(), m_n);
    return parts.isEmpty() ? pattern : substitute(pattern, parts);
}

Phrase Phrase::firstLine() const
{
    if (m_kind == Kind::Joined && m_source == QLatin1String("\n") && !m_parts.empty())
        return m_parts.front().firstLine();
    return *this;
}

bool Phrase::isEmpty() const
{
    if (m_kind == Kind::Joined)
        return std::all_of(m_parts.begin(), m_parts.end(), [](const Phrase &part) { return part.isEmpty(); });
    return m_source.isEmpty();
}

bool operator==(const Phrase &a, const Phrase &b)
{
    return a.m_kind == b.m_kind && a.m_context == b.m_context && a.m_source == b.m_source &&
           a.m_disambiguation == b.m_disambiguation && a.m_n == b.m_n && a.m_parts == b.m_parts;
}

QJsonValue Phrase::toJson() const
{
    switch (m_kind) {
    case Kind::Verbatim:
        return m_source;
    case Kind::Joined:
        return QJsonObject{{QStringLiteral("join"), m_source}, {QStringLiteral("parts"), partsToJson(m_parts)}};
    case Kind::Translated:
        break;
    }
    QJsonObject json{{QStringLiteral("context"), QString::fromUtf8(m_context)}, {QStringLiteral("source"), m_source}};
    if (!m_disambiguation.isEmpty())
        json.insert(QStringLiteral("disambiguation"), QString::fromUtf8(m_disambiguation));
    if (m_n >= 0)
        json.insert(QStringLiteral("n"), m_n);
    if (!m_parts.empty())
        json.insert(QStringLiteral("args"), partsToJson(m_parts));
    return json;
}

Phrase Phrase::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return verbatim(json.toString());
    const QJsonObject object = json.toObject();
    Phrase phrase;
    if (object.contains(QStringLiteral("join"))) {
        phrase.m_kind = Kind::Joined;
        phrase.m_source = object.value(QStringLiteral("join")).toString();
        phrase.m_parts = partsFromJson(object.value(QStringLiteral("parts")));
        return phrase;
    }
    phrase.m_kind = Kind::Translated;
    phrase.m_context = object.value(QStringLiteral("context")).toString().toUtf8();
    phrase.m_source = object.value(QStringLiteral("source")).toString();
    phrase.m_disambiguation = object.value(QStringLiteral("disambiguation")).toString().toUtf8();
    phrase.m_n = object.value(QStringLiteral("n")).toInt(-1);
    phrase.m_parts = partsFromJson(object.value(QStringLiteral("args")));
    return phrase;
}

} // namespace td
