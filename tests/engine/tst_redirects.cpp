#include "authprovider.h"
#include "jobrun.h"
#include "triggerengine.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace td;

namespace {

// A canned answer, finished on the next event-loop turn like a real reply; status 0 never
// answers. abort() ends it as Qt's does: OperationCanceledError, errorOccurred, finished.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, int status,
              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, QObject *parent)
        : QNetworkReply(parent), m_body(body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
        if (status == 0)
            return;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const auto &[name, value] : headers)
            setRawHeader(name, value);
        QTimer::singleShot(0, this, [this] {
            if (isFinished())
                return;
            emit metaDataChanged();
            emit readyRead();
            setFinished(true);
            emit finished();
        });
    }

    static inline int aborted = 0;

    void abort() override
    {
        if (isFinished())
            return;
        ++aborted;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_offset);
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

struct Canned
{
    int status;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Answers by URL and records what each request carried.
class FakeManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    QHash<QString, Canned> answers;
    QList<QNetworkRequest> seen;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *) override
    {
        seen.append(request);
        const Canned canned = answers.value(request.url().toString(), {404, {}});
        return new FakeReply(request, op, canned.status, canned.headers, QByteArrayLiteral("{}"), this);
    }
};

} // namespace

class TestRedirects : public QObject
{
    Q_OBJECT

private slots:
    void httpsToHttpIsRefused();
    void crossOriginHttpsGetsNoToken();
    void everyRequestUsesManualRedirects();
    void noTokenOverPlainHttpUnlessTrusted();
    void plainHttpLoopbackIsDecidedFromTheAddress_data();
    void plainHttpLoopbackIsDecidedFromTheAddress();
    void secretsInUrlsAreRedacted();
    void tokenWithLineBreakIsRefused();
    void stoppingAbortsTheRequestInFlight();

private:
    JobRun *runWith(FakeManager **manager, const TriggerProfile &profile, const QHash<QString, Canned> &answers);

    StaticTokenProvider m_auth{QByteArrayLiteral("s3cret-token")};
    QList<FakeManager *> m_managers; // owned by the engine
    std::unique_ptr<TriggerEngine> m_engine;
};

JobRun *TestRedirects::runWith(FakeManager **manager, const TriggerProfile &profile,
                               const QHash<QString, Canned> &answers)
{
    m_engine.reset();
    m_managers.clear();
    // The engine makes managers later too (long polls): what the factory captures must outlive it.
    m_engine = std::make_unique<TriggerEngine>(nullptr, [this, answers](QObject *parent) {
        auto *fake = new FakeManager(parent);
        fake->answers = answers;
        m_managers.append(fake);
        return fake;
    });
    JobRun *run = m_engine->start(profile, {}, &m_auth);
    QSignalSpy finished(run, &JobRun::finished);
    if (!finished.wait(5000))
        return nullptr;
    *manager = m_managers.first();
    return run;
}

static TriggerProfile httpsProfile(CallMode mode)
{
    TriggerProfile profile;
    profile.name = QStringLiteral("p");
    profile.invokeUrl = QUrl(QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s"));
    profile.mode = mode;
    profile.pollIntervalMs = 250;
    return profile;
}

void TestRedirects::httpsToHttpIsRefused()
{
    FakeManager *manager = nullptr;
    JobRun *run = runWith(&manager, httpsProfile(CallMode::AsyncRequestReply),
                          {{QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s"),
                            {202, {{"Location", "http://cloud.example/status/1"}}}}});
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Unknown);
    QVERIFY(run->record().error.text().contains(QStringLiteral("https to plain http")));
    QCOMPARE(manager->seen.size(), 1);
}

void TestRedirects::crossOriginHttpsGetsNoToken()
{
    FakeManager *manager = nullptr;
    JobRun *run = runWith(&manager, httpsProfile(CallMode::AsyncRequestReply),
                          {{QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s"),
                            {202, {{"Location", "https://elsewhere.example/status/1"}}}},
                           {QStringLiteral("https://elsewhere.example/status/1"),
                            {303, {{"Location", "https://cloud.example/output/1"}}}},
                           {QStringLiteral("https://cloud.example/output/1"), {200, {}}}});
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Successful);
    QCOMPARE(manager->seen.size(), 3);
    QCOMPARE(manager->seen.at(0).rawHeader("Authorization"), QByteArray("Bearer s3cret-token"));
    QVERIFY(!manager->seen.at(1).hasRawHeader("Authorization"));
    QCOMPARE(manager->seen.at(2).rawHeader("Authorization"), QByteArray("Bearer s3cret-token"));
    // The hop timeline says where the token went and never holds it.
    QVERIFY(run->record().hops.at(0).tokenSent);
    QVERIFY(!run->record().hops.at(1).tokenSent);
    QVERIFY(!QJsonDocument(run->record().toJson()).toJson().contains("s3cret-token"));
}

void TestRedirects::everyRequestUsesManualRedirects()
{
    FakeManager *manager = nullptr;
    JobRun *run =
        runWith(&manager, httpsProfile(CallMode::AsyncRequestReply),
                {{QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s"), {202, {{"Location", "/status/1"}}}},
                 {QStringLiteral("https://cloud.example/status/1"), {302, {{"Location", "/output/1"}}}},
                 {QStringLiteral("https://cloud.example/output/1"), {200, {}}}});
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Successful);
    for (const QNetworkRequest &request : manager->seen) {
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }
}

