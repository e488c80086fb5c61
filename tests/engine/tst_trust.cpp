// A profile's certificate trust, against the simulator serving https with certificates made for
// this test: a private certificate authority (as an on-premises Orchestrator has), a server
// certificate it signed, one for another host, one expired, and a self-signed one. The system's
// authorities trust none of them.

#include "enginefixture.h"
#include "joblookup.h"
#include "selfsigned.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

using namespace td;
using SimMode = td::sim::CallMode;

namespace {

struct Pem
{
    QSslCertificate certificate;
    QSslKey key;
};

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { f.reset(); }

    void privateAuthorityUntrustedSaysWhyAndShowsTheCertificate();
    void caFileTrustsItForEveryRequestOfEveryMode();
    void caFileTrustStaysWithItsProfile();
    void pinAcceptsASelfSignedServer();
    void pinRefusesAnyOtherCertificateEvenATrustedOne();
    void pinNeverExcusesAnExpiredOrWrongHostCertificate();
    void unreadableCaFileFailsBeforeAnyRequest();
    void lookupUsesTheProfilesTrust();

private:
    bool openssl(const QStringList &arguments);
    Pem signedCertificate(const QString &name, const QString &subjectAltName, const QString &days);
    void serve(const Pem &pem);
    TriggerProfile profile(const QString &slug, CallMode mode, const TlsTrust &tls);
    static QByteArray sha256(const QSslCertificate &certificate)
    {
        return certificate.digest(QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
    QString m_caFile;
    Pem m_ca;
    Pem m_server;    // 127.0.0.1, signed by the CA
    Pem m_otherHost; // example.test, signed by the CA
    Pem m_expired;   // 127.0.0.1, signed by the CA, expired
    Pem m_selfSigned;
    std::unique_ptr<EngineFixture> f;
};

bool TestTrust::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

static Pem readPem(const QString &certificatePath, const QString &keyPath)
{
    QFile certificate(certificatePath);
    QFile key(keyPath);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return Pem();
    return {QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Ec)};
}

Pem TestTrust::signedCertificate(const QString &name, const QString &subjectAltName, const QString &days)
{
    const QString ext = m_dir.filePath(name + QStringLiteral(".ext"));
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly) ||
        extFile.write(QStringLiteral("subjectAltName=%1\n").arg(subjectAltName).toUtf8()) <= 0)
        return Pem();
    extFile.close();
    if (!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + subjectAltName.section(QLatin1Char(':'), 1)}) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                  QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                  QStringLiteral("-days"), days, QStringLiteral("-extfile"), ext}))
        return Pem();
    return readPem(m_dir.filePath(name + QStringLiteral(".pem")), m_dir.filePath(name + QStringLiteral(".key")));
}

void TestTrust::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    // Only the system's authorities, whatever another test of this process set.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates());
    QSslConfiguration::setDefaultConfiguration(configuration);

    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                     QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=TriggerDesk Test CA"), QStringLiteral("-addext"),
                     QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    m_ca = readPem(m_caFile, m_dir.filePath(QStringLiteral("ca.key")));
    m_server = signedCertificate(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("2"));
    m_otherHost = signedCertificate(QStringLiteral("other"), QStringLiteral("DNS:example.test"), QStringLiteral("2"));
    // Valid until the second it was made.
    m_expired = signedCertificate(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("0"));
    test::TestCertificate self;
    QString error;
    QVERIFY2(test::makeSelfSigned(m_dir.path(), QStringLiteral("self"), QStringLiteral("IP:127.0.0.1"), &self, &error),
             qPrintable(error));
    m_selfSigned = {self.certificate, self.key};
    for (const Pem *pem : {&m_ca, &m_server, &m_otherHost, &m_expired, &m_selfSigned})
        QVERIFY(!pem->certificate.isNull() && !pem->key.isNull());
}

void TestTrust::serve(const Pem &pem)
{
    f = std::make_unique<EngineFixture>(
        [&pem](sim::OrchestratorSimulator *simulator) { QVERIFY(simulator->setTls(pem.certificate, pem.key)); });
    QCOMPARE(f->sim->baseUrl().scheme(), QStringLiteral("https"));
}

