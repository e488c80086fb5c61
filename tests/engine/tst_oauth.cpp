#include "browsersignin.h"
#include "connectiontest.h"
#include "credentialauth.h"
#include "enginefixture.h"
#include "hostileserver.h"
#include "localports.h"
#include "oauthprovider.h"
#include "residentmemory.h"
#include "scriptedbrowser.h"
#include "secretstore.h"
#include "selfsigned.h"
#include "tlspolicy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <unistd.h>

using namespace td;
using SimMode = td::sim::CallMode;

namespace {

// Counts what would have gone on the wire, and sends nothing.
class CountingManager : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        ++requests;
        QNetworkRequest nowhere(request);
        nowhere.setUrl(QUrl(QStringLiteral("http://127.0.0.1:1/")));
        return QNetworkAccessManager::createRequest(op, nowhere, body);
    }
};

// What the store holds under key, once it answers.
QByteArray stored(SecretStore &store, const QString &key)
{
    QByteArray result;
    QObject context;
    store.read(key, &context, [&result](const QByteArray &secret, const QString &) { result = secret; });
    return result;
}

// A keychain that takes a moment to keep what it is given, as a real one over D-Bus does.
class SlowWritingStore : public MemorySecretStore
{
public:
    void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override
    {
        QTimer::singleShot(
            300, this, [this, key, secret, context, done] { MemorySecretStore::write(key, secret, context, done); });
    }
};

} // namespace

// OAuth client credentials against the simulator's token endpoint.
class TestOAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void launchesEveryModeWithOneToken();
    void refreshesBeforeExpiry();
    void wrongSecretShowsServerMessage();
    void wrongScopeShowsServerMessage();
    void unauthorisedStatusGetRefreshesOnce();
    void revokedTokenIsDroppedAfterATrigger401();
    void defaultIdentityUrl_data();
    void defaultIdentityUrl();
    void webPageFromAWrongIdentityPathSaysSo();
    void credentialReadsItsSecretOnce();
    void expiredPersonalAccessTokenSaysSo_data();
    void expiredPersonalAccessTokenSaysSo();
    void identityServerIsTrustedPerCredential();
    void personSignsInInTheBrowserAndTheSessionRenews();
    void signInCancelledOrFromAnotherStateIsRefused();
    void realBrowserSignsIn();
    void burstOnOneSessionRenewsOnce();
    void renewalRacingAnotherProcessKeepsTheSession();
    void connectionTest_data();
    void connectionTest();
    void connectionTestReadsABoundedAnswer();
    void secretsNeverGoOverPlainHttpToARemoteHost();
    void accessTokenWithLineBreakIsRefused();

private:
    // Starts a sign-in and plays the person in the browser, submitting the sign-in form with this
    // password (or pressing Cancel when it is empty); the sign-in's result.
    QPair<BrowserSignIn::Tokens, QString> signInAs(quint16 port, const QString &password,
                                                   const std::function<QUrl(const QUrl &)> &redirectEdit = {});
    // A person ("ada") signed in with a scripted browser for the credential "Ada", whose session's
    // refresh token is written to store; fails the test when the sign-in does.
    Credential signedInAda(SecretStore *store);
    std::unique_ptr<OAuthClientCredentialsProvider> provider(const QString &secret, const QString &scope);
    // The simulator's identity server: cloud-shaped, like its trigger URLs.
    QUrl identityUrl() const
    {
        return OAuthClientCredentialsProvider::defaultIdentityUrl(f->sim->invokeUrl(QStringLiteral("x")));
    }

    std::unique_ptr<EngineFixture> f;
    QNetworkAccessManager m_manager;
};

void TestOAuth::init()
{
    f = std::make_unique<EngineFixture>();
    f->sim->addClient(QStringLiteral("robot"), QStringLiteral("s3cret"), {QStringLiteral("OR.Jobs")});
    f->sim->setToken(QStringLiteral("static-token-not-used"));
}

void TestOAuth::cleanup()
{
    f.reset();
}

std::unique_ptr<OAuthClientCredentialsProvider> TestOAuth::provider(const QString &secret, const QString &scope)
{
    return std::make_unique<OAuthClientCredentialsProvider>(&m_manager, identityUrl(), QStringLiteral("robot"),
                                                            secret.toUtf8(), scope);
}