void TestRedirects::noTokenOverPlainHttpUnlessTrusted()
{
    TriggerProfile profile = httpsProfile(CallMode::FireAndForget);
    profile.invokeUrl = QUrl(QStringLiteral("http://orchestrator.example/o/t/orchestrator_/t/k/s"));
    const QHash<QString, Canned> answers{{profile.invokeUrl.toString(), {200, {}}}};
    FakeManager *manager = nullptr;
    JobRun *run = runWith(&manager, profile, answers);
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY(run->record().error.text().contains(QStringLiteral("plain http")));
    QVERIFY(manager->seen.isEmpty());

    profile.trustedOrigins = {QStringLiteral("http://orchestrator.example")};
    run = runWith(&manager, profile, answers);
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Started);
    QCOMPARE(manager->seen.size(), 1);
    QCOMPARE(manager->seen.first().rawHeader("Authorization"), QByteArray("Bearer s3cret-token"));
}

void TestRedirects::plainHttpLoopbackIsDecidedFromTheAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("127.evil.example") << QStringLiteral("127.evil.example") << false;
    QTest::newRow("localhost.evil.example") << QStringLiteral("localhost.evil.example") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
}

void TestRedirects::plainHttpLoopbackIsDecidedFromTheAddress()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    TriggerProfile profile = httpsProfile(CallMode::FireAndForget);
    profile.invokeUrl = QUrl(QStringLiteral("http://%1:8080/o/t/orchestrator_/t/k/s").arg(host));
    FakeManager *manager = nullptr;
    JobRun *run = runWith(&manager, profile, {{profile.invokeUrl.toString(), {200, {}}}});
    QVERIFY(run);
    QCOMPARE(run->state(), loopback ? JobState::Started : JobState::Failed);
    QCOMPARE(manager->seen.size(), loopback ? 1 : 0);
}

void TestRedirects::secretsInUrlsAreRedacted()
{
    // A status URI signed in its query, and a server that then fails: neither the record, its
    // export nor the message may hold the signature.
    FakeManager *manager = nullptr;
    JobRun *run = runWith(&manager, httpsProfile(CallMode::AsyncRequestReply),
                          {{QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s"),
                            {202, {{"Location", "https://cloud.example/status/1?token=abc123&sig=xyz789"}}}},
                           {QStringLiteral("https://cloud.example/status/1?token=abc123&sig=xyz789"), {400, {}}}});
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Unknown);
    const QByteArray json = QJsonDocument(run->record().toJson()).toJson();
    QVERIFY2(!json.contains("abc123") && !json.contains("xyz789"), json.constData());
    QVERIFY2(!run->record().error.text().contains(QLatin1String("xyz789")), qPrintable(run->record().error.text()));

    TriggerProfile get = httpsProfile(CallMode::FireAndForget);
    get.method = QStringLiteral("GET");
    get.invokeUrl = QUrl(QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s?apikey=K3YK3Y"));
    run = runWith(&manager, get, {});
    QVERIFY(run);
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(!run->record().error.text().contains(QLatin1String("K3YK3Y")), qPrintable(run->record().error.text()));
    QVERIFY(!run->record().hops.first().url.contains(QLatin1String("K3YK3Y")));
}

void TestRedirects::tokenWithLineBreakIsRefused()
{
    StaticTokenProvider injected(QByteArrayLiteral("abc\r\nX-Injected: yes"));
    m_engine.reset();
    m_managers.clear();
    m_engine = std::make_unique<TriggerEngine>(nullptr, [this](QObject *parent) {
        auto *fake = new FakeManager(parent);
        m_managers.append(fake);
        return fake;
    });
    JobRun *run = m_engine->start(httpsProfile(CallMode::FireAndForget), {}, &injected);
    QSignalSpy finished(run, &JobRun::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(run->state(), JobState::Failed);
    QVERIFY2(run->record().error.text().contains(QLatin1String("control character")),
             qPrintable(run->record().error.text()));
    QVERIFY(m_managers.first()->seen.isEmpty());
}

void TestRedirects::stoppingAbortsTheRequestInFlight()
{
    // The status poll never answers; stopping the job aborts it (the reply's finished() after an
    // abort is not taken for an answer), and nothing is left running.
    m_engine = std::make_unique<TriggerEngine>(nullptr, [](QObject *parent) {
        auto *fake = new FakeManager(parent);
        fake->answers = {
            {QStringLiteral("https://cloud.example/o/t/orchestrator_/t/k/s"), {202, {{"Location", "/status/1"}}}},
            {QStringLiteral("https://cloud.example/status/1"), {0, {}}}};
        return fake;
    });
    FakeReply::aborted = 0;
    JobRun *run = m_engine->start(httpsProfile(CallMode::AsyncRequestReply), {}, &m_auth);
    Hop waiting;
    QTRY_VERIFY(run->inFlight(&waiting) && waiting.url.endsWith(QLatin1String("/status/1")));
    run->cancel();
    QCOMPARE(run->state(), JobState::Cancelled);
    QCOMPARE(FakeReply::aborted, 1);
    QVERIFY(run->isIdle());
    QCOMPARE(run->record().hops.last().error.text(), QStringLiteral("Stopped watching"));
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
