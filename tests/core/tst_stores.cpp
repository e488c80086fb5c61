#include "appidentity.h"
#include "jobstats.h"
#include "jobstore.h"
#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace td;

namespace {

// A language of a few sentences, one of them with its placeholders the other way round.
class TestLanguage : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "td::Test") != 0)
            return {};
        const QByteArray text(source);
        if (text == "Copy %1 to %2.")
            return QStringLiteral("%2 へ %1 をコピー。");
        if (text == "The job failed: %1")
            return QStringLiteral("ジョブ失敗: %1");
        if (text == "No answer")
            return QStringLiteral("応答なし");
        if (text == "%n job(s)")
            return QStringLiteral("%n 件");
        return {};
    }
    bool isEmpty() const override { return false; }
};

// What the health figures read of each record.
QList<JobOutcome> outcomesOf(const QList<JobRecord> &records)
{
    QList<JobOutcome> outcomes;
    for (const JobRecord &record : records)
        outcomes.append(JobOutcome::of(record));
    return outcomes;
}

} // namespace

class TestStores : public QObject
{
    Q_OBJECT

private slots:
    void windowAndCliShareTheProfileFile();
    void profilesRoundTrip();
    void personalAccessTokenExpiry();
    void missingFileIsEmpty();
    void corruptFileIsKeptAside();
    void importAcceptsSingleProfile();
    void jobsRoundTripAndUnfinished();
    void redactsSecretsInUrls();
    void refusedFilesAreNeverRewritten_data();
    void refusedFilesAreNeverRewritten();
    void leftoverTemporariesAreCleanedUp();
    void recordWithoutIdIsRefused();
    void phrasesAreWordedWhenShown();
    void phrasesRoundTripThroughJson();
    void statsArePercentilesOfTheJobsThatEnded();
    void probeArgumentsArePresetElseDefaults();

private:
    static TriggerProfile sampleProfile(const QString &name)
    {
        TriggerProfile profile;
        profile.name = name;
        profile.invokeUrl = QUrl(QStringLiteral("https://cloud.uipath.com/o/t/orchestrator_/t/k/") + name);
        return profile;
    }
};

void TestStores::windowAndCliShareTheProfileFile()
{
    // Both executables set this identity: profiles saved in the window are run by the CLI.
    qunsetenv("TRIGGERDESK_PROFILES");
    setApplicationIdentity();
    const QString path = ProfileStore::defaultPath();
    QVERIFY2(path.endsWith(QLatin1String("TriggerDesk/triggerdesk/profiles.json")), qPrintable(path));
}

void TestStores::profilesRoundTrip()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("sub/profiles.json")));
    TriggerProfile onPremises = sampleProfile(QStringLiteral("b"));
    onPremises.tls = {QStringLiteral("/etc/company/ca.pem"), QStringLiteral("0A:") + QStringLiteral("ff").repeated(31)};
    onPremises.proxy = QStringLiteral("http://alice@proxy.example.com:3128");
    onPremises.expectedDurationSeconds = 600;
    QVERIFY(onPremises.validate().isEmpty());
    QCOMPARE(onPremises.tls.pin().size(), 32);
    QCOMPARE(onPremises.toJson().value(QStringLiteral("caFile")).toString(), onPremises.tls.caFile);
    QVERIFY(!sampleProfile(QStringLiteral("a")).toJson().contains(QStringLiteral("pinSha256")));
    store.setProfiles({sampleProfile(QStringLiteral("a")), onPremises});
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));
    ProfileStore again(store.path());
    QVERIFY(again.load(&error));
    QCOMPARE(again.profiles(), store.profiles());
    QCOMPARE(again.profiles().at(1).tls, onPremises.tls);
    QCOMPARE(again.profiles().at(1).proxy, onPremises.proxy);
    QCOMPARE(again.profiles().at(1).expectedDurationSeconds, 600);
    QCOMPARE(again.profiles().at(0).expectedDurationSeconds, 0);
    // A pin that is not 64 hex digits stops a launch, in words.
    onPremises.tls.pinSha256 = QStringLiteral("0A:FF");
    QVERIFY(onPremises.validate().join(QLatin1Char(' ')).contains(QLatin1String("64 hexadecimal digits")));
    QCOMPARE(again.indexOf(QStringLiteral("b")), 1);
    QCOMPARE(again.indexOf(QStringLiteral("zz")), -1);
}

