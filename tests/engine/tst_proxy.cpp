// Through a real forward proxy (tinyproxy, started by the test on a loopback port): plain http
// relayed, https tunnelled (CONNECT), credentials asked for (407), the system's proxy read from
// the environment, and loopback never sent through any proxy. The simulator listens on one of
// this machine's other addresses, since a loopback one would bypass the proxy.

#include "enginefixture.h"
#include "forwardproxy.h"
#include "selfsigned.h"

#include <QJsonDocument>
#include <QNetworkInterface>
#include <QScopeGuard>
#include <QSslKey>
#include <QTemporaryDir>

using namespace td;
using namespace td::test;
using SimMode = td::sim::CallMode;

namespace {

// An address of this machine that is not loopback, or a null one.
QHostAddress otherAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

bool relayed(const QStringList &requests, const QString &part)
{
    return std::any_of(requests.cbegin(), requests.cend(), [&](const QString &r) { return r.contains(part); });
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyModeThroughTheProxy();
    void triggerCallIsSentOnceThroughTheProxy_data() { addEveryVerbAndModeRows(); }
    void triggerCallIsSentOnceThroughTheProxy();
    void httpsIsTunnelledWithTheToken();
    void loopbackNeverGoesThroughAProxy();
    void proxyAskingForCredentials();
    void credentialsGivenInTheSessionAnswerIt();
    void systemProxyFromTheEnvironment();

private:
    void startProxy(const ForwardProxy::Options &options = {});
    TriggerProfile viaProxy(const QString &slug, SimMode serverMode, CallMode mode,
                            const QString &verb = QStringLiteral("POST"));

    QHostAddress m_address;
    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<ForwardProxy> m_proxy;
};

void TestProxy::initTestCase()
{
    if (ForwardProxy::binary().isEmpty())
        QFAIL("tinyproxy is not installed: scripts/setup-debian.sh installs it");
    m_address = otherAddress();
    if (m_address.isNull())
        QSKIP("this machine has no address but loopback, and loopback never goes through a proxy");
    qunsetenv("TRIGGERDESK_PROXY_PASSWORD");
}

void TestProxy::cleanup()
{
    if (QTest::currentTestFailed() && m_proxy)
        qInfo("tinyproxy log:\n%s", qPrintable(m_proxy->log().right(4000)));
    f.reset();
    m_proxy.reset();
    qunsetenv("TRIGGERDESK_PROXY_PASSWORD");
    qunsetenv("http_proxy");
}

void TestProxy::startProxy(const ForwardProxy::Options &options)
{
    m_proxy = std::make_unique<ForwardProxy>();
    QString error;
    QVERIFY2(m_proxy->start(options, &error), qPrintable(error));
    if (!f)
        f = std::make_unique<EngineFixture>(std::function<void(sim::OrchestratorSimulator *)>(), m_address);
}

TriggerProfile TestProxy::viaProxy(const QString &slug, SimMode serverMode, CallMode mode, const QString &verb)
{
    TriggerProfile profile = f->trigger(slug, serverMode, mode, 300, verb);
    profile.proxy = m_proxy->url().toString();
    // Plain http beyond loopback: the token goes there only when the profile says so.
    profile.trustedOrigins = {originOf(profile.invokeUrl)};
    return profile;
}

void TestProxy::everyModeThroughTheProxy()
{
    startProxy();
    const QList<std::tuple<SimMode, CallMode, JobState>> cases{
        {SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, JobState::Successful},
        {SimMode::FireAndForget, CallMode::FireAndForget, JobState::Started},
        {SimMode::LongPolling, CallMode::LongPolling, JobState::Successful},
        {SimMode::AsyncRequestReply, CallMode::TriggerDefault, JobState::Successful}};
    int n = 0;
    for (const auto &[serverMode, mode, expected] : cases) {
        JobRun *run = f->runToEnd(viaProxy(QStringLiteral("p%1").arg(n++), serverMode, mode));
        QVERIFY2(run->state() == expected,
                 qPrintable(callModeName(mode) + QStringLiteral(": ") + run->record().error.text()));
        for (const Hop &hop : run->record().hops)
            QCOMPARE(hop.proxy, m_proxy->url().toString());
    }
    // The server saw every request come through the proxy, with the token.
    const QList<sim::SimRequest> seen = f->sim->requests();
    QVERIFY(seen.size() >= 4);
    for (const sim::SimRequest &request : seen) {
        QVERIFY2(request.header("Via").contains("tinyproxy"), qPrintable(request.path));
        QVERIFY(request.hasAuthorization);
    }
    const QStringList relayedRequests = m_proxy->requests();
    QVERIFY2(relayed(relayedRequests, QStringLiteral("POST http://%1:").arg(m_address.toString())),
             qPrintable(relayedRequests.join(QLatin1Char('\n'))));
    QCOMPARE(relayedRequests.size(), seen.size());
}

void TestProxy::triggerCallIsSentOnceThroughTheProxy()
{
    QFETCH(QString, verb);
    QFETCH(int, mode);
    startProxy();
    f->sim->queueFault(sim::FaultTarget::Invoke, sim::Fault::dropAfterCreate());
    JobRun *run = f->runToEnd(viaProxy(QStringLiteral("once"), SimMode::AsyncRequestReply, CallMode(mode), verb));
    QCOMPARE(run->state(), JobState::Unknown);
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 1);
    QCOMPARE(f->sim->jobCount(), 1);
}

