#include "tlstrust.h"

#include <QCoreApplication>

namespace td {

QByteArray TlsTrust::pin() const
{
    QByteArray hex;
    for (const QChar c : pinSha256) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char l = c.toLatin1(); // 0 for anything beyond Latin-1
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f') || (l >= 'A' && l <= 'F')))
            return {};
        hex += l;
    }
    return hex.size() == 64 ? QByteArray::fromHex(hex) : QByteArray();
}

QStringList TlsTrust::validate() const
{
    QStringList problems;
    if (!pinSha256.trimmed().isEmpty() && pin().isEmpty())
        problems.append(QCoreApplication::translate("td::TlsTrust",
                                                    "The pinned certificate fingerprint must be a SHA-256 "
                                                    "fingerprint: 64 hexadecimal digits (colons allowed)."));
    return problems;
}

void TlsTrust::writeTo(QJsonObject *json) const
{
    if (!caFile.isEmpty())
        json->insert(QStringLiteral("caFile"), caFile);
    if (!pinSha256.isEmpty())
        json->insert(QStringLiteral("pinSha256"), pinSha256);
}

TlsTrust TlsTrust::readFrom(const QJsonObject &json)
{
    return {json.value(QStringLiteral("caFile")).toString(), json.value(QStringLiteral("pinSha256")).toString()};
}

QString fingerprintText(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace td