void TestOAuth::launchesEveryModeWithOneToken()
{
    auto auth = provider(QStringLiteral("s3cret"), QStringLiteral("OR.Jobs"));
    const QList<QPair<SimMode, CallMode>> modes{{SimMode::AsyncRequestReply, CallMode::AsyncRequestReply},
                                                {SimMode::FireAndForget, CallMode::FireAndForget},
                                                {SimMode::LongPolling, CallMode::LongPolling}};
    QList<JobRun *> runs;
    int i = 0;
    for (const auto &[simMode, mode] : modes) {
        const TriggerProfile profile = f->trigger(QStringLiteral("m%1").arg(i++), simMode, mode, 700);
        runs.append(f->engine->start(profile, {}, auth.get()));
    }
    for (JobRun *run : runs)
        QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(runs.at(0)->state(), JobState::Successful);
    QCOMPARE(runs.at(1)->state(), JobState::Started);
    QCOMPARE(runs.at(2)->state(), JobState::Successful);
    QCOMPARE(f->sim->tokenRequestCount(), 1);
    for (const sim::SimRequest &request : f->sim->requests()) {
        if (request.path.contains(QStringLiteral("connect/token"))) {
            QVERIFY(request.body.contains("grant_type=client_credentials"));
            continue;
        }
        QVERIFY(request.authorization.startsWith("Bearer "));
        QVERIFY(!request.authorization.contains("static-token-not-used"));
    }
}

void TestOAuth::refreshesBeforeExpiry()
{
    // Two-second tokens: a job polling for three seconds needs a fresh one mid-way.
    f->sim->setTokenLifetimeSec(2);
    auto auth = provider(QStringLiteral("s3cret"), QStringLiteral("OR.Jobs"));
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("long"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 3000), {},
        auth.get());
    QVERIFY(EngineFixture::waitForEnd(run, 20000));
    QCOMPARE(run->state(), JobState::Successful);
    QVERIFY(f->sim->tokenRequestCount() >= 2);
    QCOMPARE(run->record().lastHttpStatus(), 200);
    QVERIFY(!statusesOf(run->record()).contains(401));
}

void TestOAuth::wrongSecretShowsServerMessage()
{
    auto auth = provider(QStringLiteral("wrong"), QStringLiteral("OR.Jobs"));
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("x"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply), {}, auth.get());
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("invalid_client")),
             qPrintable(run->record().error.text()));
    QVERIFY(run->record().error.text().contains(QStringLiteral("client id and secret")));
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 0);
}

void TestOAuth::wrongScopeShowsServerMessage()
{
    auto auth = provider(QStringLiteral("s3cret"), QStringLiteral("OR.Everything"));
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("x"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply), {}, auth.get());
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("invalid_scope")),
             qPrintable(run->record().error.text()));
    QVERIFY(run->record().error.text().contains(QStringLiteral("OR.Default"))); // fine-grained applications
}

void TestOAuth::unauthorisedStatusGetRefreshesOnce()
{
    auto auth = provider(QStringLiteral("s3cret"), QStringLiteral("OR.Jobs"));
    f->sim->queueFault(sim::FaultTarget::Status, sim::Fault::serverError(401));
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("x"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply, 600), {}, auth.get());
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(statusesOf(run->record()).count(401), 1);
    QCOMPARE(f->sim->tokenRequestCount(), 2);
}

void TestOAuth::revokedTokenIsDroppedAfterATrigger401()
{
    auto auth = provider(QStringLiteral("s3cret"), QStringLiteral("OR.Jobs"));
    const TriggerProfile profile =
        f->trigger(QStringLiteral("x"), SimMode::FireAndForget, CallMode::FireAndForget, 100, QStringLiteral("GET"));
    JobRun *first = f->engine->start(profile, {}, auth.get());
    QVERIFY(EngineFixture::waitForEnd(first));
    QCOMPARE(first->state(), JobState::Started);
    QCOMPARE(f->sim->tokenRequestCount(), 1);

    // The cached token is revoked: a 401 proves no job was created, so the token is dropped and
    // the call goes once more with a fresh one. One job, not an hour of failed launches.
    f->sim->revokeIssuedTokens();
    JobRun *second = f->engine->start(profile, {}, auth.get());
    QVERIFY(EngineFixture::waitForEnd(second));
    QCOMPARE(second->state(), JobState::Started);
    QCOMPARE(statusesOf(second->record()), (QList<int>{401, 200}));
    QCOMPARE(f->sim->tokenRequestCount(), 2);
    QCOMPARE(f->sim->jobCount(), 2);

    // A token refused again is a refusal: Failed after those two calls, no third.
    f->sim->setTokenLifetimeSec(0);
    f->sim->revokeIssuedTokens();
    JobRun *third = f->engine->start(profile, {}, auth.get());
    QVERIFY(EngineFixture::waitForEnd(third));
    QCOMPARE(third->state(), JobState::Failed);
    QCOMPARE(statusesOf(third->record()), (QList<int>{401, 401}));
    QCOMPARE(f->sim->jobCount(), 2);
}

