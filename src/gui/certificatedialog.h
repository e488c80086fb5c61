#pragma once

#include "jobrecord.h"

#include <QDialog>
#include <QSslCertificate>

namespace td {

// The certificate a server presented when a job refused it for that certificate, shown whole
// (subject, issuer, validity, SHA-256 fingerprint) with the refusal's words. When pinning it
// would let the connection through (see Hop::certificateTrustable), it offers to trust it for
// the job's profile; that button is never the default, and nothing is trusted without it. An
// expired certificate, or one for another host, is shown with no such offer.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // The job's last hop refused for its certificate, or -1 when none was.
    static int refusedHopIndex(const JobRecord &record);
    // Whether trusting the certificate may run the job again: its trigger call itself was refused
    // (nothing reached the server, no job exists). A later refusal (one poll, on one node of a
    // cluster) leaves a job that may exist: never run again without being asked.
    static bool mayRunAgain(const JobRecord &record);

    // hop: one with a certificate (refusedHopIndex). Accepted means "trust it".
    CertificateDialog(const JobRecord &record, const Hop &hop, QWidget *parent = nullptr);

    // "AB:CD:..." of the certificate shown: what the profile pins when it is trusted.
    QString fingerprint() const;

private:
    QSslCertificate m_certificate;
};

} // namespace td
