#include "argumentencoding.h"
#include "argumentspec.h"
#include "triggerprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace td;

class TestArguments : public QObject
{
    Q_OBJECT

private slots:
    void parseText_data();
    void parseText();
    void requiredAndChoices();
    void validateArgumentsReportsEachProblem();
    void jsonBodyCarriesCallMode();
    void jsonBodyIsNeverEmpty();
    void queryStringEncoding();
    void queryKeepsExistingQuery();
    void typedCommandLineValues_data();
    void typedCommandLineValues();
    void inferFromExample();
    void specRoundTrip();
    void invokeUrlParts_data();
    void invokeUrlParts();
    void profileRoundTripAndValidation();
};

void TestArguments::parseText_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<bool>("error");

    const int text = int(ArgumentType::Text), integer = int(ArgumentType::Integer), number = int(ArgumentType::Number),
              boolean = int(ArgumentType::Boolean), object = int(ArgumentType::JsonObject),
              array = int(ArgumentType::JsonArray), dateTime = int(ArgumentType::DateTime),
              choice = int(ArgumentType::Choice);
    QTest::newRow("text") << text << QStringLiteral(" a b ") << QJsonValue(QStringLiteral(" a b ")) << false;
    QTest::newRow("integer") << integer << QStringLiteral("42") << QJsonValue(42) << false;
    QTest::newRow("negative integer") << integer << QStringLiteral("-7") << QJsonValue(-7) << false;
    QTest::newRow("integer with decimals") << integer << QStringLiteral("4.2") << QJsonValue() << true;
    QTest::newRow("integer garbage") << integer << QStringLiteral("forty") << QJsonValue() << true;
    QTest::newRow("number") << number << QStringLiteral("3.25") << QJsonValue(3.25) << false;
    QTest::newRow("number garbage") << number << QStringLiteral("3,25") << QJsonValue() << true;
    QTest::newRow("boolean true") << boolean << QStringLiteral("TRUE") << QJsonValue(true) << false;
    QTest::newRow("boolean false") << boolean << QStringLiteral("false") << QJsonValue(false) << false;
    QTest::newRow("boolean garbage") << boolean << QStringLiteral("yes") << QJsonValue() << true;
    QTest::newRow("object") << object << QStringLiteral("{\"a\": 1}")
                            << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << false;
    QTest::newRow("object given an array") << object << QStringLiteral("[1]") << QJsonValue() << true;
    QTest::newRow("object bad json") << object << QStringLiteral("{\"a\": }") << QJsonValue() << true;
    QTest::newRow("array") << array << QStringLiteral("[1, \"x\"]") << QJsonValue(QJsonArray{1, QStringLiteral("x")})
                           << false;
    QTest::newRow("array trailing junk") << array << QStringLiteral("[1] 2") << QJsonValue() << true;
    QTest::newRow("date-time") << dateTime << QStringLiteral("2026-11-22T14:30:00Z")
                               << QJsonValue(QStringLiteral("2026-11-22T14:30:00Z")) << false;
    QTest::newRow("date-time garbage") << dateTime << QStringLiteral("tomorrow") << QJsonValue() << true;
    QTest::newRow("choice") << choice << QStringLiteral("blue") << QJsonValue(QStringLiteral("blue")) << false;
    QTest::newRow("choice not listed") << choice << QStringLiteral("green") << QJsonValue() << true;
}

void TestArguments::parseText()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QFETCH(bool, error);

    ArgumentSpec spec;
    spec.name = QStringLiteral("arg");
    spec.type = ArgumentType(type);
    spec.choices = {QStringLiteral("red"), QStringLiteral("blue")};
    QString message;
    const QJsonValue value = spec.parseText(text, &message);
    QCOMPARE(!message.isEmpty(), error);
    if (error) {
        QVERIFY(value.isUndefined());
    } else {
        QCOMPARE(value, expected);
        QVERIFY(spec.validate(value).isEmpty());
        // What an editor shows parses back to the same value.
        QCOMPARE(spec.parseText(spec.toText(value), nullptr), value);
    }
}

void TestArguments::requiredAndChoices()
{
    ArgumentSpec spec;
    spec.name = QStringLiteral("color");
    spec.type = ArgumentType::Choice;
    spec.choices = {QStringLiteral("red")};
    QVERIFY(spec.validate(QJsonValue()).isEmpty());
    spec.required = true;
    QCOMPARE(spec.validate(QJsonValue()), QStringLiteral("color is required."));
    QVERIFY(spec.validate(QJsonValue(QStringLiteral("blue"))).contains(QStringLiteral("red")));
}