void TestOAuth::defaultIdentityUrl_data()
{
    QTest::addColumn<QString>("invokeUrl");
    QTest::addColumn<QString>("identityUrl");
    QTest::newRow("Automation Cloud") << QStringLiteral("https://cloud.uipath.com/acme/Default/orchestrator_/t/k/s")
                                      << QStringLiteral("https://cloud.uipath.com/identity_");
    QTest::newRow("Automation Suite") << QStringLiteral("https://rpa.corp.example:8443/acme/Prod/orchestrator_/t/k/s")
                                      << QStringLiteral("https://rpa.corp.example:8443/identity_");
    QTest::newRow("standalone") << QStringLiteral("https://orchestrator.corp.example/t/k/s")
                                << QStringLiteral("https://orchestrator.corp.example/identity");
    QTest::newRow("standalone under a path") << QStringLiteral("https://apps.corp.example/uipath/t/k/s")
                                             << QStringLiteral("https://apps.corp.example/uipath/identity");
}

void TestOAuth::defaultIdentityUrl()
{
    QFETCH(QString, invokeUrl);
    QFETCH(QString, identityUrl);
    QCOMPARE(OAuthClientCredentialsProvider::defaultIdentityUrl(QUrl(invokeUrl)), QUrl(identityUrl));
}

void TestOAuth::webPageFromAWrongIdentityPathSaysSo()
{
    // A standalone Orchestrator's path on this cloud-shaped server: 200 with an HTML page.
    QUrl wrong = f->sim->baseUrl();
    wrong.setPath(QStringLiteral("/identity"));
    OAuthClientCredentialsProvider auth(&m_manager, wrong, QStringLiteral("robot"), "s3cret",
                                        QStringLiteral("OR.Jobs"));
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("x"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply), {}, &auth);
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(
        run->record().error.text().contains(QLatin1String("answered with a web page, not a token: this is not a token "
                                                          "endpoint. Check the identity URL")),
        qPrintable(run->record().error.text()));
    QVERIFY(!run->record().error.text().contains(QLatin1String("refused the client credentials")));
    QVERIFY(!run->record().error.text().contains(QLatin1String("<html")));
    QCOMPARE(f->requestsTo(QStringLiteral("/t/")).size(), 0);
}

void TestOAuth::credentialReadsItsSecretOnce()
{
    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("robot"), Credential::Kind::OAuthClientCredentials);
    credential.clientId = QStringLiteral("robot");
    secrets.write(credential.secretKey(), "s3cret", this, [](const QString &) {});
    CredentialAuthProvider auth(credential, identityUrl(), &secrets, &m_manager);
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("c"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply), {}, &auth);
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(f->sim->tokenRequestCount(), 1);

    // A credential whose secret is gone says so, and nothing is sent.
    Credential missing = Credential::create(QStringLiteral("lost"), Credential::Kind::PersonalAccessToken);
    CredentialAuthProvider lost(missing, QUrl(), &secrets, &m_manager);
    f->sim->clearRequests();
    JobRun *failed = f->engine->start(f->profileFor(QStringLiteral("c"), CallMode::AsyncRequestReply), {}, &lost);
    QVERIFY(EngineFixture::waitForEnd(failed));
    QCOMPARE(failed->state(), JobState::Failed);
    QVERIFY(failed->record().error.text().contains(QStringLiteral("\"lost\" could not be read")));
    QVERIFY(f->sim->requests().isEmpty());
}

// An identity server with a certificate no system authority vouches for (an on-premises one):
// refused in words with its certificate, trusted by the credential's own pin or CA file, and a
// CA file that cannot be read says so before anything is sent.
void TestOAuth::expiredPersonalAccessTokenSaysSo_data()
{
    QTest::addColumn<int>("mode");           // td::CallMode
    QTest::addColumn<bool>("whileWatching"); // refused at a poll, not at the trigger call
    QTest::addColumn<int>("expiresInDays");  // the credential's expiry date from today; 999: none
    QTest::addColumn<bool>("saysExpired");
    for (const auto &[name, mode] :
         {std::pair{"async", CallMode::AsyncRequestReply}, std::pair{"fire and forget", CallMode::FireAndForget},
          std::pair{"long polling", CallMode::LongPolling}}) {
        QTest::addRow("%s, trigger call, expired yesterday", name) << int(mode) << false << -1 << true;
        QTest::addRow("%s, trigger call, expires today", name) << int(mode) << false << 0 << true;
        QTest::addRow("%s, trigger call, expires in 3 days", name) << int(mode) << false << 3 << false;
        QTest::addRow("%s, trigger call, no date", name) << int(mode) << false << 999 << false;
    }
    QTest::newRow("async, status poll, expired yesterday") << int(CallMode::AsyncRequestReply) << true << -1 << true;
    QTest::newRow("long polling, status poll, expired yesterday") << int(CallMode::LongPolling) << true << -1 << true;
    QTest::newRow("async, status poll, no date") << int(CallMode::AsyncRequestReply) << true << 999 << false;
}