void TestProxy::httpsIsTunnelledWithTheToken()
{
    // A certificate for the machine's address, pinned by the profile.
    QTemporaryDir dir;
    TestCertificate made;
    QString error;
    QVERIFY2(
        makeSelfSigned(dir.path(), QStringLiteral("cert"), QStringLiteral("IP:") + m_address.toString(), &made, &error),
        qPrintable(error));
    const QSslCertificate certificate = made.certificate;
    const QSslKey privateKey = made.key;
    f = std::make_unique<EngineFixture>(
        [&](sim::OrchestratorSimulator *simulator) { QVERIFY(simulator->setTls(certificate, privateKey)); }, m_address);
    startProxy();
    for (CallMode mode : {CallMode::AsyncRequestReply, CallMode::LongPolling}) {
        TriggerProfile profile =
            viaProxy(QStringLiteral("tls%1").arg(int(mode)),
                     mode == CallMode::LongPolling ? SimMode::LongPolling : SimMode::AsyncRequestReply, mode);
        profile.tls.pinSha256 = fingerprintText(certificate.digest(QCryptographicHash::Sha256));
        JobRun *run = f->runToEnd(profile);
        QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    }
    const QStringList relayedRequests = m_proxy->requests();
    QVERIFY2(relayed(relayedRequests,
                     QStringLiteral("CONNECT %1:%2").arg(m_address.toString()).arg(f->sim->baseUrl().port())),
             qPrintable(relayedRequests.join(QLatin1Char('\n'))));
    // Only tunnels: the proxy never saw a request in clear, the server got the token.
    QVERIFY(!relayed(relayedRequests, QStringLiteral("POST ")));
    const QList<sim::SimRequest> calls = f->requestsTo(QStringLiteral("/t/"));
    QCOMPARE(calls.size(), 2);
    for (const sim::SimRequest &call : calls)
        QCOMPARE(call.authorization, QByteArrayLiteral("Bearer demo-token"));
}

