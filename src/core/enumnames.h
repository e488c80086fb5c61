#pragma once

#include <QString>

#include <array>
#include <utility>

namespace td {

// A fixed table of an enum's stable names (what files and the command line spell), looked up
// both ways; names compare case-insensitively.
template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char *>, N>;

template <typename Enum, std::size_t N>
QString enumName(const EnumNames<Enum, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
bool enumFromName(const EnumNames<Enum, N> &table, const QString &text, Enum *value)
{
    for (const auto &[key, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *value = key;
            return true;
        }
    }
    return false;
}

} // namespace td