void TestArguments::validateArgumentsReportsEachProblem()
{
    ArgumentSpec count{QStringLiteral("count"), ArgumentType::Integer, true, {}, {}, {}};
    ArgumentSpec flag{QStringLiteral("flag"), ArgumentType::Boolean, false, {}, {}, {}};
    const QStringList errors = validateArguments(
        {count, flag}, QJsonObject{{QStringLiteral("flag"), QStringLiteral("yes")}, {QStringLiteral("extra"), 1}});
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).contains(QStringLiteral("count is required")));
    QVERIFY(errors.at(1).contains(QStringLiteral("flag")));
}

void TestArguments::jsonBodyCarriesCallMode()
{
    const QJsonObject args{{QStringLiteral("argument1"), 123},
                           {QStringLiteral("argument2"), QStringLiteral("my string")}};
    const QJsonObject body = QJsonDocument::fromJson(encoding::jsonBody(args, CallMode::AsyncRequestReply)).object();
    QCOMPARE(body.value(QStringLiteral("$callMode")).toString(), QStringLiteral("AsyncRequestReply"));
    QCOMPARE(body.value(QStringLiteral("argument1")).toInt(), 123);
    QCOMPARE(body.size(), 3);
    const QJsonObject defaultBody =
        QJsonDocument::fromJson(encoding::jsonBody(args, CallMode::TriggerDefault)).object();
    QVERIFY(!defaultBody.contains(QStringLiteral("$callMode")));
    QVERIFY(encoding::methodHasBody(QStringLiteral("POST")));
    QVERIFY(encoding::methodHasBody(QStringLiteral("PUT")));
    QVERIFY(!encoding::methodHasBody(QStringLiteral("GET")));
    QVERIFY(!encoding::methodHasBody(QStringLiteral("DELETE")));
}

void TestArguments::jsonBodyIsNeverEmpty()
{
    QCOMPARE(encoding::jsonBody({}, CallMode::TriggerDefault), QByteArray("{}"));
}

void TestArguments::queryStringEncoding()
{
    const QJsonObject args{{QStringLiteral("s"), QStringLiteral("a b+c&d=é")},
                           {QStringLiteral("n"), 1.5},
                           {QStringLiteral("i"), 42},
                           {QStringLiteral("b"), true},
                           {QStringLiteral("o"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}},
                           {QStringLiteral("a"), QJsonArray{1, 2}}};
    const QUrl url = encoding::urlWithQuery(QUrl(QStringLiteral("https://h/o/t/orchestrator_/t/f/slug")), args,
                                            CallMode::LongPolling);
    const QString query = url.query(QUrl::FullyEncoded);
    // '+' must be percent-encoded, or a server reads it as a space.
    QVERIFY2(query.contains(QStringLiteral("s=a%20b%2Bc%26d%3D%C3%A9")), qPrintable(query));
    QVERIFY(query.contains(QStringLiteral("n=1.5")));
    QVERIFY(query.contains(QStringLiteral("i=42")));
    QVERIFY(query.contains(QStringLiteral("b=true")));
    QVERIFY(query.contains(QStringLiteral("o=%7B%22k%22%3A%22v%22%7D")));
    QVERIFY(query.contains(QStringLiteral("a=%5B1%2C2%5D")));
    QVERIFY(query.contains(QStringLiteral("%24callMode=LongPolling")));
    const QUrlQuery decoded(url);
    QCOMPARE(decoded.queryItemValue(QStringLiteral("s"), QUrl::FullyDecoded), QStringLiteral("a b+c&d=é"));
}

void TestArguments::queryKeepsExistingQuery()
{
    const QUrl url = encoding::urlWithQuery(QUrl(QStringLiteral("https://h/t/f/s?x=1")), {{QStringLiteral("y"), 2}},
                                            CallMode::TriggerDefault);
    QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("x=1&y=2"));
}

void TestArguments::typedCommandLineValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("integer") << QStringLiteral("123") << QJsonValue(123);
    QTest::newRow("boolean") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("object") << QStringLiteral("{\"a\":1}") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
    QTest::newRow("string") << QStringLiteral("hello") << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("quoted string") << QStringLiteral("\"123\"") << QJsonValue(QStringLiteral("123"));
    QTest::newRow("broken json is text") << QStringLiteral("{a") << QJsonValue(QStringLiteral("{a"));
}

void TestArguments::typedCommandLineValues()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QCOMPARE(typedArgumentValue(text), expected);
}

