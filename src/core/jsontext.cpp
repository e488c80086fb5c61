#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td::jsontext {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isStructural(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',';
}

// The end of the string token that starts at `at` (on its opening quote): one past its closing quote.
qsizetype stringEnd(const QByteArray &json, qsizetype at)
{
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return json.size();
}

// Walks the tokens of a document: structural characters one by one, strings and other scalars
// whole, whitespace skipped.
class Tokens
{
public:
    explicit Tokens(const QByteArray &json) : m_json(json) {}

    bool atEnd()
    {
        skipSpace();
        return m_at >= m_json.size();
    }
    char peek()
    {
        skipSpace();
        return m_at < m_json.size() ? m_json.at(m_at) : '\0';
    }
    QByteArray next()
    {
        skipSpace();
        if (m_at >= m_json.size())
            return {};
        const char c = m_json.at(m_at);
        qsizetype end = m_at + 1;
        if (c == '"') {
            end = stringEnd(m_json, m_at);
        } else if (!isStructural(c)) {
            while (end < m_json.size() && !isSpace(m_json.at(end)) && !isStructural(m_json.at(end)))
                ++end;
        }
        const QByteArray token = m_json.mid(m_at, end - m_at);
        m_at = end;
        return token;
    }

private:
    void skipSpace()
    {
        while (m_at < m_json.size() && isSpace(m_json.at(m_at)))
            ++m_at;
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
};

// A scalar token decoded by Qt's own parser (strings with every escape, numbers, literals).
QJsonValue scalarOf(const QByteArray &token)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray('[' + token + ']'));
    return wrapped.isArray() && wrapped.array().size() == 1 ? wrapped.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

class TreeReader
{
public:
    TreeReader(const QByteArray &json, int maxNodes) : m_tokens(json), m_budget(maxNodes) {}

    bool read(Node *node)
    {
        if (m_budget-- <= 0)
            m_truncated = true;
        const QByteArray token = m_tokens.next();
        if (token == "{" || token == "[") {
            const bool object = token == "{";
            node->kind = object ? Node::Kind::Object : Node::Kind::Array;
            const char close = object ? '}' : ']';
            if (m_tokens.peek() == close) {
                m_tokens.next();
                return true;
            }
            for (int index = 0;; ++index) {
                Node child;
                if (object) {
                    const QJsonValue key = scalarOf(m_tokens.next());
                    if (!key.isString() || m_tokens.next() != ":")
                        return false;
                    child.key = key.toString();
                } else {
                    child.key = QStringLiteral("[%1]").arg(index);
                }
                if (!read(&child))
                    return false;
                if (!m_truncated)
                    node->children.append(child);
                const QByteArray separator = m_tokens.next();
                if (separator.size() == 1 && separator.at(0) == close)
                    return true;
                if (separator != ",")
                    return false;
            }
        }
        node->kind = Node::Kind::Scalar;
        node->scalar = scalarOf(token);
        return !node->scalar.isUndefined();
    }

    bool atEnd() { return m_tokens.atEnd(); }
    bool truncated() const { return m_truncated; }

private:
    Tokens m_tokens;
    int m_budget;
    bool m_truncated = false;
};

} // namespace

QByteArray compact(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    Tokens tokens(json);
    while (!tokens.atEnd())
        out += tokens.next();
    return out;
}

QByteArray indented(const QByteArray &json, int indent)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    Tokens tokens(json);
    int depth = 0;
    const auto newline = [&] { out += '\n' + QByteArray(depth * indent, ' '); };
    while (!tokens.atEnd()) {
        const QByteArray token = tokens.next();
        if (token == "{" || token == "[") {
            out += token;
            const char close = token == "{" ? '}' : ']';
            if (tokens.peek() == close) {
                out += tokens.next(); // {} and [] stay on one line
                continue;
            }
            ++depth;
            newline();
        } else if (token == "}" || token == "]") {
            --depth;
            newline();
            out += token;
        } else if (token == ",") {
            out += ',';
            newline();
        } else if (token == ":") {
            out += ": ";
        } else {
            out += token;
        }
    }
    return out + '\n';
}

std::optional<Node> tree(const QByteArray &json, int maxNodes, bool *truncated)
{
    TreeReader reader(json, maxNodes);
    Node root;
    if (!reader.read(&root) || !reader.atEnd())
        return std::nullopt;
    if (truncated)
        *truncated = reader.truncated();
    return root;
}

} // namespace td::jsontext
