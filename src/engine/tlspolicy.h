#pragma once

// A profile's certificate trust (TlsTrust), read and applied to requests: the extra authorities
// loaded from their PEM file, the pin as a digest. Connections are shared only between requests
// of one trust (TriggerEngine keeps a network manager per key()): Qt reuses a connection for any
// request to the same host on a manager whatever its TLS configuration, so a request of a pinned
// profile could otherwise ride on a connection nobody checked against the pin.

#include "phrase.h"
#include "tlstrust.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QNetworkRequest;

namespace td {

class TlsPolicy
{
public:
    // The trust read: its CA file loaded now. Null, with a sentence in *error, when the file
    // cannot be read or holds no PEM certificate.
    static std::shared_ptr<const TlsPolicy> load(const TlsTrust &trust, QString *error);

    // Requests sharing connections must have the same key; the system's trust alone is "".
    QString key() const { return m_key; }

    // Adds the authorities to the request's TLS configuration.
    void apply(QNetworkRequest *request) const;
    // With a pin: whether the server's certificate is the pinned one. Without: true.
    bool accepts(const QSslCertificate &serverCertificate) const;
    // Whether the handshake may go on despite these errors: only when the server's certificate
    // is the pinned one and every error is about who signed it (self-signed, an authority in no
    // store). An expired certificate, or one for another host, is refused even when pinned.
    bool overrides(const QList<QSslError> &errors, const QSslCertificate &serverCertificate) const;
    // Whether every error is about who signed the certificate (self-signed, an authority in no
    // store): what a pin, or the CA file, may vouch for.
    static bool onlyAboutTheSigner(const QList<QSslError> &errors);

private:
    QList<QSslCertificate> m_authorities;
    QByteArray m_pin;
    QString m_key;
};

// Why a server's certificate was refused, in words, with the certificate itself (subject,
// issuer, validity, SHA-256 fingerprint) and what to do to trust it; it follows "The secure
// connection to HOST failed: ".
Phrase describeCertificateRefusal(const QList<QSslError> &errors, const QSslCertificate &certificate,
                                  const QString &host);
// The server's certificate is not the pinned one.
Phrase describePinMismatch(const QSslCertificate &certificate);

} // namespace td