void TestProxy::loopbackNeverGoesThroughAProxy()
{
    m_proxy = std::make_unique<ForwardProxy>();
    QString error;
    QVERIFY2(m_proxy->start({}, &error), qPrintable(error));
    f = std::make_unique<EngineFixture>(); // on loopback
    TriggerProfile profile =
        f->trigger(QStringLiteral("local"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    profile.proxy = m_proxy->url().toString();
    JobRun *run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::Successful);
    QVERIFY(m_proxy->requests().isEmpty());
    QCOMPARE(run->record().hops.first().proxy, QString());
}

void TestProxy::proxyAskingForCredentials()
{
    startProxy({QStringLiteral("alice"), QStringLiteral("s3cret")});
    QUrl withUser = m_proxy->url();
    withUser.setUserName(QStringLiteral("alice"));
    TriggerProfile profile = viaProxy(QStringLiteral("auth"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    profile.proxy = withUser.toString();
    JobRun *run = f->runToEnd(profile);
    QVERIFY2(run->state() == JobState::Failed, qPrintable(run->record().error.text()));
    QVERIFY2(run->record().error.text().contains(QStringLiteral("asks for credentials (407)")) &&
                 run->record().error.text().contains(QStringLiteral("TRIGGERDESK_PROXY_PASSWORD")),
             qPrintable(run->record().error.text()));
    QCOMPARE(f->sim->jobCount(), 0);

    qputenv("TRIGGERDESK_PROXY_PASSWORD", "s3cret");
    run = f->runToEnd(profile);
    QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    QCOMPARE(f->sim->jobCount(), 1);
    // The password is in no hop and no record.
    QVERIFY(!QJsonDocument(run->record().toJson()).toJson().contains("s3cret"));
}

// What the window's question gives (ProxyCredentials): used for the proxy named by a URL without
// a user and for the system's proxy, over plain http and through a CONNECT tunnel, by the routes
// made after it was given; each hop refused says so (Hop::proxyAuthRequired).
void TestProxy::credentialsGivenInTheSessionAnswerIt()
{
    startProxy({QStringLiteral("alice"), QStringLiteral("s3cret")});
    const QString key = ProxyCredentials::keyOf(m_proxy->url());
    auto forget = qScopeGuard([key] { ProxyCredentials::set(key, {}); });
    TriggerProfile profile = viaProxy(QStringLiteral("given"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    JobRun *run = f->runToEnd(profile);
    QVERIFY2(run->state() == JobState::Failed, qPrintable(run->record().error.text()));
    QVERIFY(run->record().hops.constLast().proxyAuthRequired);
    QCOMPARE(ProxyCredentials::keyOf(QUrl(run->record().hops.constLast().proxy)), key);

    ProxyCredentials::set(key, {QStringLiteral("alice"), QStringLiteral("wrong")});
    run = f->runToEnd(profile);
    QVERIFY2(run->state() == JobState::Failed && run->record().hops.constLast().proxyAuthRequired,
             qPrintable(run->record().error.text()));
    QCOMPARE(f->sim->jobCount(), 0);

    ProxyCredentials::set(key, {QStringLiteral("alice"), QStringLiteral("s3cret")});
    run = f->runToEnd(profile);
    QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    QVERIFY(std::none_of(run->record().hops.cbegin(), run->record().hops.cend(),
                         [](const Hop &hop) { return hop.proxyAuthRequired; }));
    QVERIFY(!QJsonDocument(run->record().toJson()).toJson().contains("s3cret"));

    // The system's proxy (http_proxy without a user) gets them too.
    qputenv("http_proxy", m_proxy->url().toString().toLatin1());
    f->engine = std::make_unique<TriggerEngine>();
    profile.proxy.clear();
    run = f->runToEnd(profile);
    QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    QCOMPARE(run->record().hops.first().proxy, m_proxy->url().toString());
    QCOMPARE(f->sim->jobCount(), 2);
}

void TestProxy::systemProxyFromTheEnvironment()
{
    startProxy();
    qputenv("http_proxy", m_proxy->url().toString().toLatin1());
    f->engine = std::make_unique<TriggerEngine>(); // the system's proxy by default
    TriggerProfile profile = viaProxy(QStringLiteral("system"), SimMode::FireAndForget, CallMode::FireAndForget);
    profile.proxy.clear(); // the application's
    JobRun *run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::Started);
    QCOMPARE(run->record().hops.first().proxy, m_proxy->url().toString());
    QCOMPARE(m_proxy->requests().size(), 1);

    // The application says "none": straight to the server.
    f->engine->setProxy({ProxySetting::Kind::None, {}});
    run = f->runToEnd(profile);
    QCOMPARE(run->state(), JobState::Started);
    QCOMPARE(run->record().hops.first().proxy, QString());
    QCOMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(f->sim->jobCount(), 2);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
