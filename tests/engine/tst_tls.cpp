// The engine over https, against the simulator with a certificate made for this test.

#include "enginefixture.h"
#include "selfsigned.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace td;
using SimMode = td::sim::CallMode;

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { f.reset(); }

    void everyModeOverHttps();
    void resetOnAWarmConnectionIsUnknown();
    void untrustedCertificateFailsBeforeSending();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<EngineFixture> f;
};

void TestTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    // A self-signed certificate for 127.0.0.1, valid for two days.
    test::TestCertificate made;
    QString error;
    QVERIFY2(test::makeSelfSigned(m_dir.path(), QStringLiteral("cert"), QStringLiteral("IP:127.0.0.1"), &made, &error),
             qPrintable(error));
    m_certificate = made.certificate;
    m_key = made.key;
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

void TestTls::init()
{
    // The engine trusts the test's certificate, as a company CA would be trusted.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + QList<QSslCertificate>{m_certificate});
    QSslConfiguration::setDefaultConfiguration(configuration);
    f = std::make_unique<EngineFixture>(
        [this](sim::OrchestratorSimulator *simulator) { QVERIFY(simulator->setTls(m_certificate, m_key)); });
    QCOMPARE(f->sim->baseUrl().scheme(), QStringLiteral("https"));
}

void TestTls::everyModeOverHttps()
{
    const QList<QPair<SimMode, CallMode>> modes{{SimMode::AsyncRequestReply, CallMode::AsyncRequestReply},
                                                {SimMode::FireAndForget, CallMode::FireAndForget},
                                                {SimMode::LongPolling, CallMode::LongPolling}};
    const QList<JobState> expected{JobState::Successful, JobState::Started, JobState::Successful};
    for (qsizetype i = 0; i < modes.size(); ++i) {
        JobRun *run = f->runToEnd(f->trigger(QStringLiteral("t%1").arg(i), modes.at(i).first, modes.at(i).second));
        QCOMPARE(run->state(), expected.at(i));
    }
    QCOMPARE(f->sim->jobCount(), 3);
}

void TestTls::resetOnAWarmConnectionIsUnknown()
{
    // A first call opens and keeps the https connection; the second goes out on it, reaches
    // the server, and the connection drops before the answer. The job may exist: Unknown.
    const TriggerProfile profile = f->trigger(QStringLiteral("warm"), SimMode::FireAndForget, CallMode::FireAndForget);
    QCOMPARE(f->runToEnd(profile)->state(), JobState::Started);
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::dropConnection());
    JobRun *run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("may be running")),
             qPrintable(run->record().error.text()));
    const QList<sim::SimRequest> calls = f->requestsTo(QStringLiteral("/t/"));
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).clientPort, calls.at(0).clientPort); // the same, warm connection
}

void TestTls::untrustedCertificateFailsBeforeSending()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates());
    QSslConfiguration::setDefaultConfiguration(configuration);
    f->engine = std::make_unique<TriggerEngine>(); // managers made after the change
    JobRun *run = f->runToEnd(f->trigger(QStringLiteral("u"), SimMode::FireAndForget, CallMode::FireAndForget));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("secure connection")),
             qPrintable(run->record().error.text()));
    QVERIFY(f->requestsTo(QStringLiteral("/t/")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