void TestOAuth::expiredPersonalAccessTokenSaysSo()
{
    QFETCH(int, mode);
    QFETCH(bool, whileWatching);
    QFETCH(int, expiresInDays);
    QFETCH(bool, saysExpired);
    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("Ops token"), Credential::Kind::PersonalAccessToken);
    if (expiresInDays != 999)
        credential.expiresOn = QDate::currentDate().addDays(expiresInDays);
    secrets.write(credential.secretKey(), "ops-token", this, [](const QString &) {});
    CredentialAuthProvider auth(credential, QUrl(), &secrets, &m_manager);
    // Refused at the trigger call, or accepted there and refused while the job is watched (the
    // token expired during a long job).
    f->sim->setToken(whileWatching ? QStringLiteral("ops-token") : QStringLiteral("another-token"));
    const TriggerProfile profile =
        f->trigger(QStringLiteral("pat"), SimMode::AsyncRequestReply, CallMode(mode), whileWatching ? 5000 : 300);
    JobRun *run = f->engine->start(profile, {}, &auth);
    if (whileWatching) {
        QTRY_VERIFY(run->record().statusUri.isValid());
        f->sim->setToken(QStringLiteral("another-token"));
    }
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), whileWatching ? JobState::Unknown : JobState::Failed);
    QCOMPARE(statusesOf(run->record()).last(), 401);
    const QString reason = run->record().transitions.last().detail.text();
    const QString expired = QStringLiteral("The server refused the token (401). The personal access token of \"Ops "
                                           "token\" expired on %1.")
                                .arg(credential.expiresOn.toString(Qt::ISODate));
    if (saysExpired) {
        QVERIFY2(reason.startsWith(expired), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("Generate a new one in Orchestrator")), qPrintable(reason));
        // What the server said stays in the record, after the reason.
        QVERIFY(run->record().error.text().contains(QLatin1String("(401)")));
    } else {
        QVERIFY2(!reason.contains(QLatin1String("personal access token")), qPrintable(reason));
    }
    QVERIFY(!run->record().error.text().contains(QLatin1String("ops-token")));
}

