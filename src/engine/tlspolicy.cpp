#include "tlspolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace td {

namespace {

bool isAboutTheSigner(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QString day(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

Phrase certificateText(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return Phrase::translate("td::Engine",
                             "Its certificate: %1, issued by %2, valid from %3 to %4, SHA-256 fingerprint "
                             "%5.")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName())
        .arg(day(certificate.effectiveDate()), day(certificate.expiryDate()))
        .arg(fingerprintText(certificate.digest(QCryptographicHash::Sha256)));
}

Phrase whyRefused(const QSslError &error, const QSslCertificate &certificate, const QString &host)
{
    if (isAboutTheSigner(error.error()))
        return Phrase::translate("td::Engine", "its certificate is not signed by an authority this computer trusts");
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return Phrase::translate("td::Engine", "its certificate expired on %1").arg(day(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return Phrase::translate("td::Engine", "its certificate is not valid before %1")
            .arg(day(certificate.effectiveDate()));
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        return Phrase::translate("td::Engine", "its certificate is for %1, not for %2")
            .arg(names.join(QStringLiteral(", ")), host);
    }
    case QSslError::CertificateRevoked:
        return Phrase::translate("td::Engine", "its certificate was revoked");
    default:
        return Phrase::verbatim(error.errorString());
    }
}

} // namespace

std::shared_ptr<const TlsPolicy> TlsPolicy::load(const TlsTrust &trust, QString *error)
{
    auto policy = std::make_shared<TlsPolicy>();
    if (!trust.caFile.isEmpty()) {
        QFile file(trust.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("td::Engine", "The CA file %1 cannot be read: %2.")
                         .arg(trust.caFile, file.errorString());
            return nullptr;
        }
        policy->m_authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (policy->m_authorities.isEmpty()) {
            *error =
                QCoreApplication::translate("td::Engine", "The CA file %1 holds no PEM certificate (a block starting "
                                                          "\"-----BEGIN CERTIFICATE-----\").")
                    .arg(trust.caFile);
            return nullptr;
        }
    }
    if (!trust.pinSha256.trimmed().isEmpty()) {
        policy->m_pin = trust.pin();
        if (policy->m_pin.isEmpty()) {
            *error = trust.validate().value(0);
            return nullptr;
        }
    }
    if (!policy->m_authorities.isEmpty() || !policy->m_pin.isEmpty()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QSslCertificate &authority : std::as_const(policy->m_authorities))
            hash.addData(authority.toDer());
        hash.addData(QByteArrayView("pin:"));
        hash.addData(policy->m_pin);
        policy->m_key = QString::fromLatin1(hash.result().toHex());
    }
    return policy;
}

void TlsPolicy::apply(QNetworkRequest *request) const
{
    if (m_authorities.isEmpty())
        return;
    QSslConfiguration configuration = request->sslConfiguration();
    configuration.addCaCertificates(m_authorities);
    request->setSslConfiguration(configuration);
}

bool TlsPolicy::accepts(const QSslCertificate &serverCertificate) const
{
    return m_pin.isEmpty() || serverCertificate.digest(QCryptographicHash::Sha256) == m_pin;
}

bool TlsPolicy::overrides(const QList<QSslError> &errors, const QSslCertificate &serverCertificate) const
{
    return !m_pin.isEmpty() && !serverCertificate.isNull() && accepts(serverCertificate) && onlyAboutTheSigner(errors);
}

bool TlsPolicy::onlyAboutTheSigner(const QList<QSslError> &errors)
{
    return !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(),
                                            [](const QSslError &error) { return isAboutTheSigner(error.error()); });
}

Phrase describeCertificateRefusal(const QList<QSslError> &errors, const QSslCertificate &certificate,
                                  const QString &host)
{
    std::vector<Phrase> reasons;
    for (const QSslError &error : errors) {
        const Phrase reason = whyRefused(error, certificate, host);
        if (std::find(reasons.cbegin(), reasons.cend(), reason) == reasons.cend())
            reasons.push_back(reason);
    }
    // The reasons one after the other ("a; b."), then the certificate, then what to do.
    const Phrase why =
        Phrase::joined({Phrase::joined(reasons, QStringLiteral("; ")), Phrase::verbatim(QStringLiteral("."))}, {});
    const Phrase advice =
        TlsPolicy::onlyAboutTheSigner(errors)
            ? Phrase::translate("td::Engine", "If your company runs its own certificate authority, add its PEM "
                                              "file to the profile (CA file), or pin this fingerprint once your "
                                              "administrator has confirmed it.")
            : Phrase();
    return Phrase::sentences({why, certificateText(certificate), advice});
}

Phrase describePinMismatch(const QSslCertificate &certificate)
{
    return Phrase::sentences(
        {Phrase::translate("td::Engine",
                           "the server did not present the pinned certificate, so nothing was sent to it."),
         certificateText(certificate)});
}

} // namespace td
