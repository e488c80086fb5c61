// Drives the simulator over real HTTP with a plain QNetworkAccessManager (manual redirects), and
// with raw sockets where one manager's six connections per host would be the limit.

#include "orchestratorsimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <vector>

using namespace td::sim;

namespace {

// Short durations so the whole suite stays fast; also exercises loadTriggersFile().
const char *const kTestTriggersFile = TRIGGERDESK_SIM_TEST_TRIGGERS;

struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray location;
    QUrl url;
    qint64 ms = 0;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
    // The Location resolved against the request URL, as a client must.
    QUrl next() const { return url.resolved(QUrl::fromEncoded(location)); }
};

// A bare HTTP/1.1 client on one keep-alive connection.
class RawClient
{
public:
    QTcpSocket socket;
    QByteArray buffer;
    int responses = 0;
    int status = 0;
    QByteArray location;
    QByteArray body;

    void send(const QByteArray &method, const QByteArray &target, const QByteArray &host, const QByteArray &payload)
    {
        QByteArray request =
            method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer demo-token\r\n";
        if (!payload.isNull())
            request +=
                "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n";
        request += "\r\n" + payload;
        socket.write(request);
    }

    void onReadyRead()
    {
        buffer += socket.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        QByteArray loc;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "location")
                loc = line.mid(colon + 1).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        status = lines.first().split(' ').value(1).toInt();
        location = loc;
        body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        ++responses;
    }
};

} // namespace

class SimulatorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OrchestratorSimulator> sim;
    std::unique_ptr<QNetworkAccessManager> nam;
    // Orchestrator's Jobs API is folder-scoped: its calls name the demo folder by its key unless a
    // test says otherwise (empty: no folder header).
    QList<QPair<QByteArray, QByteArray>> odataHeaders;

    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body = QByteArray(),
                         const std::optional<QByteArray> &bearer = QByteArrayLiteral("demo-token"))
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(30000);
        if (bearer)
            request.setRawHeader("Authorization", "Bearer " + *bearer);
        if (url.path().contains(QLatin1String("/odata/"))) {
            for (const auto &[name, value] : std::as_const(odataHeaders))
                request.setRawHeader(name, value);
        }
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return nam->sendCustomRequest(request, verb, body);
    }

    static Response finish(QNetworkReply *reply, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(timeoutMs);
        Response r;
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.location = reply->rawHeader("Location");
        r.url = reply->url();
        r.headers = reply->rawHeaderPairs();
        r.ms = timer.elapsed();
        reply->deleteLater();
        return r;
    }

    Response call(const QByteArray &verb, const QUrl &url, const QByteArray &body = QByteArray(),
                  const std::optional<QByteArray> &bearer = QByteArrayLiteral("demo-token"))
    {
        QElapsedTimer timer;
        timer.start();
        Response r = finish(start(verb, url, body, bearer));
        r.ms = timer.elapsed();
        return r;
    }

    Response get(const QUrl &url, const std::optional<QByteArray> &bearer = QByteArrayLiteral("demo-token"))
    {
        return call(QByteArrayLiteral("GET"), url, QByteArray(), bearer);
    }

    QUrl triggerUrl(const QString &folderKey, const QString &slug) const
    {
        QUrl url = sim->baseUrl();
        url.setPath(QStringLiteral("/demo-org/demo-tenant/orchestrator_/t/%1/%2").arg(folderKey, slug));
        return url;
    }

    // Polls an async status URI until it redirects; returns the redirect. Between polls it waits
    // for a job to finish instead of sleeping.
    Response pollUntilDone(const QUrl &statusUrl)
    {
        QSignalSpy finished(sim.get(), &OrchestratorSimulator::jobFinished);
        Response r;
        for (int i = 0; i < 50; ++i) {
            r = get(statusUrl);
            if (r.status != 200)
                return r;
            if (finished.isEmpty())
                finished.wait(10000);
            finished.clear();
        }
        return r;
    }

    Response listJobs(const QString &filter = QString())
    {
        QUrl url = sim->jobsUrl();
        if (!filter.isEmpty()) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("$filter"), filter);
            url.setQuery(query);
        }
        return get(url);
    }