void TestOAuth::identityServerIsTrustedPerCredential()
{
    QTemporaryDir dir;
    test::TestCertificate self;
    QString error;
    QVERIFY2(
        test::makeSelfSigned(dir.path(), QStringLiteral("identity"), QStringLiteral("IP:127.0.0.1"), &self, &error),
        qPrintable(error));
    sim::OrchestratorSimulator identity;
    QVERIFY(identity.setTls(self.certificate, self.key));
    identity.addClient(QStringLiteral("robot"), QStringLiteral("s3cret"), {QStringLiteral("OR.Jobs")});
    QVERIFY(identity.listen());
    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("on-prem"), Credential::Kind::OAuthClientCredentials);
    credential.clientId = QStringLiteral("robot");
    credential.identityUrl =
        OAuthClientCredentialsProvider::defaultIdentityUrl(identity.invokeUrl(QStringLiteral("x")));
    secrets.write(credential.secretKey(), "s3cret", this, [](const QString &) {});
    const auto fetch = [&](const TlsTrust &trust) {
        Credential c = credential;
        c.tls = trust;
        CredentialAuthProvider auth(c, QUrl(), &secrets, f->engine->identityManager(c.tls, &m_manager));
        bool done = false;
        QPair<QByteArray, QString> result;
        auth.fetchToken(this, [&](const QByteArray &token, const Phrase &why) {
            result = {token, why.text()};
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    };
    const QString fingerprint = fingerprintText(self.certificate.digest(QCryptographicHash::Sha256));

    const auto refused = fetch({});
    QVERIFY(refused.first.isEmpty());
    QVERIFY2(refused.second.contains(QLatin1String("not signed by an authority this computer trusts")) &&
                 refused.second.contains(fingerprint),
             qPrintable(refused.second));
    QCOMPARE(identity.tokenRequestCount(), 0);

    const auto pinned = fetch({QString(), fingerprint});
    QVERIFY2(!pinned.first.isEmpty(), qPrintable(pinned.second));
    const auto byAuthority = fetch({self.certificatePath, QString()}); // self-signed: its own authority
    QVERIFY2(!byAuthority.first.isEmpty(), qPrintable(byAuthority.second));
    QCOMPARE(identity.tokenRequestCount(), 2);

    const auto unreadable = fetch({dir.filePath(QStringLiteral("missing.pem")), QString()});
    QVERIFY(unreadable.first.isEmpty());
    QVERIFY2(unreadable.second.contains(QLatin1String("cannot be read")), qPrintable(unreadable.second));
    QCOMPARE(identity.tokenRequestCount(), 2);
}

QPair<BrowserSignIn::Tokens, QString> TestOAuth::signInAs(quint16 port, const QString &password,
                                                          const std::function<QUrl(const QUrl &)> &redirectEdit)
{
    BrowserSignIn signIn(identityUrl(), QStringLiteral("desk"), QStringLiteral("OR.Jobs offline_access"), port,
                         ProxyRouting(), nullptr);
    QUrl opened;
    std::optional<QPair<BrowserSignIn::Tokens, QString>> result;
    connect(&signIn, &BrowserSignIn::openBrowser, this, [&opened](const QUrl &url) { opened = url; });
    connect(&signIn, &BrowserSignIn::finished, this,
            [&result](const BrowserSignIn::Tokens &tokens, const QString &error) {
                result = {{tokens, error}};
            });
    QString error;
    if (!signIn.start(&error))
        return {{}, error};
    [&opened] { QTRY_VERIFY(opened.isValid()); }();
    const QUrlQuery asked(opened);
    if (asked.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        asked.queryItemValue(QStringLiteral("state")).isEmpty() ||
        asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != BrowserSignIn::redirectUri(port))
        return {{}, QStringLiteral("the authorize URL lacks PKCE, a state or the redirect URI: ") + opened.toString()};
    // The page's form, posted back with the person's name and password, or Cancel.
    const QByteArray page = test::browse(&m_manager, opened)->readAll();
    if (!page.contains("name=\"password\""))
        return {{}, QStringLiteral("no sign-in form: ") + QString::fromUtf8(page)};
    QUrl back = test::submitSignIn(&m_manager, opened,
                                   password.isEmpty() ? QByteArray("cancel=1")
                                                      : "username=ada&password=" + QUrl::toPercentEncoding(password));
    // A stray request to the listener (a browser asks for its icon) is no redirect: ignored.
    test::browse(&m_manager, QUrl(BrowserSignIn::redirectUri(port) + QStringLiteral("favicon.ico")));
    if (redirectEdit)
        back = redirectEdit(back);
    // The browser follows the redirect to TriggerDesk's loopback listener.
    const QByteArray thanks = test::browse(&m_manager, back)->readAll();
    [&result] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    if (!result)
        return {{}, QStringLiteral("the sign-in never ended; the listener said: ") + QString::fromUtf8(thanks)};
    // The listener took its one redirect and closed.
    if (test::listeningOnLoopback(port))
        return {{}, QStringLiteral("the listener is still open")};
    return *result;
}

// A person's sign-in, played in a scripted browser against the simulator's identity server:
// PKCE S256, the loopback redirect, a refresh token; then a job runs on the session, the refresh
// token rotates where it is kept, and a revoked session says to sign in again.
void TestOAuth::personSignsInInTheBrowserAndTheSessionRenews()
{
    const quint16 port = test::freeLoopbackPort();
    f->sim->addPublicClient(QStringLiteral("desk"), {BrowserSignIn::redirectUri(port)}, {QStringLiteral("OR.Jobs")});
    f->sim->addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    const auto [tokens, error] = signInAs(port, QStringLiteral("s3cret!"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!tokens.accessToken.isEmpty() && !tokens.refreshToken.isEmpty());
    QVERIFY(tokens.expiresInSeconds > 3000);

    MemorySecretStore secrets;
    Credential credential = Credential::create(QStringLiteral("Ada"), Credential::Kind::BrowserSignIn);
    credential.clientId = QStringLiteral("desk");
    credential.identityUrl = identityUrl();
    credential.redirectPort = port;
    QVERIFY(credential.validate().isEmpty());
    QCOMPARE(Credential::fromJson(credential.toJson()), credential);
    const auto runWith = [this](const TriggerProfile &profile, AuthProvider *provider) {
        JobRun *started = f->engine->start(profile, {}, provider);
        [started] { QVERIFY(EngineFixture::waitForEnd(started)); }();
        return started;
    };
    CredentialAuthProvider auth(credential, QUrl(), &secrets, &m_manager);
    // Nobody signed in yet: said, and nothing sent.
    JobRun *run =
        runWith(f->trigger(QStringLiteral("p"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply), &auth);
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QLatin1String("Nobody is signed in with \"Ada\"")),
             qPrintable(run->record().error.text()));

    secrets.write(credential.secretKey(), tokens.refreshToken, this, [](const QString &) {});
    CredentialAuthProvider session(credential, QUrl(), &secrets, &m_manager);
    run = runWith(f->profileFor(QStringLiteral("p"), CallMode::AsyncRequestReply), &session);
    QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    // The refresh token was used once and replaced where it is kept.
    QByteArray kept;
    secrets.read(credential.secretKey(), this, [&kept](const QByteArray &secret, const QString &) { kept = secret; });
    QTRY_VERIFY(!kept.isEmpty());
    QVERIFY(kept != tokens.refreshToken);

    // Renewed elsewhere (the CLI, another window): this provider's refresh token was used, and the
    // store holds the new one; the refusal makes it read the store again, and the job runs.
    CredentialAuthProvider elsewhere(credential, QUrl(), &secrets, &m_manager);
    run = runWith(f->profileFor(QStringLiteral("p"), CallMode::AsyncRequestReply), &elsewhere); // renews: R2 -> R3
    QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    QVERIFY(session.invalidateToken()); // its own refresh token, R2, is spent
    run = runWith(f->profileFor(QStringLiteral("p"), CallMode::AsyncRequestReply), &session);
    QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));

    // The identity server ends every session: the next renewal says to sign in again.
    f->sim->revokeRefreshTokens();
    QVERIFY(session.invalidateToken());
    run = runWith(f->profileFor(QStringLiteral("p"), CallMode::AsyncRequestReply), &session);
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QLatin1String("The sign-in has ended")) &&
                 run->record().error.text().contains(QLatin1String("Sign in again")),
             qPrintable(run->record().error.text()));
    QCOMPARE(f->sim->jobCount(), 3);
}