void TestStores::personalAccessTokenExpiry()
{
    const QDate today(2026, 12, 4);
    Credential token = Credential::create(QStringLiteral("Ops"), Credential::Kind::PersonalAccessToken);
    QVERIFY(token.expiryNotice(today).isEmpty()); // no date, nothing to say
    QVERIFY(!token.toJson().contains(QStringLiteral("expiresOn")));
    token.expiresOn = QDate(2026, 12, 12);
    QCOMPARE(Credential::fromJson(token.toJson()).expiresOn, token.expiresOn);
    QCOMPARE(token.toJson().value(QStringLiteral("expiresOn")).toString(), QStringLiteral("2026-12-12"));
    // Warned from a week before, on the day, and after it; never before the week.
    QVERIFY(token.expiryNotice(today).isEmpty());
    QVERIFY(token.expiryNotice(today.addDays(1))
                .text()
                .startsWith(QLatin1String("The personal access token of \"Ops\" expires on 2026-12-12, in 7 day")));
    QVERIFY(token.expiryNotice(QDate(2026, 12, 11)).text().contains(QLatin1String("in 1 day")));
    QVERIFY(token.expiryNotice(QDate(2026, 12, 12))
                .text()
                .startsWith(QLatin1String("The personal access token of \"Ops\" expires today.")));
    QVERIFY(token.expiryNotice(QDate(2027, 3, 1))
                .text()
                .startsWith(
                    QLatin1String("The personal access token of \"Ops\" expired on 2026-12-12. Generate a new one")));
    QVERIFY(!token.expiresBy(QDate(2026, 12, 11)));
    QVERIFY(token.expiresBy(QDate(2026, 12, 12)));
    // Other kinds renew their tokens: no date is kept or read for them.
    Credential robot = token;
    robot.kind = Credential::Kind::OAuthClientCredentials;
    QVERIFY(robot.expiryNotice(QDate(2027, 3, 1)).isEmpty());
    QVERIFY(!robot.toJson().contains(QStringLiteral("expiresOn")));
    QVERIFY(!robot.expiresBy(QDate(2027, 3, 1)));
}

void TestStores::missingFileIsEmpty()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty());
}

void TestStores::corruptFileIsKeptAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"profiles\": [ {\"name\": \"x\", ");
    file.close();
    ProfileStore store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QStringLiteral("corrupt")), qPrintable(error));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"profiles\": [ {\"name\": \"x\", "));
    // A save after the failure does not destroy the kept copy.
    store.setProfiles({sampleProfile(QStringLiteral("new"))});
    QVERIFY(store.save());
    QVERIFY(QFile::exists(dir.filePath(aside.first())));
}

