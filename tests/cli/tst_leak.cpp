#include "leakscan.h"
#include "localports.h"
#include "orchestratorsimulator.h"
#include "scriptedbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// Secrets never touch disk in clear: an OAuth credential stored in the real keychain (gnome-keyring
// in a private D-Bus session) launches a job in every mode through triggerdesk-cli; then every file
// the run could write and everything it printed is searched for the client secret and for each
// access token the simulator saw.
class TestLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oauthCredentialInEveryModeLeavesNoSecret();
    void personSignsInFromTheCommandLine();
    void expiredPersonalAccessTokenIsNamed();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    td::sim::OrchestratorSimulator m_sim;
    QProcessEnvironment m_env;
    QString m_bin;
};

static const QByteArray kClientSecret = QByteArrayLiteral("client-s3cret-7f3a9c");

void TestLeak::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through run-with-keyring.sh");
    m_bin = qEnvironmentVariable("TRIGGERDESK_BIN_DIR");
    QVERIFY(m_sim.listen());
    m_sim.setLongPollHoldMs(300);
    m_sim.setToken(QStringLiteral("static-token-not-used"));
    m_sim.addClient(QStringLiteral("robot"), QString::fromLatin1(kClientSecret), {QStringLiteral("OR.Jobs")});
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("TRIGGERDESK_PROFILES"), m_dir.filePath(QStringLiteral("config/profiles.json")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    m_env.remove(QStringLiteral("TRIGGERDESK_TOKEN"));
}

TestLeak::Result TestLeak::cli(const QStringList &arguments, const QByteArray &input)
{
    // Asynchronous, so the in-process simulator keeps answering while the CLI runs.
    QProcess process;
    process.setProcessEnvironment(m_env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_bin + QStringLiteral("/triggerdesk-cli"), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!finished.wait(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestLeak::oauthCredentialInEveryModeLeavesNoSecret()
{
    QList<QByteArray> printed;
    Result added = cli({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("robot"),
                        QStringLiteral("--oauth"), QStringLiteral("--client-id"), QStringLiteral("robot"),
                        QStringLiteral("--identity-url"), m_sim.baseUrl().toString() + QStringLiteral("/identity_")},
                       kClientSecret + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    printed << added.out << added.err;

    QJsonArray profiles;
    for (const char *slug : {"echo-async", "echo-fire", "echo-long"}) {
        const QString name = QString::fromLatin1(slug);
        profiles.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("url"), m_sim.invokeUrl(name).toString()},
                                    {QStringLiteral("mode"), QStringLiteral("default")},
                                    {QStringLiteral("pollIntervalMs"), 250},
                                    {QStringLiteral("credential"), QStringLiteral("robot")}});
    }
    const QString importPath = m_dir.filePath(QStringLiteral("import.json"));
    QFile import(importPath);
    QVERIFY(import.open(QIODevice::WriteOnly));
    import.write(QJsonDocument(QJsonObject{{ QStringLiteral("profiles"), profiles }}).toJson());
    import.close();
    const Result imported = cli({QStringLiteral("profiles"), QStringLiteral("import"), importPath});
    QCOMPARE(imported.exitCode, 0);

    const QMap<QString, QString> expected{{QStringLiteral("echo-async"), QStringLiteral("Successful")},
                                          {QStringLiteral("echo-fire"), QStringLiteral("Started")},
                                          {QStringLiteral("echo-long"), QStringLiteral("Successful")}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Result run = cli({QStringLiteral("run"), QStringLiteral("--profile"), it.key(),
                                QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("data/jobs"))});
        printed << run.out << run.err;
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.startsWith(it.value().toUtf8()), run.out.constData());
        const Result json =
            cli({QStringLiteral("run"), QStringLiteral("--profile"), it.key(), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("state")).toString(), it.value());
        printed << json.out << json.err;
    }

    // What must never appear: the client secret and every access token the server saw.
    const QList<QByteArray> tokens = td::test::bearerTokensSeen(m_sim);
    QVERIFY(!tokens.isEmpty());
    QVERIFY(!tokens.contains("static-token-not-used"));
    const QList<QByteArray> secrets = QList<QByteArray>{kClientSecret} + tokens;

    int searched = 0;
    const QStringList leaking = td::test::filesContaining(m_dir.path(), secrets, &searched);
    QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(QLatin1Char(' '))));
    QVERIFY(searched >= 5); // the profile file and one record per --state-dir job at least
    for (const QByteArray &output : printed) {
        for (const QByteArray &secret : secrets)
            QVERIFY(!output.contains(secret));
    }
}