void TestOAuth::signInCancelledOrFromAnotherStateIsRefused()
{
    const quint16 port = test::freeLoopbackPort();
    f->sim->addPublicClient(QStringLiteral("desk"), {BrowserSignIn::redirectUri(port)}, {QStringLiteral("OR.Jobs")});
    f->sim->addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    const auto cancelled = signInAs(port, QString());
    QVERIFY(cancelled.first.accessToken.isEmpty());
    QVERIFY2(cancelled.second.contains(QLatin1String("access_denied")), qPrintable(cancelled.second));
    // A redirect carrying another sign-in's state (a forged one) is refused, never exchanged.
    const int before = f->sim->tokenRequestCount();
    const auto forged = signInAs(port, QStringLiteral("s3cret!"), [](QUrl back) {
        QUrlQuery query(back);
        query.removeQueryItem(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-else"));
        back.setQuery(query);
        return back;
    });
    QVERIFY(forged.first.accessToken.isEmpty());
    QVERIFY2(forged.second.contains(QLatin1String("state did not match")), qPrintable(forged.second));
    QCOMPARE(f->sim->tokenRequestCount(), before);
    // A code that waited past its lifetime is refused at the exchange, and said.
    f->sim->setAuthorizationCodeLifetimeSec(0);
    const auto late = signInAs(port, QStringLiteral("s3cret!"));
    QVERIFY(late.first.accessToken.isEmpty());
    QVERIFY2(late.second.contains(QLatin1String("The authorization code has expired")), qPrintable(late.second));
    // A port taken: said before any browser opens.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const auto busy = signInAs(taken.serverPort(), QStringLiteral("s3cret!"));
    QVERIFY2(busy.second.contains(QLatin1String("is in use")), qPrintable(busy.second));
}

// The sign-in with a real browser, Debian's chromium-headless-shell: its form post to the identity
// server, its redirect to the loopback listener as a browser really sends it (with whatever it
// opens beside it), and the tokens that come of it.
void TestOAuth::realBrowserSignsIn()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-headless-shell"));
    if (chromium.isEmpty())
        QSKIP("chromium-headless-shell is not installed (scripts/setup-debian.sh installs it)");
    const quint16 port = test::freeLoopbackPort();
    f->sim->addPublicClient(QStringLiteral("desk"), {BrowserSignIn::redirectUri(port)}, {QStringLiteral("OR.Jobs")});
    f->sim->addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    f->sim->setAutoSignIn(QStringLiteral("ada")); // the page posts its form itself: nobody types
    BrowserSignIn signIn(identityUrl(), QStringLiteral("desk"), QStringLiteral("OR.Jobs offline_access"), port,
                         ProxyRouting(), nullptr);
    QTemporaryDir browserProfile;
    QProcess browser;
    // Its own process group (Debian's command is a shell script that does not exec), killed whole
    // at the end; its output to a file, so that nothing it leaves behind holds the test's.
    browser.setChildProcessModifier([] { ::setsid(); });
    browser.setStandardOutputFile(QProcess::nullDevice());
    const QString log = browserProfile.filePath(QStringLiteral("chromium.log"));
    browser.setStandardErrorFile(log);
    connect(&signIn, &BrowserSignIn::openBrowser, this, [&](const QUrl &page) {
        // No sandbox: tests may run as root (a fresh Debian root); the pages are the test's own.
        browser.start(chromium,
                      {QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                       QStringLiteral("--no-proxy-server"), QStringLiteral("--no-first-run"),
                       QStringLiteral("--disable-dev-shm-usage"),
                       QStringLiteral("--user-data-dir=") + browserProfile.path(), page.toString(QUrl::FullyEncoded)});
    });
    std::optional<QPair<BrowserSignIn::Tokens, QString>> result;
    connect(&signIn, &BrowserSignIn::finished, this,
            [&result](const BrowserSignIn::Tokens &tokens, const QString &error) {
                result = {{tokens, error}};
            });
    auto stop = qScopeGuard([&browser] {
        if (browser.processId() > 0)
            ::kill(-pid_t(browser.processId()), SIGKILL);
        browser.waitForFinished();
    });
    QString error;
    QVERIFY2(signIn.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value() || browser.state() == QProcess::NotRunning, 60000);
    if (!result) {
        QFile output(log);
        output.open(QIODevice::ReadOnly);
        QFAIL(qPrintable(QStringLiteral("chromium ended before the sign-in did: ") +
                         QString::fromUtf8(output.readAll())));
    }
    QVERIFY2(result->second.isEmpty(), qPrintable(result->second));
    QVERIFY(!result->first.accessToken.isEmpty() && !result->first.refreshToken.isEmpty());
    QVERIFY(!test::listeningOnLoopback(port)); // its one redirect taken, the listener closed
    // The browser posted the form (not a script of ours): the code came from its POST.
    const auto posts = f->requestsTo(QStringLiteral("/identity_/connect/authorize"));
    QVERIFY(std::any_of(posts.cbegin(), posts.cend(),
                        [](const sim::SimRequest &request) { return request.method == QLatin1String("POST"); }));

    // The session's token runs a job.
    StaticTokenProvider session(result->first.accessToken);
    JobRun *run = f->engine->start(
        f->trigger(QStringLiteral("b"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply), {}, &session);
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Successful);
}