private Q_SLOTS:
    void init()
    {
        sim = std::make_unique<OrchestratorSimulator>();
        QString error;
        const auto triggers = loadTriggersFile(QString::fromUtf8(kTestTriggersFile), &error);
        QVERIFY2(triggers, qPrintable(error));
        sim->setTriggers(*triggers);
        odataHeaders = {{"X-UIPATH-FolderKey", sim->triggers().constFirst().folderKey.toUtf8()}};
        sim->setLongPollHoldMs(2000);
        QVERIFY(sim->listen());
        nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        nam.reset();
        sim.reset();
    }

    void urlsAndDemoSet()
    {
        QCOMPARE(sim->baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sim->port() > 0);
        QCOMPARE(sim->invokeUrl(QStringLiteral("async")).path(),
                 QStringLiteral("/demo-org/demo-tenant/orchestrator_/t/11111111-2222-3333-4444-555555555555/async"));
        QCOMPARE(sim->tokenUrl().path(), QStringLiteral("/identity_/connect/token"));

        const QList<TriggerDefinition> demo = demoTriggers();
        QStringList slugs;
        for (const TriggerDefinition &t : demo)
            slugs << t.slug;
        for (const char *slug : {"echo-async", "echo-fire", "echo-long", "slow-long", "fault-async", "lookup-get"})
            QVERIFY2(slugs.contains(QString::fromLatin1(slug)), slug);
        OrchestratorSimulator fresh;
        QCOMPARE(fresh.triggers().size(), demo.size());
        QVERIFY(fresh.listen());
        const QStringList lines = fresh.banner().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), fresh.baseUrl().toString());
        QCOMPARE(lines.size(), demo.size() + 3); // base, triggers, blank line, and the text ends with '\n'
        QVERIFY(lines.at(lines.size() - 2).isEmpty());
        QVERIFY(lines.at(1).startsWith(QStringLiteral("POST http://127.0.0.1:")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("/echo-async AsyncRequestReply")));
    }

    void triggerFileParsing()
    {
        QString error;
        auto bare = parseTriggers(R"([{"slug": "x", "folderKey": "{11111111-2222-3333-4444-555555555555}"}])", &error);
        QVERIFY2(bare, qPrintable(error));
        QCOMPARE(bare->size(), 1);
        QCOMPARE(bare->first().verb, QStringLiteral("POST"));
        QCOMPARE(bare->first().folderKey, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QVERIFY(!bare->first().output.has_value());
        QVERIFY(!bare->first().respond.has_value());

        QVERIFY(!parseTriggers(R"([{"slug": "x", "folderKey": "not-a-guid"}])", &error));
        QVERIFY(error.contains(QStringLiteral("folderKey")));
        QVERIFY(!parseTriggers(
            R"([{"slug": "x", "folderKey": "11111111-2222-3333-4444-555555555555", "verb": "PATCH"}])", &error));
        QVERIFY(!parseTriggers(
            R"([{"slug": "x", "folderKey": "11111111-2222-3333-4444-555555555555", "defaultMode": "Sometimes"}])",
            &error));
        QVERIFY(!parseTriggers(R"({"nope": 1})", &error));
        QVERIFY(!parseTriggers("{", &error));
        QVERIFY(error.contains(QStringLiteral("JSON")));

        // Errors say where: the line and column of a syntax error, the line and field of a bad
        // value, and a name the format does not know (a typo would otherwise go unnoticed).
        QVERIFY(!parseTriggers("{\"triggers\": [\n  {\"slug\": \"a\",\n   \"folderKey\" \"x\"}\n]}", &error));
        QVERIFY2(error.startsWith(QStringLiteral("invalid JSON at line 3, column 17")), qPrintable(error));
        const QByteArray file = R"({"triggers": [
  {"slug": "ok", "folderKey": "11111111-2222-3333-4444-555555555555"},
  {"slug": "invoices",
   "folderKey": "11111111-2222-3333-4444-555555555555",
   "durationMS": 2000}
]})";
        QVERIFY(!parseTriggers(file, &error));
        QCOMPARE(error, QStringLiteral("line 3: trigger #2: trigger \"invoices\": unknown field \"durationMS\" (known: "
                                       "slug, folderKey, verb, defaultMode, durationMs, output, fault, respond)"));
        QVERIFY(!parseTriggers(QByteArray(file).replace("durationMS", "durationMs").replace("2000", "-5"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 3: trigger #2: trigger \"invoices\": \"durationMs\"")),
                 qPrintable(error));
        QVERIFY(!parseTriggers(QByteArray(file).replace("\"durationMS\": 2000", "\"fault\": {\"code\": 1}"), &error));
        QVERIFY2(error.contains(QStringLiteral("unknown field \"fault.code\"")), qPrintable(error));
        QVERIFY(!parseTriggers(QByteArray(file).replace("durationMS", "durationMs").replace("invoices", "ok"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 3: trigger #2: duplicate slug \"ok\"")), qPrintable(error));
    }

    void asyncFlow_data()
    {
        QTest::addColumn<int>("doneStatus");
        QTest::newRow("303") << 303;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
    }

    void asyncFlow()
    {
        QFETCH(int, doneStatus);
        sim->setDoneRedirectStatus(doneStatus);
        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("async")),
                                      R"({"name": "Ada", "count": 3, "$callMode": "AsyncRequestReply"})");
        QVERIFY(invoked.finished);
        QCOMPARE(invoked.status, 202);
        QVERIFY(invoked.body.isEmpty());
        // Relative, opaque, server-generated.
        QVERIFY2(invoked.location.startsWith("/demo-org/demo-tenant/orchestrator_/api/triggers/status/"),
                 invoked.location.constData());
        QCOMPARE(sim->jobCount(), 1);
        const QString jobId = QString::number(sim->jobsJson().at(0).toObject().value(QStringLiteral("Id")).toInteger());
        QVERIFY(!invoked.location.contains(jobId.toLatin1()));

        const QUrl statusUrl = invoked.next();
        const Response running = get(statusUrl);
        QCOMPARE(running.status, 200);
        QCOMPARE(running.json().value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
        QVERIFY(running.json().contains(QStringLiteral("jobState")));

        const Response done = pollUntilDone(statusUrl);
        QCOMPARE(done.status, doneStatus);
        QVERIFY2(done.location.startsWith("/demo-org/demo-tenant/orchestrator_/api/triggers/output/"),
                 done.location.constData());
        const Response output = get(done.next());
        QCOMPARE(output.status, 200);
        QVERIFY(output.header("Content-Type").startsWith("application/json"));
        const QJsonObject echo = output.json().value(QStringLiteral("echo")).toObject();
        QCOMPARE(echo.value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(echo.value(QStringLiteral("count")).toInt(), 3);
        QVERIFY(!echo.contains(QStringLiteral("$callMode")));

        // The status URI keeps redirecting once done.
        QCOMPARE(get(statusUrl).status, doneStatus);
    }

    void absoluteLocations()
    {
        sim->setAbsoluteLocations(true);
        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("fixed")), "{}");
        QCOMPARE(invoked.status, 202);
        const QUrl status = QUrl::fromEncoded(invoked.location);
        QVERIFY(!status.isRelative());
        QCOMPARE(status.port(), int(sim->port()));
        const Response done = pollUntilDone(status);
        QCOMPARE(done.status, 303);
        QVERIFY(!QUrl::fromEncoded(done.location).isRelative());
        const Response output = get(done.next());
        QCOMPARE(output.status, 200);
        QCOMPARE(output.json(), QJsonObject({{QStringLiteral("answer"), 42}}));
    }

    void fireAndForget()
    {
        const Response r = call("POST", sim->invokeUrl(QStringLiteral("fire")), R"({"x": 1})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.location.isEmpty());
        QCOMPARE(sim->jobCount(), 1);
        QSignalSpy finished(sim.get(), &OrchestratorSimulator::jobFinished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(sim->jobsJson().at(0).toObject().value(QStringLiteral("State")).toString(),
                 QStringLiteral("Successful"));

        // DELETE trigger, fire and forget, arguments in the query string.
        QUrl url = sim->invokeUrl(QStringLiteral("remove"));
        url.setQuery(QStringLiteral("id=17"));
        QCOMPARE(call("DELETE", url).status, 200);
    }

    void longPollFinishesWhileHeld()
    {
        const Response r = call("POST", sim->invokeUrl(QStringLiteral("long")), R"({"who": "me"})");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.ms >= 100 && r.ms < 1500, QByteArray::number(r.ms).constData());
        QCOMPARE(r.json().value(QStringLiteral("echo")).toObject().value(QStringLiteral("who")).toString(),
                 QStringLiteral("me"));
        QCOMPARE(sim->heldRequestCount(), 0);

        // A non-object output is sent as that JSON value.
        const Response scalar = call("POST", sim->invokeUrl(QStringLiteral("scalar")), "{}");
        QCOMPARE(scalar.status, 200);
        QCOMPARE(scalar.body, QByteArray("\"plain text result\""));
    }

    void longPollRedirectLoop()
    {
        sim->setLongPollHoldMs(100);
        Response r = call("POST", sim->invokeUrl(QStringLiteral("long-slow")), R"({"n": 1})");
        QCOMPARE(r.status, 303);
        QVERIFY(r.ms >= 90);
        const QByteArray blocking = r.location;
        QVERIFY2(blocking.startsWith("/demo-org/demo-tenant/orchestrator_/api/triggers/status/"), blocking.constData());
        int loops = 1;
        while (r.status == 303 && loops < 50) {
            r = get(r.next());
            if (r.status == 303) {
                QCOMPARE(r.location, blocking); // it redirects to itself
                ++loops;
            }
        }
        QCOMPARE(r.status, 200);
        QVERIFY2(loops >= 3, QByteArray::number(loops).constData());
        QCOMPARE(r.json().value(QStringLiteral("echo")).toObject().value(QStringLiteral("n")).toInt(), 1);
        // After the end, the blocking URI answers the result at once.
        const Response again = get(sim->baseUrl().resolved(QUrl::fromEncoded(blocking)));
        QCOMPARE(again.status, 200);
        QVERIFY(again.ms < 1000);
    }

    void longPollFault()
    {
        const Response r = call("POST", sim->invokeUrl(QStringLiteral("fault-long")), "{}");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QStringLiteral("Long boom."));
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toInt(), 2108);
    }

    void asyncFault()
    {
        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("fault-async")), "{}");
        QCOMPARE(invoked.status, 202);
        const Response done = pollUntilDone(invoked.next());
        QCOMPARE(done.status, 303);
        const Response output = get(done.next());
        QCOMPARE(output.status, 500);
        QCOMPARE(output.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Boom: the robot fell over."));
        QCOMPARE(output.json().value(QStringLiteral("errorCode")).toInt(), 2107);
        const QJsonObject job = sim->jobsJson().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("State")).toString(), QStringLiteral("Faulted"));
        QCOMPARE(job.value(QStringLiteral("Info")).toString(), QStringLiteral("Boom: the robot fell over."));
    }

    void callModeOverride()
    {
        // Default async, forced to fire-and-forget in the body.
        Response r = call("POST", sim->invokeUrl(QStringLiteral("async")), R"({"$callMode": "FireAndForget"})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.location.isEmpty());
        // Forced to long polling.
        r = call("POST", sim->invokeUrl(QStringLiteral("fixed")), R"({"$callMode": "LongPolling"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject({{QStringLiteral("answer"), 42}}));
        // GET trigger: $callMode in the query string.
        QUrl url = sim->invokeUrl(QStringLiteral("lookup"));
        url.setQuery(QStringLiteral("%24callMode=LongPolling&q=1"));
        r = get(url);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("echo")).toObject().contains(QStringLiteral("$callMode")));
        // Unknown value.
        r = call("POST", sim->invokeUrl(QStringLiteral("async")), R"({"$callMode": "Sometimes"})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("Sometimes")));
        QCOMPARE(sim->jobCount(), 3);
    }

    void getArgumentsAreTyped()
    {
        QUrl url = sim->invokeUrl(QStringLiteral("lookup"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("n"), QStringLiteral("5"));
        query.addQueryItem(QStringLiteral("ratio"), QStringLiteral("0.25"));
        query.addQueryItem(QStringLiteral("flag"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("obj"),
                           QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral(R"({"a":1})"))));
        query.addQueryItem(QStringLiteral("list"), QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("[1,2]"))));
        query.addQueryItem(QStringLiteral("text"), QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("a b&c"))));
        query.addQueryItem(QStringLiteral("zip"), QStringLiteral("01234x"));
        query.addQueryItem(QStringLiteral("nul"), QStringLiteral("null"));
        url.setQuery(query);
        const Response invoked = get(url);
        QCOMPARE(invoked.status, 202);
        const Response done = pollUntilDone(invoked.next());
        const QJsonObject echo = get(done.next()).json().value(QStringLiteral("echo")).toObject();
        QCOMPARE(echo.value(QStringLiteral("n")), QJsonValue(5));
        QCOMPARE(echo.value(QStringLiteral("ratio")), QJsonValue(0.25));
        QCOMPARE(echo.value(QStringLiteral("flag")), QJsonValue(true));
        QCOMPARE(echo.value(QStringLiteral("obj")), QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));
        QCOMPARE(echo.value(QStringLiteral("list")), QJsonValue(QJsonArray{1, 2}));
        QCOMPARE(echo.value(QStringLiteral("text")), QJsonValue(QStringLiteral("a b&c")));
        QCOMPARE(echo.value(QStringLiteral("zip")), QJsonValue(QStringLiteral("01234x")));
        QCOMPARE(echo.value(QStringLiteral("nul")), QJsonValue(QStringLiteral("null")));

        // PUT takes a body like POST.
        const Response put = call("PUT", sim->invokeUrl(QStringLiteral("put-it")), R"({"k": [true]})");
        QCOMPARE(put.status, 202);
    }

    void errorAnswers()
    {
        auto expectError = [](const Response &r, int status, int errorCode) {
            if (r.status != status || r.json().value(QStringLiteral("errorCode")).toInt() != errorCode ||
                r.json().value(QStringLiteral("message")).toString().isEmpty()) {
                qWarning() << "got" << r.status << r.body;
                return false;
            }
            return true;
        };
        // Wrong verb.
        QVERIFY(expectError(get(sim->invokeUrl(QStringLiteral("async"))), 405, 1003));
        // Unknown slug, unknown folder.
        Response r = call(
            "POST", triggerUrl(QStringLiteral("11111111-2222-3333-4444-555555555555"), QStringLiteral("nope")), "{}");
        QVERIFY(expectError(r, 404, 1623));
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QStringLiteral("Trigger not found."));
        QVERIFY(expectError(
            call("POST", triggerUrl(QStringLiteral("99999999-8888-7777-6666-555555555555"), QStringLiteral("async")),
                 "{}"),
            404, 1623));
        // Missing and wrong token.
        r = call("POST", sim->invokeUrl(QStringLiteral("async")), "{}", std::nullopt);
        QCOMPARE(r.status, 401);
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("async")), "{}", QByteArray("wrong")).status, 401);
        // Bodies.
        QVERIFY(expectError(call("POST", sim->invokeUrl(QStringLiteral("async")), "{\"a\":"), 400, 1001));
        QVERIFY(expectError(call("POST", sim->invokeUrl(QStringLiteral("async")), "[1]"), 400, 1001));
        QVERIFY(expectError(call("POST", sim->invokeUrl(QStringLiteral("async")), ""), 400, 1001));
        QCOMPARE(sim->jobCount(), 0);
        // Unknown status URI.
        QUrl bogus = sim->orchestratorUrl();
        bogus.setPath(bogus.path() + QStringLiteral("/api/triggers/status/0123456789abcdef"));
        QCOMPARE(get(bogus).status, 404);
    }

    void redirectsRequireAuth()
    {
        QVERIFY(sim->redirectsRequireAuth());
        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("fixed")), "{}");
        QCOMPARE(invoked.status, 202);
        QCOMPARE(get(invoked.next(), std::nullopt).status, 401);
        const Response done = pollUntilDone(invoked.next());
        QCOMPARE(done.status, 303);
        QCOMPARE(get(done.next(), std::nullopt).status, 401);

        sim->setRedirectsRequireAuth(false);
        QCOMPARE(get(invoked.next(), std::nullopt).status, 303);
        const Response output = get(done.next(), std::nullopt);
        QCOMPARE(output.status, 200);
        QCOMPARE(output.json(), QJsonObject({{QStringLiteral("answer"), 42}}));
        // The trigger call itself still needs the token.
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fixed")), "{}", std::nullopt).status, 401);

        // Long-poll blocking status URIs follow the same setting.
        sim->setLongPollHoldMs(50);
        const Response held = call("POST", sim->invokeUrl(QStringLiteral("long-slow")), "{}");
        QCOMPARE(held.status, 303);
        QVERIFY(get(held.next(), std::nullopt).status != 401);
        sim->setRedirectsRequireAuth(true);
        QCOMPARE(get(held.next(), std::nullopt).status, 401);
    }

    void requestLog()
    {
        sim->clearRequests();
        QSignalSpy received(sim.get(), &OrchestratorSimulator::requestReceived);
        QUrl url = sim->invokeUrl(QStringLiteral("lookup"));
        url.setQuery(QStringLiteral("a=1"));
        QCOMPARE(get(url).status, 202);
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), R"({"b":2})", std::nullopt).status, 401);
        QCOMPARE(received.size(), 2);
        const QList<SimRequest> log = sim->requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).method, QStringLiteral("GET"));
        QCOMPARE(log.at(0).path, url.path());
        QCOMPARE(log.at(0).query, QStringLiteral("a=1"));
        QVERIFY(log.at(0).hasAuthorization);
        QCOMPARE(log.at(0).authorization, QByteArray("Bearer demo-token"));
        QCOMPARE(log.at(0).port, sim->port());
        QVERIFY(!log.at(0).secondary);
        QCOMPARE(log.at(0).responseStatus, 202);
        QCOMPARE(log.at(1).method, QStringLiteral("POST"));
        QVERIFY(!log.at(1).hasAuthorization);
        QCOMPARE(log.at(1).body, QByteArray(R"({"b":2})"));
        QCOMPARE(log.at(1).header("content-type"), QByteArray("application/json"));
        QCOMPARE(log.at(1).responseStatus, 401);
        sim->clearRequests();
        QVERIFY(sim->requests().isEmpty());
    }

    void tokenEndpoint()
    {
        sim->addClient(QStringLiteral("app"), QStringLiteral("s3cret+/="),
                       {QStringLiteral("OR.Jobs"), QStringLiteral("OR.Execution")});
        sim->setTokenLifetimeSec(1);
        auto requestToken = [this](const QString &secret, const QString &scope) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
            form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("app"));
            form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
            form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
            QNetworkRequest request(sim->tokenUrl());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            return finish(nam->post(request, form.query(QUrl::FullyEncoded).toUtf8()));
        };
        Response r = requestToken(QStringLiteral("s3cret+/="), QStringLiteral("OR.Jobs OR.Execution"));
        QCOMPARE(r.status, 200);
        QJsonObject answer = r.json();
        const QByteArray accessToken = answer.value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(!accessToken.isEmpty());
        QCOMPARE(answer.value(QStringLiteral("expires_in")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(answer.value(QStringLiteral("scope")).toString(), QStringLiteral("OR.Jobs OR.Execution"));
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}", accessToken).status, 200);

        r = requestToken(QStringLiteral("wrong"), QStringLiteral("OR.Jobs"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        r = requestToken(QStringLiteral("s3cret+/="), QStringLiteral("OR.Admin"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
        QCOMPARE(sim->tokenRequestCount(), 3);

        // Expiry: the token stops working after its lifetime.
        QTRY_COMPARE_WITH_TIMEOUT(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}", accessToken).status, 401,
                                  5000);
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}").status, 200); // static token still fine
    }

    void odataJobs()
    {
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fixed")), R"({"in": "put"})").status, 202);
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("slow-async")), "{}").status, 202);
        Response r = listJobs();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("@odata.count")).toInt(), 2);
        const QJsonArray all = r.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(all.size(), 2);
        const QJsonObject first = all.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("ReleaseName")).toString(), QStringLiteral("fixed"));
        // As on the real service, the list carries no arguments: only Jobs(id) does.
        QVERIFY(first.value(QStringLiteral("InputArguments")).isNull());
        QVERIFY(first.value(QStringLiteral("OutputArguments")).isNull());
        QVERIFY(!first.value(QStringLiteral("Key")).toString().isEmpty());
        QVERIFY(first.value(QStringLiteral("CreationTime")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(first.value(QStringLiteral("EndTime")).isNull());

        const qint64 firstId = first.value(QStringLiteral("Id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(listJobs(QStringLiteral("Id eq %1").arg(firstId))
                                      .json()
                                      .value(QStringLiteral("value"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("State"))
                                      .toString(),
                                  QStringLiteral("Successful"), 5000);
        r = listJobs(QStringLiteral("Id eq %1").arg(firstId));
        QCOMPARE(r.json().value(QStringLiteral("@odata.count")).toInt(), 1);
        QVERIFY(r.json()
                    .value(QStringLiteral("value"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("EndTime"))
                    .isString());
        // The second is still running.
        const QJsonObject second = listJobs(QStringLiteral("Id eq %1").arg(firstId + 1))
                                       .json()
                                       .value(QStringLiteral("value"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QVERIFY(second.value(QStringLiteral("State")).toString() == QStringLiteral("Pending") ||
                second.value(QStringLiteral("State")).toString() == QStringLiteral("Running"));
        QVERIFY(second.value(QStringLiteral("EndTime")).isNull());
        QCOMPARE(listJobs(QStringLiteral("Id eq 1")).json().value(QStringLiteral("@odata.count")).toInt(), 0);
        // Filters the client uses to find a job again: state, time windows, joined by "and".
        QCOMPARE(listJobs(QStringLiteral("State ne 'Successful'")).json().value(QStringLiteral("@odata.count")).toInt(),
                 1);
        const QString created = first.value(QStringLiteral("CreationTime")).toString();
        QCOMPARE(listJobs(QStringLiteral("CreationTime ge %1 and ReleaseName eq 'fixed'").arg(created))
                     .json()
                     .value(QStringLiteral("@odata.count"))
                     .toInt(),
                 1);
        QCOMPARE(listJobs(QStringLiteral("CreationTime lt %1").arg(created))
                     .json()
                     .value(QStringLiteral("@odata.count"))
                     .toInt(),
                 0);
        QCOMPARE(listJobs(QStringLiteral("this is not OData")).status, 400);
        // One job by id, and the folders with their ids.
        QUrl single = sim->jobsUrl();
        single.setPath(single.path() + QStringLiteral("(%1)").arg(firstId));
        r = get(single, QByteArray("demo-token"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("Id")).toInteger(), firstId);
        QCOMPARE(QJsonDocument::fromJson(r.json().value(QStringLiteral("InputArguments")).toString().toUtf8()).object(),
                 QJsonObject({{QStringLiteral("in"), QStringLiteral("put")}}));
        QCOMPARE(
            QJsonDocument::fromJson(r.json().value(QStringLiteral("OutputArguments")).toString().toUtf8()).object(),
            QJsonObject({{QStringLiteral("answer"), 42}}));
        const qint64 folderId = r.json().value(QStringLiteral("OrganizationUnitId")).toInteger();
        QVERIFY(folderId > 0);
        single.setPath(sim->jobsUrl().path() + QStringLiteral("(999999)"));
        QCOMPARE(get(single, QByteArray("demo-token")).status, 404);
        QUrl folders = sim->orchestratorUrl();
        folders.setPath(folders.path() + QStringLiteral("/odata/Folders"));
        folders.setQuery(
            QStringLiteral("$filter=Key eq '%1'").arg(first.value(QStringLiteral("FolderKey")).toString()));
        r = get(folders, QByteArray("demo-token"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json().value(QStringLiteral("value")).toArray().at(0).toObject().value(QStringLiteral("Id")).toInteger(),
            folderId);
        QCOMPARE(get(sim->jobsUrl(), std::nullopt).status, 401);
        QCOMPARE(sim->jobsJson().size(), 2);
    }

    void odataFoldersAsTheRealServiceHasThem()
    {
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fixed")), "{}").status, 202);
        const QString key = sim->triggers().constFirst().folderKey;
        // No folder header: 400, 1101, as Orchestrator answers folder-scoped calls without one.
        odataHeaders.clear();
        Response r = listJobs();
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toInt(), 1101);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("An organization unit is required for this action."));
        // By key, by path, by id; the id moves when the tenant's ids do, the key does not.
        odataHeaders = {{"X-UIPATH-FolderKey", key.toUtf8()}};
        QCOMPARE(listJobs().json().value(QStringLiteral("@odata.count")).toInt(), 1);
        odataHeaders = {{"X-UIPATH-FolderPath", "Shared/Folder 1"}};
        QCOMPARE(listJobs().json().value(QStringLiteral("@odata.count")).toInt(), 1);
        odataHeaders = {{"X-UIPATH-OrganizationUnitId", "1001"}};
        QCOMPARE(listJobs().json().value(QStringLiteral("@odata.count")).toInt(), 1);
        sim->setFolderIdBase(5001);
        QCOMPARE(listJobs().status, 400); // the old id names no folder now
        odataHeaders = {{"X-UIPATH-OrganizationUnitId", "5001"}};
        QCOMPARE(listJobs().json().value(QStringLiteral("@odata.count")).toInt(), 1);
        odataHeaders = {{"X-UIPATH-FolderKey", key.toUtf8()}};
        QCOMPARE(listJobs().json().value(QStringLiteral("@odata.count")).toInt(), 1);
        // A token that may only read jobs is refused the folder list.
        sim->setFoldersForbidden(true);
        QUrl folders = sim->orchestratorUrl();
        folders.setPath(folders.path() + QStringLiteral("/odata/Folders"));
        QCOMPARE(get(folders).status, 403);
    }

    void odataListIsRateLimited()
    {
        sim->setListRateLimit(3, 60000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(listJobs().status, 200);
        const Response limited = listJobs();
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
        // One job by id is not the list: not counted.
        QUrl single = sim->jobsUrl();
        single.setPath(single.path() + QStringLiteral("(1)"));
        QCOMPARE(get(single).status, 404);
    }

    void jobsWaitPendingForAFreeRobot()
    {
        // One robot, ten launches: one runs, nine wait Pending, and they run one after another.
        QList<TriggerDefinition> triggers = sim->triggers();
        TriggerDefinition quick = triggers.constFirst();
        quick.slug = QStringLiteral("quick");
        quick.defaultMode = CallMode::FireAndForget;
        quick.durationMs = 150;
        triggers.append(quick);
        sim->setTriggers(triggers);
        sim->setRobots(1);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("quick")), "{}").status, 200);
        const auto countIn = [this](const QString &state) {
            int n = 0;
            for (const QJsonValue &job : sim->jobsJson())
                n += job.toObject().value(QStringLiteral("State")).toString() == state ? 1 : 0;
            return n;
        };
        QTRY_COMPARE(countIn(QStringLiteral("Running")), 1);
        QVERIFY2(countIn(QStringLiteral("Pending")) >= 8,
                 qPrintable(QString::number(countIn(QStringLiteral("Pending")))));
        QTRY_COMPARE_WITH_TIMEOUT(countIn(QStringLiteral("Successful")), 10, 10000);
        // Never two at once: each started after the one before ended, in launch order.
        const QJsonArray jobs = sim->jobsJson();
        for (qsizetype i = 1; i < jobs.size(); ++i) {
            const QDateTime previousEnd = QDateTime::fromString(
                jobs.at(i - 1).toObject().value(QStringLiteral("EndTime")).toString(), Qt::ISODateWithMs);
            const QDateTime start = QDateTime::fromString(
                jobs.at(i).toObject().value(QStringLiteral("StartTime")).toString(), Qt::ISODateWithMs);
            QVERIFY2(start >= previousEnd, qPrintable(QString::number(i)));
        }
    }

    void queuedInvokeFaults()
    {
        // 502 after the job was created.
        sim->queueFault(FaultTarget::Invoke, Fault::badGatewayAfterCreate());
        Response r = call("POST", sim->invokeUrl(QStringLiteral("async")), "{}");
        QCOMPARE(r.status, 502);
        QVERIFY(r.body.contains("cloudflare"));
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QCOMPARE(sim->jobCount(), 1);
        // Rate limited, no job.
        sim->queueFault(FaultTarget::Invoke, Fault::tooManyRequests(7));
        r = call("POST", sim->invokeUrl(QStringLiteral("async")), "{}");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(sim->jobCount(), 1);
        // Then normal again.
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("async")), "{}").status, 202);
        QCOMPARE(sim->jobCount(), 2);
        // Slow.
        sim->queueFault(FaultTarget::Invoke, Fault::slow(300));
        r = call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.ms >= 290, QByteArray::number(r.ms).constData());
        // Faults queue in order and only hit the matching target.
        sim->queueFault(FaultTarget::Output, Fault::serverError(500));
        sim->queueFault(FaultTarget::Invoke, Fault::serverError(503));
        sim->queueFault(FaultTarget::Invoke, Fault::serverError(502));
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}").status, 503);
        r = call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}");
        QCOMPARE(r.status, 502);
        QVERIFY(r.body.contains("cloudflare"));
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}").status, 200);
        sim->clearQueuedFaults();
    }

    void queuedStatusFaults()
    {
        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("fixed")), "{}");
        QCOMPARE(invoked.status, 202);
        const QUrl status = invoked.next();
        sim->queueFault(FaultTarget::Status, Fault::serverError(503));
        sim->queueFault(FaultTarget::Status, Fault::tooManyRequests(2));
        QCOMPARE(get(status).status, 503);
        const Response limited = get(status);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
        const Response done = pollUntilDone(status);
        QCOMPARE(done.status, 303);

        sim->queueFault(FaultTarget::Output, Fault::slow(250));
        Response output = get(done.next());
        QCOMPARE(output.status, 200);
        QVERIFY(output.ms >= 240);

        // A dropped connection: no answer at all (twice: Qt re-sends once by itself).
        sim->clearRequests();
        sim->queueFault(FaultTarget::Output, Fault::dropConnection());
        sim->queueFault(FaultTarget::Output, Fault::dropConnection());
        output = get(done.next());
        QVERIFY(output.finished);
        QCOMPARE(output.status, 0);
        QVERIFY(output.error != QNetworkReply::NoError);
        const QList<SimRequest> log = sim->requests();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().responseStatus, -1);
        QCOMPARE(get(done.next()).status, 200);
    }

    void droppedInvoke()
    {
        // Qt 6.4's HTTP stack silently re-sends a request (POST included) once when the
        // connection closes before any answer byte: two drops are needed for the client to see one.
        sim->clearRequests();
        sim->queueFault(FaultTarget::Invoke, Fault::dropConnection());
        sim->queueFault(FaultTarget::Invoke, Fault::dropConnection());
        const Response r = call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}");
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        const QList<SimRequest> log = sim->requests();
        QVERIFY(!log.isEmpty());
        for (const SimRequest &request : log)
            QCOMPARE(request.responseStatus, -1);
        QCOMPARE(sim->jobCount(), 0); // a dropped invoke creates no job
        qInfo("two queued drops: %d invoke request(s) reached the server", int(log.size()));
    }

    void seededFaultPlan()
    {
        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("slow-async")), "{}");
        QCOMPARE(invoked.status, 202);
        const QUrl status = invoked.next();
        FaultPlan plan;
        plan.seed = 4242;
        plan.status5xx = 0.3;
        plan.status429 = 0.3;
        plan.retryAfterSec = 4;
        auto run = [&] {
            QList<int> statuses;
            for (int i = 0; i < 24; ++i) {
                const Response r = get(status);
                if (r.status == 429 && r.header("Retry-After") != "4")
                    statuses << -429;
                else
                    statuses << r.status;
            }
            return statuses;
        };
        sim->setFaultPlan(plan);
        const QList<int> first = run();
        sim->setFaultPlan(plan);
        const QList<int> second = run();
        QCOMPARE(first, second);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(429));
        QVERIFY(first.contains(500) || first.contains(502) || first.contains(503));
        plan.seed = 7;
        sim->setFaultPlan(plan);
        QVERIFY(run() != first);

        // Certain 502 after create on invoke; status faults never hit the invoke.
        FaultPlan always;
        always.triggerBadGatewayAfterCreate = 1.0;
        always.status429 = 1.0;
        sim->setFaultPlan(always);
        const int jobsBefore = sim->jobCount();
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}").status, 502);
        QCOMPARE(sim->jobCount(), jobsBefore + 1);
        QCOMPARE(get(status).status, 429);
        sim->setFaultPlan(FaultPlan());
        QCOMPARE(get(status).status, 200);
    }

    void secondaryOrigin()
    {
        const quint16 second = sim->listenSecondary();
        QVERIFY(second != 0);
        QVERIFY(second != sim->port());
        QCOMPARE(sim->secondaryBaseUrl().port(), int(second));
        sim->setStatusOrigin(sim->secondaryBaseUrl());
        sim->clearRequests();

        const Response invoked = call("POST", sim->invokeUrl(QStringLiteral("fixed")), "{}");
        QCOMPARE(invoked.status, 202);
        const QUrl status = QUrl::fromEncoded(invoked.location);
        QCOMPARE(status.port(), int(second));
        QCOMPARE(status.host(), QStringLiteral("127.0.0.1"));
        const Response done = pollUntilDone(status);
        QCOMPARE(done.status, 303);
        QCOMPARE(QUrl::fromEncoded(done.location).port(), int(second));
        QCOMPARE(get(done.next()).status, 200);

        const QList<SimRequest> log = sim->requests();
        QVERIFY(log.size() >= 3);
        QVERIFY(!log.first().secondary);
        QCOMPARE(log.first().port, sim->port());
        QVERIFY(log.last().secondary);
        QCOMPARE(log.last().port, second);

        // Long polling redirects to the other origin too.
        sim->setLongPollHoldMs(50);
        const Response held = call("POST", sim->invokeUrl(QStringLiteral("long-slow")), "{}");
        QCOMPARE(held.status, 303);
        QCOMPARE(QUrl::fromEncoded(held.location).port(), int(second));
    }

    void scriptedAnswers()
    {
        Response r = call("POST", sim->invokeUrl(QStringLiteral("busy")), "{}");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body, QByteArray("Conflict: the robot is busy"));
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
        QCOMPARE(sim->jobCount(), 0);

        r = call("POST", sim->invokeUrl(QStringLiteral("hang-create")), R"({"k": 1})");
        QCOMPARE(r.status, 504);
        QVERIFY2(r.ms >= 190, QByteArray::number(r.ms).constData());
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QStringLiteral("gateway"));
        QCOMPARE(sim->jobCount(), 1);
        QCOMPARE(sim->jobsJson().at(0).toObject().value(QStringLiteral("InputArguments")).toString(),
                 QStringLiteral(R"({"k":1})"));
    }

    void clientDisconnectWhileHeld()
    {
        // A long poll the client abandons.
        QNetworkReply *reply = start("POST", sim->invokeUrl(QStringLiteral("held-long")), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), 1, 5000);
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), 0, 5000);
        QCOMPARE(sim->requests().last().responseStatus, -2);
        // The job finishing later has nobody to answer, and nothing breaks.
        QSignalSpy finished(sim.get(), &OrchestratorSimulator::jobFinished);
        QVERIFY(finished.wait(5000));

        // A request that would hang forever.
        reply = start("POST", sim->invokeUrl(QStringLiteral("hang-forever")), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), 1, 5000);
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), 0, 5000);

        // The server still answers on new connections.
        QCOMPARE(call("POST", sim->invokeUrl(QStringLiteral("fire")), "{}").status, 200);
    }

    void destroyWithHeldRequests()
    {
        QNetworkReply *reply = start("POST", sim->invokeUrl(QStringLiteral("held-long")), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), 1, 5000);
        sim.reset();
        const Response r = finish(reply);
        QVERIFY(r.finished);
        QVERIFY(r.error != QNetworkReply::NoError);
    }

    void twoHundredConcurrentLongPolls()
    {
        // TRIGGERDESK_SIM_TEST_CLIENTS raises the count for a manual stress run.
        const int kClients = qMax(200, qEnvironmentVariableIntValue("TRIGGERDESK_SIM_TEST_CLIENTS"));
        sim->setLongPollHoldMs(1200); // jobs take 2000 ms: every client sees one 303 hop, then the result
        const QByteArray host = "127.0.0.1:" + QByteArray::number(sim->port());
        const QByteArray path = sim->invokeUrl(QStringLiteral("held-long")).path().toUtf8();
        std::vector<std::unique_ptr<RawClient>> clients;
        int maxHeld = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kClients; ++i) {
            auto client = std::make_unique<RawClient>();
            RawClient *c = client.get();
            QObject::connect(&c->socket, &QTcpSocket::readyRead, &c->socket, [c] { c->onReadyRead(); });
            QObject::connect(&c->socket, &QTcpSocket::connected, &c->socket, [c, host, path, i] {
                c->send("POST", path, host, "{\"i\": " + QByteArray::number(i) + "}");
            });
            c->socket.connectToHost(QHostAddress(QHostAddress::LocalHost), sim->port());
            clients.push_back(std::move(client));
        }
        auto countResponses = [&](int n) {
            maxHeld = qMax(maxHeld, sim->heldRequestCount());
            int count = 0;
            for (const auto &c : clients)
                count += c->responses >= n ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), kClients, 10000);
        const qint64 allHeldMs = timer.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(countResponses(1), kClients, 10000);
        const qint64 firstHopMs = timer.elapsed();
        QCOMPARE(sim->jobCount(), kClients);
        for (const auto &c : clients) {
            QCOMPARE(c->status, 303);
            QVERIFY(c->location.contains("/api/triggers/status/"));
        }
        // Second hop on the same keep-alive connections: held until the jobs finish.
        for (const auto &c : clients)
            c->send("GET", c->location, host, QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(sim->heldRequestCount(), kClients, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(countResponses(2), kClients, 10000);
        const qint64 doneMs = timer.elapsed();
        for (int i = 0; i < kClients; ++i) {
            QCOMPARE(clients[size_t(i)]->status, 200);
            const QJsonObject echo =
                QJsonDocument::fromJson(clients[size_t(i)]->body).object().value(QStringLiteral("echo")).toObject();
            QCOMPARE(echo.value(QStringLiteral("i")).toInt(), i); // each answer on its own connection
        }
        QCOMPARE(sim->heldRequestCount(), 0);
        QCOMPARE(maxHeld, kClients);
        qInfo("%d concurrent long polls: all held after %lld ms, 303s by %lld ms, results by %lld ms", kClients,
              allHeldMs, firstHopMs, doneMs);
    }

    void keepAliveManyRequests()
    {
        // Sequential requests reuse the manager's connections; the server must parse each one anew.
        for (int i = 0; i < 40; ++i)
            QCOMPARE(
                call("POST", sim->invokeUrl(QStringLiteral("fire")), "{\"i\": " + QByteArray::number(i) + "}").status,
                200);
        QCOMPARE(sim->jobCount(), 40);
        const QJsonArray jobs = sim->jobsJson();
        QCOMPARE(jobs.at(39).toObject().value(QStringLiteral("InputArguments")).toString(),
                 QStringLiteral(R"({"i":39})"));
    }

    void cliBanner()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("triggers.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"triggers": [{"slug": "only", "folderKey": "11111111-2222-3333-4444-555555555555", )"
                   R"("verb": "GET", "defaultMode": "LongPolling", "durationMs": 10}]})");
        file.close();

        QProcess process;
        QByteArray out;
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [&] { out += process.readAllStandardOutput(); });
        process.start(QStringLiteral(TRIGGERDESK_SIM_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"),
                       QStringLiteral("cli-token"), QStringLiteral("--triggers"), file.fileName(),
                       QStringLiteral("--client"), QStringLiteral("app:pa:ss"), QStringLiteral("--long-poll-hold-ms"),
                       QStringLiteral("100"), QStringLiteral("--redirects-require-auth"), QStringLiteral("off")});
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("\n\n"), 10000);
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                    .match(QString::fromUtf8(lines.at(0)))
                    .hasMatch());
        const QList<QByteArray> fields = lines.at(1).split(' ');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), QByteArray("GET"));
        QCOMPARE(fields.at(1),
                 lines.at(0) + "/demo-org/demo-tenant/orchestrator_/t/11111111-2222-3333-4444-555555555555/only");
        QCOMPARE(fields.at(2), QByteArray("LongPolling"));
        QVERIFY(lines.at(2).isEmpty());

        const QUrl invoke = QUrl::fromEncoded(QByteArray(fields.at(1) + "?x=1"));
        Response r = get(invoke, QByteArray("cli-token"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("echo")).toObject().value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(get(invoke).status, 401);

        QUrl tokenUrl = QUrl::fromEncoded(lines.at(0));
        tokenUrl.setPath(QStringLiteral("/identity_/connect/token"));
        QNetworkRequest request(tokenUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        r = finish(
            nam->post(request, "grant_type=client_credentials&client_id=app&client_secret=pa%3Ass&scope=OR.Jobs"));
        QCOMPARE(r.status, 200);

        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    // A person signs in (authorization code with PKCE), as UiPath's API guide describes it: the
    // page, the form, the redirect with the code and the state, the code for tokens, the refresh
    // token once each; and every wrong request refused as RFC 6749 and RFC 7636 say.
    void personSignsInWithPkce()
    {
        const QString redirect = QStringLiteral("http://127.0.0.1:8765/callback");
        sim->addPublicClient(QStringLiteral("desk"), {redirect}, {QStringLiteral("OR.Jobs")});
        sim->addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
        sim->setTokenLifetimeSec(3600);
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");  // RFC 7636 B
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"); // its S256
        QUrl authorize = sim->baseUrl();
        authorize.setPath(QStringLiteral("/identity_/connect/authorize"));
        QUrlQuery query;
        for (const auto &[key, value] :
             QList<QPair<QString, QString>>{{QStringLiteral("response_type"), QStringLiteral("code")},
                                            {QStringLiteral("client_id"), QStringLiteral("desk")},
                                            {QStringLiteral("redirect_uri"), redirect},
                                            {QStringLiteral("scope"), QStringLiteral("OR.Jobs offline_access")},
                                            {QStringLiteral("state"), QStringLiteral("st-42")},
                                            {QStringLiteral("code_challenge"), challenge},
                                            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}})
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        authorize.setQuery(query);
        const auto form = [this](const QUrl &url, const QByteArray &body) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            return finish(nam->post(request, body));
        };
        // The browser: the page's form, posted back with the person's name and password.
        const Response page = get(authorize, std::nullopt);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form method=\"post\""));
        QVERIFY(page.body.contains("name=\"password\""));
        QByteArray signIn = query.query(QUrl::FullyEncoded).toUtf8() + "&username=ada&password=";
        const Response wrong = form(authorize.adjusted(QUrl::RemoveQuery), signIn + "nope");
        QCOMPARE(wrong.status, 200);
        QVERIFY(wrong.body.contains("Wrong user name or password."));
        const Response signedIn = form(authorize.adjusted(QUrl::RemoveQuery), signIn + "s3cret%21");
        QCOMPARE(signedIn.status, 302);
        const QUrl back = QUrl::fromEncoded(signedIn.location);
        QCOMPARE(back.adjusted(QUrl::RemoveQuery).toString(), redirect);
        QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
        const QString code = QUrlQuery(back).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        // The code for tokens: refused with another verifier (and then spent), so a second sign-in.
        const QUrl token = sim->tokenUrl();
        const auto exchange = [&](const QString &c, const QString &v, const QString &r) {
            return form(token, QStringLiteral("grant_type=authorization_code&client_id=desk&code=%1&redirect_uri=%2"
                                              "&code_verifier=%3")
                                   .arg(c, QString::fromLatin1(QUrl::toPercentEncoding(r)), v)
                                   .toUtf8());
        };
        Response r = exchange(code, QStringLiteral("another-verifier-another-verifier-another-v"), redirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        const auto signInAgain = [&] {
            return QUrlQuery(
                       QUrl::fromEncoded(form(authorize.adjusted(QUrl::RemoveQuery), signIn + "s3cret%21").location))
                .queryItemValue(QStringLiteral("code"));
        };
        const QString other = signInAgain();
        r = exchange(other, verifier, QStringLiteral("http://127.0.0.1:9999/callback"));
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant")); // other URI
        const QString good = signInAgain();
        r = exchange(good, verifier, redirect);
        QVERIFY2(r.status == 200, r.body.constData());
        const QString access = r.json().value(QStringLiteral("access_token")).toString();
        QString refresh = r.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        QCOMPARE(r.json().value(QStringLiteral("expires_in")).toInt(), 3600);
        const QUrl jobs =
            sim->baseUrl().resolved(QUrl(QStringLiteral("/demo-org/demo-tenant/orchestrator_/odata/Jobs")));
        QCOMPARE(get(jobs, access.toUtf8()).status, 200);
        // The code again: refused, and what it gave is revoked (RFC 6749 4.1.2).
        r = exchange(good, verifier, redirect);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(get(jobs, access.toUtf8()).status, 401);

        // Refresh tokens: one use each, the answer bringing the next (the first went with its code).
        const auto refreshWith = [&](const QString &t) {
            return form(token,
                        QStringLiteral("grant_type=refresh_token&client_id=desk&refresh_token=%1").arg(t).toUtf8());
        };
        QCOMPARE(refreshWith(refresh).status, 400);
        refresh = exchange(signInAgain(), verifier, redirect).json().value(QStringLiteral("refresh_token")).toString();
        r = refreshWith(refresh);
        QCOMPARE(r.status, 200);
        const QString next = r.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!next.isEmpty() && next != refresh);
        QCOMPARE(refreshWith(refresh).json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        // Revoked (RFC 7009), or all of them by the administrator: refused.
        QCOMPARE(form(sim->baseUrl().resolved(QUrl(QStringLiteral("/identity_/connect/revocation"))),
                      QStringLiteral("token=%1").arg(next).toUtf8())
                     .status,
                 200);
        QCOMPARE(refreshWith(next).status, 400);
        const QString last =
            exchange(signInAgain(), verifier, redirect).json().value(QStringLiteral("refresh_token")).toString();
        sim->revokeRefreshTokens();
        QCOMPARE(refreshWith(last).status, 400);

        // Without offline_access, no refresh token; without PKCE, or with an unregistered redirect
        // URI, no code.
        QUrlQuery noOffline = query;
        noOffline.removeQueryItem(QStringLiteral("scope"));
        noOffline.addQueryItem(QStringLiteral("scope"), QStringLiteral("OR.Jobs"));
        const QUrl back2 =
            QUrl::fromEncoded(form(authorize.adjusted(QUrl::RemoveQuery),
                                   noOffline.query(QUrl::FullyEncoded).toUtf8() + "&username=ada&password=s3cret%21")
                                  .location);
        r = exchange(QUrlQuery(back2).queryItemValue(QStringLiteral("code")), verifier, redirect);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QStringLiteral("refresh_token")));
        QUrl noPkce = authorize;
        QUrlQuery without = query;
        without.removeQueryItem(QStringLiteral("code_challenge"));
        noPkce.setQuery(without);
        const Response refused = get(noPkce, std::nullopt);
        QCOMPARE(refused.status, 302);
        QCOMPARE(QUrlQuery(QUrl::fromEncoded(refused.location)).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("invalid_request"));
        QUrl elsewhere = authorize;
        QUrlQuery foreign = query;
        foreign.removeQueryItem(QStringLiteral("redirect_uri"));
        foreign.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https%3A%2F%2Fevil.example%2Fcb"));
        elsewhere.setQuery(foreign);
        const Response notSent = get(elsewhere, std::nullopt);
        QCOMPARE(notSent.status, 400); // said on the page, never sent to an unregistered address
        QVERIFY(notSent.location.isEmpty());
    }

    void cliBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("bad on/off") << QStringList{QStringLiteral("--redirects-require-auth"), QStringLiteral("maybe")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("--triggers"),
                                                     QStringLiteral("/nonexistent/t.json")};
        QTest::newRow("bad client") << QStringList{QStringLiteral("--client"), QStringLiteral("nosecret")};
        QTest::newRow("bad public client") << QStringList{QStringLiteral("--public-client"), QStringLiteral("desk")};
        QTest::newRow("bad user") << QStringList{QStringLiteral("--user"), QStringLiteral("nopassword")};
        QTest::newRow("bad probability") << QStringList{QStringLiteral("--fault-drop"), QStringLiteral("1.5")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
    }

    void cliBadOptions()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(TRIGGERDESK_SIM_EXE), arguments);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SimulatorTest)
#include "tst_simulator.moc"