void TestArguments::inferFromExample()
{
    const QJsonObject example = QJsonDocument::fromJson(R"({"name":"x","count":3,"ratio":0.5,"on":true,
        "when":"2026-01-01T00:00:00Z","o":{},"a":[],"$callMode":"LongPolling"})")
                                    .object();
    const QList<ArgumentSpec> specs = inferArgumentSpecs(example);
    QCOMPARE(specs.size(), 7);
    QHash<QString, ArgumentType> types;
    for (const ArgumentSpec &spec : specs)
        types.insert(spec.name, spec.type);
    QCOMPARE(types.value(QStringLiteral("name")), ArgumentType::Text);
    QCOMPARE(types.value(QStringLiteral("count")), ArgumentType::Integer);
    QCOMPARE(types.value(QStringLiteral("ratio")), ArgumentType::Number);
    QCOMPARE(types.value(QStringLiteral("on")), ArgumentType::Boolean);
    QCOMPARE(types.value(QStringLiteral("when")), ArgumentType::DateTime);
    QCOMPARE(types.value(QStringLiteral("o")), ArgumentType::JsonObject);
    QCOMPARE(types.value(QStringLiteral("a")), ArgumentType::JsonArray);
}

void TestArguments::specRoundTrip()
{
    ArgumentSpec spec{QStringLiteral("c"),
                      ArgumentType::Choice,
                      true,
                      QJsonValue(QStringLiteral("b")),
                      QStringLiteral("pick"),
                      {QStringLiteral("a"), QStringLiteral("b")}};
    QCOMPARE(ArgumentSpec::fromJson(spec.toJson()), spec);
}

void TestArguments::invokeUrlParts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("folderKey");
    QTest::addColumn<QString>("slug");
    QTest::newRow("cloud") << QStringLiteral("https://cloud.uipath.com/acme/DefaultTenant/orchestrator_/t/"
                                             "6a2f1c1e-0000-4000-8000-000000000001/my-slug")
                           << true << QStringLiteral("acme") << QStringLiteral("DefaultTenant")
                           << QStringLiteral("6a2f1c1e-0000-4000-8000-000000000001") << QStringLiteral("my-slug");
    QTest::newRow("standalone") << QStringLiteral("https://orch.local/t/key/slug") << true << QString() << QString()
                                << QStringLiteral("key") << QStringLiteral("slug");
    QTest::newRow("no trigger path") << QStringLiteral("https://cloud.uipath.com/acme") << false << QString()
                                     << QString() << QString() << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://h/t/a/b") << false << QString() << QString() << QString()
                         << QString();
    QTest::newRow("garbage") << QStringLiteral("not a url") << false << QString() << QString() << QString()
                             << QString();
}

void TestArguments::invokeUrlParts()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    InvokeUrlParts parts;
    QString error;
    QCOMPARE(parseInvokeUrl(QUrl(url), &parts, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QTEST(parts.organization, "organization");
    QTEST(parts.tenant, "tenant");
    QTEST(parts.folderKey, "folderKey");
    QTEST(parts.slug, "slug");
}

void TestArguments::profileRoundTripAndValidation()
{
    TriggerProfile profile;
    profile.name = QStringLiteral("Nightly");
    profile.invokeUrl = QUrl(QStringLiteral("https://cloud.uipath.com/o/t/orchestrator_/t/k/s"));
    profile.method = QStringLiteral("GET");
    profile.mode = CallMode::LongPolling;
    profile.arguments = {{QStringLiteral("n"), ArgumentType::Integer, true, QJsonValue(1), {}, {}}};
    profile.presets.insert(QStringLiteral("small"), {{QStringLiteral("n"), 2}});
    profile.trustedOrigins = {QStringLiteral("https://other.example")};
    profile.sendTokenOnRedirects = false;
    profile.correlationArgument = QStringLiteral("traceId");
    QVERIFY(profile.validate().isEmpty());
    QString error;
    QCOMPARE(TriggerProfile::fromJson(profile.toJson(), &error), profile);
    QCOMPARE(TriggerProfile::fromJson(profile.toJson(), &error).correlationArgument, QStringLiteral("traceId"));
    QVERIFY(error.isEmpty());

    // The correlation argument is filled at each launch: never also a field of the form.
    profile.correlationArgument = QStringLiteral("n");
    QCOMPARE(profile.validate(),
             QStringList{QStringLiteral("The argument n is the correlation argument: TriggerDesk fills it at each "
                                        "launch, so it cannot be in the form too.")});
    profile.correlationArgument = QStringLiteral("$trace");
    QCOMPARE(profile.validate().size(), 1);
    profile.correlationArgument.clear();

    profile.pollIntervalMs = 10;
    profile.method = QStringLiteral("PATCH");
    profile.invokeUrl = QUrl(QStringLiteral("ftp://x/y"));
    QCOMPARE(profile.validate().size(), 3);
    QVERIFY(TriggerProfile::fromJson(QJsonObject{{QStringLiteral("x"), 1}}, &error).name.isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestArguments)
#include "tst_arguments.moc"