Credential TestOAuth::signedInAda(SecretStore *store)
{
    const quint16 port = test::freeLoopbackPort();
    f->sim->addPublicClient(QStringLiteral("desk"), {BrowserSignIn::redirectUri(port)}, {QStringLiteral("OR.Jobs")});
    f->sim->addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    const auto signedIn = signInAs(port, QStringLiteral("s3cret!"));
    if (!signedIn.second.isEmpty()) {
        QTest::qFail(qPrintable(signedIn.second), __FILE__, __LINE__);
        return {};
    }
    Credential credential = Credential::create(QStringLiteral("Ada"), Credential::Kind::BrowserSignIn);
    credential.clientId = QStringLiteral("desk");
    credential.identityUrl = identityUrl();
    credential.redirectPort = port;
    store->write(credential.secretKey(), signedIn.first.refreshToken, this, [](const QString &) {});
    return credential;
}

// Jobs launched together on a person's session ask for a token at the same moment: one renewal
// serves them all (a refresh token serves once, so two would end the session), every time.
void TestOAuth::burstOnOneSessionRenewsOnce()
{
    MemorySecretStore secrets;
    const Credential credential = signedInAda(&secrets);
    if (QTest::currentTestFailed())
        return;
    CredentialAuthProvider session(credential, QUrl(), &secrets, &m_manager);
    const TriggerProfile profile =
        f->trigger(QStringLiteral("burst"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    for (int round = 0; round < 2; ++round) {
        const int renewalsBefore = f->sim->tokenRequestCount();
        QList<JobRun *> runs;
        for (int i = 0; i < 8; ++i)
            runs.append(f->engine->start(profile, {}, &session));
        for (JobRun *run : std::as_const(runs)) {
            QVERIFY(EngineFixture::waitForEnd(run));
            QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
        }
        QCOMPARE(f->sim->tokenRequestCount(), renewalsBefore + 1);
        QVERIFY(session.invalidateToken()); // as after a 401: the next burst renews again
    }
}

// Two processes (the window and the CLI, say) renew one person's session at the same moment with
// the same refresh token: the identity server takes the first and refuses the second (each
// serves once). The one refused finds the other's new refresh token in the store, even though it
// gets there a moment after the refusal, and every job of both runs: nobody is asked to sign in.
void TestOAuth::renewalRacingAnotherProcessKeepsTheSession()
{
    SlowWritingStore keychain;
    const Credential credential = signedInAda(&keychain);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!stored(keychain, credential.secretKey()).isEmpty());
    CredentialAuthProvider window(credential, QUrl(), &keychain, &m_manager);
    CredentialAuthProvider cli(credential, QUrl(), &keychain, &m_manager);
    const TriggerProfile profile =
        f->trigger(QStringLiteral("race"), SimMode::AsyncRequestReply, CallMode::AsyncRequestReply);
    QList<JobRun *> runs;
    for (int i = 0; i < 3; ++i) {
        runs.append(f->engine->start(profile, {}, &window));
        runs.append(f->engine->start(profile, {}, &cli));
    }
    for (JobRun *run : std::as_const(runs)) {
        QVERIFY(EngineFixture::waitForEnd(run));
        QVERIFY2(run->state() == JobState::Successful, qPrintable(run->record().error.text()));
    }
    QVERIFY(!window.needsSignIn() && !cli.needsSignIn());
    // Two renewals with the one refresh token (one refused), and the refused side's with the new one.
    QCOMPARE(f->sim->tokenRequestCount(), 3 + 1); // 1: the sign-in's own code exchange
}

void TestOAuth::connectionTest_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("report");
    QTest::newRow("accepted") << QStringLiteral("s3cret") << true << QStringLiteral("accepts it");
    QTest::newRow("wrong secret") << QStringLiteral("nope") << false << QStringLiteral("invalid_client");
}

