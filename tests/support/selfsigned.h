#pragma once

// A self-signed certificate made for a test run with openssl (EC P-256): for `subjectAltName`
// ("IP:127.0.0.1", "DNS:example.test"; its value is the common name too), valid for `days`. The
// PEM files are written in `directory` as NAME.pem and NAME.key.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

namespace td::test {

struct TestCertificate
{
    QString certificatePath;
    QString keyPath;
    QSslCertificate certificate;
    QSslKey key;
};

inline bool makeSelfSigned(const QString &directory, const QString &name, const QString &subjectAltName,
                           TestCertificate *made, QString *error, int days = 2)
{
    TestCertificate result;
    result.certificatePath = directory + QLatin1Char('/') + name + QStringLiteral(".pem");
    result.keyPath = directory + QLatin1Char('/') + name + QStringLiteral(".key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), result.keyPath, QStringLiteral("-out"), result.certificatePath,
                   QStringLiteral("-days"), QString::number(days), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + subjectAltName.section(QLatin1Char(':'), 1), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + subjectAltName});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl: ") + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    QFile certificate(result.certificatePath);
    QFile key(result.keyPath);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no certificate");
        return false;
    }
    result.certificate = QSslCertificate(certificate.readAll());
    result.key = QSslKey(key.readAll(), QSsl::Ec);
    if (result.certificate.isNull() || result.key.isNull()) {
        *error = QStringLiteral("openssl wrote an unreadable certificate");
        return false;
    }
    *made = result;
    return true;
}

} // namespace td::test
