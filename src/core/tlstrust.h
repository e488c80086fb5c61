#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace td {

// What a profile trusts beyond the system's certificate authorities, for every request it makes
// (trigger call, status polls, output reads, Orchestrator's Jobs API): the authorities in a PEM
// file (an on-premises Orchestrator's private CA), and/or one server certificate pinned by its
// SHA-256 fingerprint. With a pin, a server whose certificate does not match is never sent a
// request, whoever signed it; a pinned certificate is trusted even when no authority vouches for
// it (a self-signed one). Nothing else is ever trusted.
struct TlsTrust
{
    QString caFile;    // path of a PEM file; empty for none
    QString pinSha256; // 64 hex digits, colons and spaces allowed; empty for none

    // The pin as 32 bytes, empty when there is none or it is not 64 hex digits.
    QByteArray pin() const;
    // Problems in what was typed (not whether the file can be read: that is checked at each
    // launch, when it is read), each a sentence a person can act on.
    QStringList validate() const;

    // Members of a profile's (or a credential's) JSON object: "caFile" and "pinSha256", written
    // only when set.
    void writeTo(QJsonObject *json) const;
    static TlsTrust readFrom(const QJsonObject &json);

    bool operator==(const TlsTrust &other) const { return caFile == other.caFile && pinSha256 == other.pinSha256; }
};

// "AB:CD:..." for a fingerprint, as browsers and `openssl x509 -fingerprint -sha256` show it.
QString fingerprintText(const QByteArray &digest);

} // namespace td