void TestOAuth::connectionTest()
{
    QFETCH(QString, secret);
    auto auth = provider(secret, QStringLiteral("OR.Jobs"));
    // The trigger's folder exists: the Jobs API is asked in it, by its key.
    const TriggerProfile profile = f->trigger(QStringLiteral("any"), SimMode::FireAndForget, CallMode::FireAndForget);
    ConnectionTest test(&m_manager, auth.get(), profile.invokeUrl);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(10000));
    QTEST(finished.first().at(0).toBool(), "ok");
    QFETCH(QString, report);
    QVERIFY2(finished.first().at(1).toString().contains(report), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(ConnectionTest::jobsUrlFor(QUrl(QStringLiteral("https://h/o/t/orchestrator_/t/k/s"))),
             QUrl(QStringLiteral("https://h/o/t/orchestrator_/odata/Jobs?$top=1")));
}

void TestOAuth::connectionTestReadsABoundedAnswer()
{
    // A captive portal (or a hostile host) answers with an endless error page: "Test connection"
    // reads what a message needs and stops, its memory bounded; it names the folder by its key.
    test::HostileServer orchestrator;
    QVERIFY(orchestrator.listen());
    orchestrator.on("/o/t/orchestrator_/odata/Jobs", {test::HostileServer::hugeBody(200 * 1024 * 1024)});
    StaticTokenProvider token(QByteArrayLiteral("pat-value"));
    ConnectionTest test(&m_manager, &token,
                        orchestrator.url("/o/t/orchestrator_/t/11111111-2222-4333-8444-555555555555/s"));
    QSignalSpy finished(&test, &ConnectionTest::finished);
    const qint64 before = test::residentBytes();
    QElapsedTimer clock;
    clock.start();
    test.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(test::residentBytes() - before < 32 * 1024 * 1024,
             qPrintable(QString::number((test::residentBytes() - before) / 1024)));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(orchestrator.requests().constLast().header("X-UIPATH-FolderKey"),
             QByteArray("11111111-2222-4333-8444-555555555555"));
}

void TestOAuth::secretsNeverGoOverPlainHttpToARemoteHost()
{
    CountingManager manager;
    // The client secret: an identity server reached over plain http.
    OAuthClientCredentialsProvider oauth(&manager, QUrl(QStringLiteral("http://identity.example/identity_")),
                                         QStringLiteral("robot"), "s3cret", QStringLiteral("OR.Jobs"));
    QString error;
    bool called = false;
    oauth.fetchToken(this, [&](const QByteArray &, const Phrase &message) {
        called = true;
        error = message.text();
    });
    QTRY_VERIFY(called);
    QVERIFY2(error.contains(QStringLiteral("plain http")), qPrintable(error));
    QCOMPARE(manager.requests, 0);

    // The token: "Test connection" against an Orchestrator reached over plain http.
    StaticTokenProvider token(QByteArrayLiteral("pat-value"));
    ConnectionTest test(&manager, &token, QUrl(QStringLiteral("http://orchestrator.example/o/t/orchestrator_/t/k/s")));
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("plain http")),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(manager.requests, 0);
}

void TestOAuth::accessTokenWithLineBreakIsRefused()
{
    test::HostileServer identity;
    QVERIFY(identity.listen());
    identity.on("/identity_/connect/token",
                {test::HostileServer::json(
                    200, R"({"access_token":"abc\r\nX-Injected: yes","expires_in":3600,"token_type":"Bearer"})")});
    OAuthClientCredentialsProvider oauth(&m_manager, identity.url("/identity_"), QStringLiteral("robot"), "s3cret",
                                         QStringLiteral("OR.Jobs"));
    JobRun *run = f->engine->start(f->profileFor(QStringLiteral("x"), CallMode::FireAndForget), {}, &oauth);
    QVERIFY(EngineFixture::waitForEnd(run));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QStringLiteral("control character")),
             qPrintable(run->record().error.text()));
    QVERIFY(f->sim->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