TriggerProfile TestTrust::profile(const QString &slug, CallMode mode, const TlsTrust &tls)
{
    const SimMode serverMode = mode == CallMode::FireAndForget ? SimMode::FireAndForget
                               : mode == CallMode::LongPolling ? SimMode::LongPolling
                                                               : SimMode::AsyncRequestReply;
    TriggerProfile p = f->trigger(slug, serverMode, mode);
    p.tls = tls;
    return p;
}

void TestTrust::privateAuthorityUntrustedSaysWhyAndShowsTheCertificate()
{
    serve(m_server);
    JobRun *run = f->runToEnd(profile(QStringLiteral("plain"), CallMode::AsyncRequestReply, {}));
    QCOMPARE(run->state(), JobState::Failed);
    const QString error = run->record().error.text();
    for (const QString &part : {QStringLiteral("not signed by an authority this computer trusts"),
                                QStringLiteral("127.0.0.1, issued by TriggerDesk Test CA"),
                                fingerprintText(sha256(m_server.certificate)), QStringLiteral("CA file")})
        QVERIFY2(error.contains(part), qPrintable(part + QStringLiteral(" not in: ") + error));
    QVERIFY(f->requestsTo(QStringLiteral("/t/")).isEmpty());
}

void TestTrust::caFileTrustsItForEveryRequestOfEveryMode()
{
    serve(m_server);
    const TlsTrust trust{m_caFile, QString()};
    const QList<QPair<CallMode, JobState>> cases{{CallMode::AsyncRequestReply, JobState::Successful},
                                                 {CallMode::FireAndForget, JobState::Started},
                                                 {CallMode::LongPolling, JobState::Successful},
                                                 {CallMode::TriggerDefault, JobState::Successful}};
    for (const auto &[mode, expected] : cases) {
        JobRun *run = f->runToEnd(profile(QStringLiteral("ca-%1").arg(int(mode)), mode, trust));
        QVERIFY2(run->state() == expected,
                 qPrintable(callModeName(mode) + QStringLiteral(": ") + run->record().error.text()));
    }
    QCOMPARE(f->sim->jobCount(), 4);
    // Trigger calls, status polls, long polls and output reads all went through.
    QVERIFY(!f->requestsTo(QStringLiteral("/status/")).isEmpty() || !f->requestsTo(QStringLiteral("/jobs/")).isEmpty());
}

void TestTrust::caFileTrustStaysWithItsProfile()
{
    // A job of the profile with the CA file leaves a warm connection to the server; a profile
    // without it must not ride on that connection: it is refused as if alone.
    serve(m_server);
    QCOMPARE(f->runToEnd(profile(QStringLiteral("with"), CallMode::FireAndForget, {m_caFile, QString()}))->state(),
             JobState::Started);
    JobRun *without = f->runToEnd(profile(QStringLiteral("without"), CallMode::FireAndForget, {}));
    QCOMPARE(without->state(), JobState::Failed);
    QVERIFY2(without->record().error.text().contains(QStringLiteral("not signed by an authority")),
             qPrintable(without->record().error.text()));
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 1);
}

void TestTrust::pinAcceptsASelfSignedServer()
{
    serve(m_selfSigned);
    const TlsTrust pinned{QString(), fingerprintText(sha256(m_selfSigned.certificate))};
    JobRun *run = f->runToEnd(profile(QStringLiteral("pinned"), CallMode::AsyncRequestReply, pinned));
    QCOMPARE(run->state(), JobState::Successful);
    // Lower case without colons reads the same.
    const TlsTrust bare{QString(), QString::fromLatin1(sha256(m_selfSigned.certificate).toHex())};
    QCOMPARE(f->runToEnd(profile(QStringLiteral("bare"), CallMode::LongPolling, bare))->state(), JobState::Successful);
}