// credentials add --browser, then login: the CLI prints the sign-in page and waits on its loopback
// port; the test plays the browser. The session's refresh token goes to the real keychain; jobs
// run on it; logout forgets it. No token is printed or written to a file.
void TestLeak::personSignsInFromTheCommandLine()
{
    const quint16 port = td::test::freeLoopbackPort();
    m_sim.addPublicClient(QStringLiteral("desk"), {QStringLiteral("http://127.0.0.1:%1/").arg(port)},
                          {QStringLiteral("OR.Jobs")});
    m_sim.addUser(QStringLiteral("ada"), QStringLiteral("s3cret!"));
    const QString identity = m_sim.baseUrl().toString() + QStringLiteral("/identity_");
    const Result added =
        cli({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--browser"),
             QStringLiteral("--client-id"), QStringLiteral("desk"), QStringLiteral("--identity-url"), identity,
             QStringLiteral("--redirect-port"), QString::number(port)});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.err.contains(QStringLiteral("http://127.0.0.1:%1/").arg(port).toUtf8()), added.err.constData());

    // Before signing in, a job says to sign in and sends nothing.
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("as-ada")},
                              {QStringLiteral("url"), m_sim.invokeUrl(QStringLiteral("echo-async")).toString()},
                              {QStringLiteral("pollIntervalMs"), 250},
                              {QStringLiteral("credential"), QStringLiteral("ada")}};
    const QString importPath = m_dir.filePath(QStringLiteral("ada.json"));
    QFile import(importPath);
    QVERIFY(import.open(QIODevice::WriteOnly));
    import.write(QJsonDocument(QJsonObject{{ QStringLiteral("profiles"), QJsonArray { profile } }}).toJson());
    import.close();
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("import"), importPath}).exitCode, 0);
    const QStringList run{QStringLiteral("run"), QStringLiteral("--profile"), QStringLiteral("as-ada")};
    const Result before = cli(run);
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.err.contains("Nobody is signed in") || before.out.contains("Nobody is signed in"),
             QByteArray(before.out + before.err).constData());

    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("TRIGGERDESK_NO_BROWSER"), QStringLiteral("1"));
    QProcess login;
    login.setProcessEnvironment(env);
    login.start(m_bin + QStringLiteral("/triggerdesk-cli"),
                {QStringLiteral("credentials"), QStringLiteral("login"), QStringLiteral("ada")});
    QByteArray said;
    QUrl page;
    QTRY_VERIFY_WITH_TIMEOUT((said += login.readAllStandardError(),
                              page = QUrl::fromEncoded(said.mid(said.indexOf("http")).split('\n').first().trimmed()),
                              page.isValid() && page.path().endsWith(QLatin1String("/authorize"))),
                             10000);
    // The browser: the form, the person's name and password, the redirect to the CLI's listener.
    QNetworkAccessManager browser;
    QVERIFY(td::test::browse(&browser, page)->readAll().contains("name=\"password\""));
    const QUrl back = td::test::submitSignIn(&browser, page, "username=ada&password=s3cret%21");
    QCOMPARE(back.port(), int(port));
    td::test::browse(&browser, back);
    QSignalSpy ended(&login, &QProcess::finished);
    QVERIFY(login.state() == QProcess::NotRunning || ended.wait(10000));
    said += login.readAllStandardError();
    QVERIFY2(login.exitCode() == 0, said.constData());
    QVERIFY2(said.contains("Signed in with \"ada\""), said.constData());

    const Result after = cli(run);
    QVERIFY2(after.exitCode == 0, QByteArray(after.out + after.err).constData());
    QVERIFY2(after.out.startsWith("Successful"), after.out.constData());

    const Result out = cli({QStringLiteral("credentials"), QStringLiteral("logout"), QStringLiteral("ada")});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(cli(run).exitCode, 3);

    // No access token the server saw, and no refresh token, in anything printed or written.
    const QList<QByteArray> tokens = td::test::bearerTokensSeen(m_sim);
    QVERIFY(!tokens.isEmpty());
    int searched = 0;
    const QStringList leaking = td::test::filesContaining(m_dir.path(), tokens, &searched);
    QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(QLatin1Char(' '))));
    for (const QByteArray &token : tokens)
        QVERIFY(!said.contains(token) && !after.out.contains(token) && !after.err.contains(token));
}

// A personal access token kept with its expiry date (credentials add --pat --expires): a run
// says before sending that it has expired, and the server's 401 is explained by it; the token
// itself is in no output and no file.
void TestLeak::expiredPersonalAccessTokenIsNamed()
{
    const QByteArray token = QByteArrayLiteral("pat-3c1e0d9b-old");
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const Result wrongDate = cli({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("ops"),
                                  QStringLiteral("--pat"), QStringLiteral("--expires"), QStringLiteral("31/01/2027")},
                                 token + '\n');
    QCOMPARE(wrongDate.exitCode, 2);
    QVERIFY2(wrongDate.err.contains("--expires takes a date such as"), wrongDate.err.constData());
    const Result added = cli({QStringLiteral("credentials"), QStringLiteral("add"), QStringLiteral("ops"),
                              QStringLiteral("--pat"), QStringLiteral("--expires"), yesterday},
                             token + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const QString importPath = m_dir.filePath(QStringLiteral("import-pat.json"));
    QFile import(importPath);
    QVERIFY(import.open(QIODevice::WriteOnly));
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("pat-async")},
                              {QStringLiteral("url"), m_sim.invokeUrl(QStringLiteral("echo-async")).toString()},
                              {QStringLiteral("mode"), QStringLiteral("async")},
                              {QStringLiteral("credential"), QStringLiteral("ops")}};
    import.write(QJsonDocument(QJsonObject{{ QStringLiteral("profiles"), QJsonArray { profile } }}).toJson());
    import.close();
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("import"), importPath}).exitCode, 0);

    // The simulator takes another token: the old one is refused.
    const Result run = cli({QStringLiteral("run"), QStringLiteral("--profile"), QStringLiteral("pat-async")});
    const QByteArray expired = "The personal access token of \"ops\" expired on " + yesterday.toUtf8() + '.';
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QVERIFY2(run.err.startsWith(expired), run.err.constData());
    QVERIFY2(run.out.startsWith("Failed"), run.out.constData());
    QVERIFY2(run.out.contains(QByteArray(QByteArray("The server refused the token (401). ") + expired)),
             run.out.constData());
    for (const QByteArray &printed : {added.out, added.err, run.out, run.err})
        QVERIFY(!printed.contains(token));
    int searched = 0;
    const QStringList leaking = td::test::filesContaining(m_dir.path(), {token}, &searched);
    QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(QLatin1Char(' '))));
    QVERIFY(searched > 0);
}

QTEST_GUILESS_MAIN(TestLeak)
#include "tst_leak.moc"
