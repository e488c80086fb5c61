#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <type_traits>
#include <vector>

namespace td {

// Words for a person, kept as they were composed rather than as text: our own sentence (its
// source text and translation context, its count for %n, its arguments, which may be phrases
// themselves), words that are not ours to translate (a server's message, a URL, Qt's error
// text), or phrases one after the other. It is worded when shown, in the language current then:
// a job kept in the history reads in today's language, not in the one it ended in.
class Phrase
{
public:
    Phrase() = default;
    // Our sentence, as QCoreApplication::translate takes it (lupdate finds these calls too).
    static Phrase translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    // Words shown as they are.
    static Phrase verbatim(const QString &text);
    // The parts that are not empty, separated: one per line, one sentence after the other.
    static Phrase joined(const std::vector<Phrase> &parts, const QString &separator);
    static Phrase lines(const std::vector<Phrase> &parts) { return joined(parts, QStringLiteral("\n")); }
    static Phrase sentences(const std::vector<Phrase> &parts) { return joined(parts, QStringLiteral(" ")); }

    // The next argument of our sentence, as QString::arg: %1 takes the first given, %2 the second...
    Phrase arg(const Phrase &value) const;
    Phrase arg(const QString &value) const { return arg(verbatim(value)); }
    Phrase arg(const QString &first, const QString &second) const { return arg(first).arg(second); }
    template <typename Integer, std::enable_if_t<std::is_integral_v<Integer>, bool> = true>
    Phrase arg(Integer value) const
    {
        return arg(QString::number(value));
    }

    // The words in the current language.
    QString text() const;
    // The first line (the first of lines(), else the whole phrase), as a phrase; and the first line
    // of the words, for a place that shows one line (one of ours may hold a line break itself).
    Phrase firstLine() const;
    QString firstLineText() const { return text().section(QLatin1Char('\n'), 0, 0); }
    bool isEmpty() const;
    // Not one of ours: nothing to translate, nothing to compose.
    bool isVerbatim() const { return m_kind == Kind::Verbatim; }

    friend bool operator==(const Phrase &a, const Phrase &b);
    friend bool operator!=(const Phrase &a, const Phrase &b) { return !(a == b); }

    // A verbatim phrase is its string (as records kept their words before phrases); else an
    // object: {"context", "source", "n", "args"} for ours, {"join", "parts"} for a sequence.
    QJsonValue toJson() const;
    static Phrase fromJson(const QJsonValue &json);

private:
    enum class Kind
    {
        Verbatim,
        Translated,
        Joined
    };
    Kind m_kind = Kind::Verbatim;
    QByteArray m_context;
    QString m_source; // the text, the untranslated source, or the separator of a sequence
    QByteArray m_disambiguation;
    int m_n = -1;
    std::vector<Phrase> m_parts; // the arguments, or the parts of a sequence
};

} // namespace td