void TestTrust::pinRefusesAnyOtherCertificateEvenATrustedOne()
{
    // The server's chain is trusted through the CA file, but its certificate is not the pinned
    // one: nothing is sent, whatever the verb and mode.
    serve(m_server);
    const TlsTrust wrongPin{m_caFile, fingerprintText(sha256(m_selfSigned.certificate))};
    for (CallMode mode : {CallMode::AsyncRequestReply, CallMode::FireAndForget, CallMode::LongPolling}) {
        JobRun *run = f->runToEnd(profile(QStringLiteral("wrong-%1").arg(int(mode)), mode, wrongPin));
        QCOMPARE(run->state(), JobState::Failed);
        QVERIFY2(run->record().error.text().contains(QStringLiteral("did not present the pinned certificate")),
                 qPrintable(run->record().error.text()));
        QVERIFY2(run->record().error.text().contains(fingerprintText(sha256(m_server.certificate))),
                 qPrintable(run->record().error.text()));
    }
    // A self-signed server with the pin of another certificate: refused too.
    serve(m_selfSigned);
    JobRun *run = f->runToEnd(profile(QStringLiteral("self"), CallMode::FireAndForget,
                                      {QString(), fingerprintText(sha256(m_server.certificate))}));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY(f->requestsTo(QStringLiteral("/t/")).isEmpty());
}

void TestTrust::pinNeverExcusesAnExpiredOrWrongHostCertificate()
{
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > m_expired.certificate.expiryDate(), 5000);
    serve(m_expired);
    JobRun *run = f->runToEnd(profile(QStringLiteral("expired"), CallMode::FireAndForget,
                                      {m_caFile, fingerprintText(sha256(m_expired.certificate))}));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(
                 QStringLiteral("its certificate expired on %1")
                     .arg(m_expired.certificate.expiryDate().toString(QStringLiteral("yyyy-MM-dd")))),
             qPrintable(run->record().error.text()));

    serve(m_otherHost);
    run = f->runToEnd(profile(QStringLiteral("host"), CallMode::FireAndForget,
                              {m_caFile, fingerprintText(sha256(m_otherHost.certificate))}));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(
        run->record().error.text().contains(QStringLiteral("its certificate is for example.test, not for 127.0.0.1")),
        qPrintable(run->record().error.text()));
    QVERIFY(f->requestsTo(QStringLiteral("/t/")).isEmpty());
}

void TestTrust::unreadableCaFileFailsBeforeAnyRequest()
{
    serve(m_server);
    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    JobRun *run = f->runToEnd(profile(QStringLiteral("missing"), CallMode::AsyncRequestReply, {missing, QString()}));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("The CA file %1 cannot be read").arg(missing)),
             qPrintable(run->record().error.text()));
    const QString garbage = m_dir.filePath(QStringLiteral("server.ext")); // not a certificate
    run = f->runToEnd(profile(QStringLiteral("garbage"), CallMode::AsyncRequestReply, {garbage, QString()}));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("holds no PEM certificate")),
             qPrintable(run->record().error.text()));
    QVERIFY(run->record().hops.isEmpty());
    QVERIFY(f->sim->requests().isEmpty());
}

void TestTrust::lookupUsesTheProfilesTrust()
{
    // "Check in Orchestrator" asks the Jobs API with the profile's trust too.
    serve(m_server);
    const TriggerProfile trusted = profile(QStringLiteral("look"), CallMode::FireAndForget, {m_caFile, QString()});
    JobRun *run = f->runToEnd(trusted);
    QCOMPARE(run->state(), JobState::Started);
    JobLookup lookup(f->engine.get(), f->auth.get(), run->record());
    QSignalSpy found(&lookup, &JobLookup::finished);
    lookup.start();
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(2).toString(), QString());
    QCOMPARE(found.first().at(0).value<QList<OrchestratorJob>>().size(), 1);

    JobRecord untrusted = run->record();
    untrusted.profile.tls = {};
    JobLookup refused(f->engine.get(), f->auth.get(), untrusted);
    QSignalSpy refusedFound(&refused, &JobLookup::finished);
    refused.start();
    QVERIFY(refusedFound.wait(10000));
    QVERIFY2(refusedFound.first().at(2).toString().contains(QStringLiteral("not signed by an authority")),
             qPrintable(refusedFound.first().at(2).toString()));
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