void TestStores::importAcceptsSingleProfile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.json"));
    QString error;
    QVERIFY(ProfileStore::exportFile(path, {sampleProfile(QStringLiteral("one"))}, &error));
    QCOMPARE(ProfileStore::importFile(path, &error).size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(sampleProfile(QStringLiteral("solo")).toJson()).toJson());
    file.close();
    const QList<TriggerProfile> imported = ProfileStore::importFile(path, &error);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().name, QStringLiteral("solo"));
    QVERIFY(ProfileStore::importFile(dir.filePath(QStringLiteral("missing.json")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestStores::jobsRoundTripAndUnfinished()
{
    QTemporaryDir dir;
    JobStore store(dir.path());
    JobRecord running;
    running.id = QStringLiteral("a");
    running.profile = sampleProfile(QStringLiteral("p"));
    running.state = JobState::Running;
    running.statusUri = QUrl(QStringLiteral("https://h/status/1"));
    running.createdAt = QDateTime::currentDateTimeUtc();
    Hop hop;
    hop.method = QStringLiteral("POST");
    hop.url = QStringLiteral("https://h/t/k/p");
    hop.status = 202;
    hop.ms = 12;
    hop.at = running.createdAt;
    hop.tokenSent = true;
    hop.headers = {{"Location", "/status/1"}};
    running.hops.append(hop);
    running.transitions.append({JobState::Running, running.createdAt, Phrase::verbatim(QStringLiteral("accepted")), 0});
    JobRecord done = running;
    done.id = QStringLiteral("b");
    done.state = JobState::Successful;
    done.output = QJsonObject{{QStringLiteral("x"), 1}};
    done.createdAt = running.createdAt.addSecs(1);
    // What the window offers after a refusal comes back with the record: the certificate the
    // server presented, and the proxy that asked for credentials.
    Hop refused = hop;
    refused.status = 0;
    refused.proxy = QStringLiteral("http://proxy.example.com:3128");
    refused.proxyAuthRequired = true;
    refused.certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    refused.certificateTrustable = true;
    done.hops.append(refused);
    QVERIFY(store.save(running));
    QVERIFY(store.save(done));
    QFile garbage(dir.filePath(QStringLiteral("c.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not json");
    garbage.close();

    QStringList problems;
    const QList<JobRecord> all = store.loadAll(&problems);
    QCOMPARE(all.size(), 2);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(all.at(0).toJson(), running.toJson());
    QCOMPARE(all.at(1).output, done.output);
    QCOMPARE(all.at(1).toJson(), done.toJson());
    QCOMPARE(all.at(1).hops.last().certificate, refused.certificate);
    QVERIFY(all.at(1).hops.last().certificateTrustable && all.at(1).hops.last().proxyAuthRequired);
    const QList<JobRecord> unfinished = store.unfinished();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().id, QStringLiteral("a"));
    QCOMPARE(unfinished.first().hops.first().headers.first().second, QByteArray("/status/1"));
}

void TestStores::redactsSecretsInUrls()
{
    const QString url =
        redactedUrl(QUrl(QStringLiteral("https://user:pw@h/p?access_token=abc&client_secret=s&name=ok&sig=1")));
    QVERIFY(!url.contains(QStringLiteral("abc")));
    QVERIFY(!url.contains(QStringLiteral("pw")));
    QVERIFY(!url.contains(QStringLiteral("=s&")));
    QVERIFY(url.contains(QStringLiteral("name=ok")));
}

void TestStores::refusedFilesAreNeverRewritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("newer version") << QByteArray(R"({"version": 99, "profiles": [{"name": "a", )"
                                                 R"("invokeUrl": "https://h/t/k/s", "futureField": 1}]})")
                                   << QStringLiteral("newer");
    QTest::newRow("profiles is an object")
        << QByteArray(R"({"version": 1, "profiles": {"a": {"name": "a"}}})") << QStringLiteral("list");
    QTest::newRow("profiles is a string") << QByteArray(R"({"profiles": "a"})") << QStringLiteral("list");
}

void TestStores::refusedFilesAreNeverRewritten()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    ProfileStore store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // Saving what was read (nothing) must not replace what the person has.
    store.setProfiles({sampleProfile(QStringLiteral("new"))});
    QVERIFY(!store.save(&error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestStores::leftoverTemporariesAreCleanedUp()
{
    // A process killed in the middle of an atomic write leaves its temporary file behind.
    QTemporaryDir dir;
    JobStore store(dir.path());
    JobRecord record;
    record.id = QStringLiteral("job-1");
    QVERIFY(store.save(record));
    QFile stale(dir.filePath(QStringLiteral("job-2.json.AbC123")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("{\"id\": \"job-2\", \"sta");
    stale.close();
    QCOMPARE(store.loadAll().size(), 1);
    QVERIFY(!QFile::exists(stale.fileName()));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("job-1.json"))));
}

void TestStores::recordWithoutIdIsRefused()
{
    QTemporaryDir dir;
    JobStore store(dir.path());
    QString error;
    QVERIFY(!store.save(JobRecord(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestStores::phrasesAreWordedWhenShown()
{
    const Phrase copy = Phrase::translate("td::Test", "Copy %1 to %2.").arg(QStringLiteral("a%2")).arg(7);
    const Phrase failed =
        Phrase::translate("td::Test", "The job failed: %1").arg(Phrase::translate("td::Test", "No answer"));
    const Phrase count = Phrase::translate("td::Test", "%n job(s)", nullptr, 3);
    const Phrase server = Phrase::verbatim(QStringLiteral("Trigger not found. %1"));
    const Phrase both = Phrase::lines({failed, Phrase(), server});
    // As QString::arg would say it, but a value's own "%2" is left as it came.
    QCOMPARE(copy.text(), QStringLiteral("Copy a%2 to 7."));
    QCOMPARE(failed.text(), QStringLiteral("The job failed: No answer"));
    QCOMPARE(count.text(), QStringLiteral("3 job(s)"));
    QCOMPARE(both.text(), QStringLiteral("The job failed: No answer\nTrigger not found. %1")); // the empty part gone
    QCOMPARE(both.firstLine(), failed);
    QCOMPARE(Phrase::sentences({copy, count}).text(), QStringLiteral("Copy a%2 to 7. 3 job(s)"));
    QVERIFY(Phrase::lines({Phrase(), Phrase::verbatim(QString())}).isEmpty());

    // The same phrases, worded again once another language is in: ours follow it, a nested one
    // too, its placeholders in its own order; words that are not ours stay as they are.
    TestLanguage language;
    QCoreApplication::installTranslator(&language);
    const auto english = qScopeGuard([&language] { QCoreApplication::removeTranslator(&language); });
    QCOMPARE(copy.text(), QStringLiteral("7 へ a%2 をコピー。"));
    QCOMPARE(both.text(), QStringLiteral("ジョブ失敗: 応答なし\nTrigger not found. %1"));
    QCOMPARE(count.text(), QStringLiteral("3 件"));
}

void TestStores::phrasesRoundTripThroughJson()
{
    const Phrase reason =
        Phrase::lines({Phrase::translate("td::Test", "The job failed: %1")
                           .arg(Phrase::sentences({Phrase::translate("td::Test", "%n job(s)", nullptr, 2),
                                                   Phrase::verbatim(QStringLiteral("server's words"))})),
                       Phrase::translate("td::Test", "Copy %1 to %2.").arg(QStringLiteral("x"), QStringLiteral("y"))});
    QCOMPARE(Phrase::fromJson(reason.toJson()), reason);
    QCOMPARE(Phrase::fromJson(reason.toJson()).text(), reason.text());
    // Words kept before phrases existed (a plain string) read as they are.
    QCOMPARE(Phrase::fromJson(QStringLiteral("Stopped watching")),
             Phrase::verbatim(QStringLiteral("Stopped watching")));
    QCOMPARE(Phrase::verbatim(QStringLiteral("as is")).toJson(), QJsonValue(QStringLiteral("as is")));

    // In a job record: the text for people and scripts, the phrase beside it, on each field.
    JobRecord record;
    record.id = QStringLiteral("j");
    record.error = reason;
    record.transitions.append({JobState::Failed, QDateTime::currentDateTimeUtc(), reason.firstLine(), 0});
    Hop hop;
    hop.error = Phrase::translate("td::Test", "No answer");
    hop.note = Phrase::verbatim(QStringLiteral("a note"));
    record.hops.append(hop);
    const QJsonObject json = record.toJson();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), reason.text());
    QVERIFY(json.value(QStringLiteral("errorPhrase")).isObject());
    const QJsonObject hopJson = json.value(QStringLiteral("hops")).toArray().at(0).toObject();
    QCOMPARE(hopJson.value(QStringLiteral("error")).toString(), QStringLiteral("No answer"));
    QVERIFY(hopJson.value(QStringLiteral("errorPhrase")).isObject());
    QVERIFY(!hopJson.contains(QStringLiteral("notePhrase"))); // verbatim: its text is all there is
    const JobRecord back = JobRecord::fromJson(json);
    QCOMPARE(back.error, reason);
    QCOMPARE(back.transitions.first().detail, reason.firstLine());
    QCOMPARE(back.hops.first().error, hop.error);
    QCOMPARE(back.hops.first().note, hop.note);
}

void TestStores::statsArePercentilesOfTheJobsThatEnded()
{
    // 100 Successful jobs of 1..100 s, given in reverse: nearest rank over the sorted durations.
    QList<JobRecord> records;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int seconds = 100; seconds >= 1; --seconds) {
        JobRecord record;
        record.profile.name = QStringLiteral("P");
        record.state = JobState::Successful;
        record.createdAt = start.addSecs(seconds);
        record.finishedAt = record.createdAt.addSecs(seconds);
        records.append(record);
    }
    JobStats stats = jobStats(outcomesOf(records), {}).value(0);
    QCOMPARE(stats.jobs, 100);
    QCOMPARE(stats.percentileMs(50), 50000);
    QCOMPARE(stats.percentileMs(90), 90000);
    QCOMPARE(stats.percentileMs(99), 99000);
    QCOMPARE(stats.percentileMs(100), 100000);
    QCOMPARE(stats.first, start.addSecs(1));
    QCOMPARE(stats.last, start.addSecs(100));
    // Only jobs whose end is known have a duration; a job still running is not counted at all.
    records.first().state = JobState::Cancelled;
    records[1].state = JobState::Running;
    stats = jobStats(outcomesOf(records), {}).value(0);
    QCOMPARE(stats.jobs, 99);
    QCOMPARE(stats.outcomes.value(JobState::Cancelled), 1);
    QCOMPARE(int(stats.durationsMs.size()), 98);
    QCOMPARE(stats.durationsMs.back(), 98000);
    // One duration is every percentile; none is -1; since and the profile filter.
    QCOMPARE(jobStats(outcomesOf(records.mid(99)), {}).value(0).percentileMs(50), 1000);
    QCOMPARE(jobStats(outcomesOf(records.mid(99)), {}).value(0).percentileMs(99), 1000);
    QCOMPARE(JobStats().percentileMs(50), -1);
    QCOMPARE(jobStats(outcomesOf(records), start.addSecs(51)).value(0).jobs, 49); // 51..100 s, less the running one
    QVERIFY(jobStats(outcomesOf(records), {}, QStringLiteral("Q")).isEmpty());
}

void TestStores::probeArgumentsArePresetElseDefaults()
{
    TriggerProfile profile;
    ArgumentSpec customer;
    customer.name = QStringLiteral("customer");
    customer.defaultValue = QStringLiteral("ACME");
    ArgumentSpec note;
    note.name = QStringLiteral("note"); // no default: not sent
    profile.arguments = {customer, note};
    QCOMPARE(profile.probeArguments(), (QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}));
    profile.presets.insert(QStringLiteral("Health"),
                           QJsonObject{{QStringLiteral("customer"), QStringLiteral("Probe")}});
    QCOMPARE(profile.probeArguments().value(QStringLiteral("customer")).toString(), QStringLiteral("Probe"));
    profile.probeEveryMinutes = 2000;
    QVERIFY(profile.validate().join(QLatin1Char(' ')).contains(QLatin1String("probe interval")));

    // The next turn: an interval after, or the next set time of day (local), over midnight too.
    profile.probeEveryMinutes = 20;
    const QDateTime morning(QDate(2026, 12, 7), QTime(7, 50)); // local time
    QCOMPARE(profile.nextProbeAfter(morning.toUTC()), morning.addSecs(20 * 60).toUTC());
    profile.probeEveryMinutes = 0;
    profile.probeTimes = {QTime(8, 0), QTime(13, 30)};
    QCOMPARE(profile.nextProbeAfter(morning.toUTC()), QDateTime(QDate(2026, 12, 7), QTime(8, 0)).toUTC());
    QCOMPARE(profile.nextProbeAfter(QDateTime(QDate(2026, 12, 7), QTime(8, 0)).toUTC()),
             QDateTime(QDate(2026, 12, 7), QTime(13, 30)).toUTC());
    QCOMPARE(profile.nextProbeAfter(QDateTime(QDate(2026, 12, 7), QTime(23, 0)).toUTC()),
             QDateTime(QDate(2026, 12, 8), QTime(8, 0)).toUTC());
    QVERIFY(!profile.validate().join(QLatin1Char(' ')).contains(QLatin1String("not both")));
    profile.probeEveryMinutes = 5;
    QVERIFY(profile.validate().join(QLatin1Char(' ')).contains(QLatin1String("not both")));
    profile.probeEveryMinutes = 0;
    TriggerProfile none;
    QVERIFY(!none.nextProbeAfter(morning).isValid());
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
