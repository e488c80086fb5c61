// ProfileEditor: the URL shown parsed as it is typed, verbs and modes, argument specs edited in
// the table or inferred from an example, OK only for a profile without problems.

#include "dialogs.h"
#include "jobcontroller.h"
#include "profileeditor.h"
#include "selfsigned.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

const QString kCloudUrl = QStringLiteral(
    "https://cloud.uipath.com/acme/DefaultTenant/orchestrator_/t/8a4f3c2e-5b1d-4e6f-9a7b-0c1d2e3f4a5b/month-end");

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QPushButton *okButton(ProfileEditor &editor)
{
    return child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void urlIsShownParsed();
    void roundTripsAProfile();
    void argumentTableAndInference();
    void problemsDisableOk();
    void probeScheduleNeedsItsConfirmation();
    void certificateTrustIsEditedAndChecked();
    void malformedUrlsAreRefused();
    void malformedUrlsAreRefused_data();
    void credentialCombo();
    void credentialComboKeepsDemoAndUnknownReferences();
};

void TestProfileEditor::urlIsShownParsed()
{
    ProfileEditor editor(TriggerProfile(), {});
    auto *url = child<QLineEdit>(&editor, "urlLineEdit");
    auto *parts = child<QLabel>(&editor, "urlPartsLabel");
    url->setText(kCloudUrl);
    QVERIFY(parts->text().contains(QLatin1String("acme")));
    QVERIFY(parts->text().contains(QLatin1String("DefaultTenant")));
    QVERIFY(parts->text().contains(QLatin1String("8a4f3c2e-5b1d-4e6f-9a7b-0c1d2e3f4a5b")));
    QVERIFY(parts->text().contains(QLatin1String("month-end")));
    QVERIFY(!parts->text().contains(QLatin1String("GUID")));

    url->setText(QStringLiteral("https://orchestrator.example.com/t/Shared/month-end"));
    QVERIFY(parts->text().contains(QLatin1String("GUID"))); // the folder key looks wrong

    url->setText(QStringLiteral("https://cloud.uipath.com/acme"));
    QVERIFY(!parts->text().contains(QLatin1String("Slug")));
}

void TestProfileEditor::roundTripsAProfile()
{
    TriggerProfile profile;
    profile.name = QStringLiteral("Month end");
    profile.invokeUrl = QUrl(kCloudUrl);
    profile.method = QStringLiteral("PUT");
    profile.mode = CallMode::LongPolling;
    profile.pollIntervalMs = 1500;
    profile.deadlineSeconds = 600;
    profile.trustedOrigins = {QStringLiteral("https://status.example.com")};
    profile.sendTokenOnRedirects = false;
    profile.presets.insert(QStringLiteral("p"), QJsonObject{{QStringLiteral("a"), 1}});
    ArgumentSpec choice;
    choice.name = QStringLiteral("priority");
    choice.type = ArgumentType::Choice;
    choice.required = true;
    choice.choices = {QStringLiteral("Low"), QStringLiteral("High")};
    choice.defaultValue = QStringLiteral("Low");
    choice.description = QStringLiteral("Queue priority");
    profile.arguments = {choice};

    ProfileEditor editor(profile, {QStringLiteral("Other")});
    QVERIFY(okButton(editor)->isEnabled());
    QCOMPARE(editor.profile(), profile); // presets survive an edit
    QCOMPARE(child<QComboBox>(&editor, "methodComboBox")->currentText(), QStringLiteral("PUT"));
    QCOMPARE(child<QSpinBox>(&editor, "pollIntervalSpinBox")->value(), 1500);
    QVERIFY(!child<QCheckBox>(&editor, "sendTokenCheckBox")->isChecked());
}

void TestProfileEditor::argumentTableAndInference()
{
    TriggerProfile profile;
    profile.name = QStringLiteral("Infer");
    profile.invokeUrl = QUrl(kCloudUrl);
    ProfileEditor editor(profile, {});
    auto *table = child<QTableWidget>(&editor, "argumentTable");
    QCOMPARE(table->rowCount(), 0);

    InputDialog::setNextText(QStringLiteral("{\"customer\": \"ACME\", \"count\": 3, \"rush\": true, "
                                            "\"options\": {\"a\": 1}, \"lines\": [1, 2]}"));
    QTest::mouseClick(child<QPushButton>(&editor, "inferButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 5);
    const QList<ArgumentSpec> specs = editor.profile().arguments;
    auto typeOf = [&specs](const QString &name) {
        for (const ArgumentSpec &s : specs) {
            if (s.name == name)
                return s.type;
        }
        return ArgumentType::Text;
    };
    QCOMPARE(typeOf(QStringLiteral("count")), ArgumentType::Integer);
    QCOMPARE(typeOf(QStringLiteral("rush")), ArgumentType::Boolean);
    QCOMPARE(typeOf(QStringLiteral("options")), ArgumentType::JsonObject);
    QCOMPARE(typeOf(QStringLiteral("lines")), ArgumentType::JsonArray);

    // Not an object: refused with a message, nothing added.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    InputDialog::setNextText(QStringLiteral("[1, 2]"));
    QTest::mouseClick(child<QPushButton>(&editor, "inferButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("JSON object")));

    QTest::mouseClick(child<QPushButton>(&editor, "addArgumentButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 6);
    table->setCurrentCell(5, 0);
    QTest::mouseClick(child<QPushButton>(&editor, "removeArgumentButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 5);

    // Shown at its own size, four arguments are in view (issue 22, item 9: in Japanese the rest of
    // the form squeezed the table to one and a half).
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY2(table->viewport()->height() >= 4 * table->verticalHeader()->defaultSectionSize(),
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                            .arg(table->viewport()->height())
                            .arg(table->verticalHeader()->defaultSectionSize())));
}

void TestProfileEditor::problemsDisableOk()
{
    TriggerProfile profile;
    profile.name = QStringLiteral("Taken");
    profile.invokeUrl = QUrl(kCloudUrl);
    ProfileEditor editor(profile, {QStringLiteral("Taken")});
    QVERIFY(!okButton(editor)->isEnabled()); // the name is another profile's
    auto *problems = child<QLabel>(&editor, "problemsLabel");
    QVERIFY(problems->text().contains(QLatin1String("already")));
    child<QLineEdit>(&editor, "nameLineEdit")->setText(QStringLiteral("Free"));
    QVERIFY(okButton(editor)->isEnabled());

    // A default that does not fit its type.
    auto *table = child<QTableWidget>(&editor, "argumentTable");
    QTest::mouseClick(child<QPushButton>(&editor, "addArgumentButton"), Qt::LeftButton);
    auto *type = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    type->setCurrentIndex(type->findData(int(ArgumentType::Integer)));
    table->item(0, 3)->setText(QStringLiteral("many"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(problems->text().contains(QLatin1String("many")));
    table->item(0, 3)->setText(QStringLiteral("4"));
    QVERIFY(okButton(editor)->isEnabled());

    child<QPlainTextEdit>(&editor, "trustedOriginsPlainTextEdit")->setPlainText(QStringLiteral("ftp://x"));
    QVERIFY(!okButton(editor)->isEnabled());
}

void TestProfileEditor::probeScheduleNeedsItsConfirmation()
{
    TriggerProfile profile;
    profile.name = QStringLiteral("Health check");
    profile.invokeUrl = QUrl(kCloudUrl);
    ProfileEditor editor(profile, {});
    auto *every = child<QSpinBox>(&editor, "probeSpinBox");
    auto *confirm = child<QCheckBox>(&editor, "probeConfirmCheckBox");
    QCOMPARE(every->value(), 0);
    QVERIFY(!confirm->isEnabled()); // nothing to confirm without a schedule
    QVERIFY(okButton(editor)->isEnabled());
    // A schedule is a real job every so often: kept only once the operator says so.
    every->setValue(10);
    QVERIFY(confirm->isEnabled());
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(child<QLabel>(&editor, "problemsLabel")->text().contains(QLatin1String("real job")));
    confirm->setChecked(true);
    QVERIFY(okButton(editor)->isEnabled());
    const TriggerProfile edited = editor.profile();
    QCOMPARE(edited.probeEveryMinutes, 10);
    QVERIFY(edited.probeConfirmed);
    // Saved and read back; opened again, the editor shows it.
    const TriggerProfile back = TriggerProfile::fromJson(edited.toJson());
    QCOMPARE(back.probeEveryMinutes, 10);
    QVERIFY(back.probeConfirmed);
    ProfileEditor again(back, {});
    QCOMPARE(child<QSpinBox>(&again, "probeSpinBox")->value(), 10);
    QVERIFY(child<QCheckBox>(&again, "probeConfirmCheckBox")->isChecked());
    // Back to Never: no schedule, and no confirmation kept.
    child<QSpinBox>(&again, "probeSpinBox")->setValue(0);
    QCOMPARE(again.profile().probeEveryMinutes, 0);
    QVERIFY(!again.profile().probeConfirmed);
    QVERIFY(!again.profile().toJson().contains(QStringLiteral("probe")));

    // Or at set times of day: typed freely, kept sorted, each once; asks for the same confirmation.
    auto *times = child<QLineEdit>(&again, "probeTimesLineEdit");
    times->setText(QStringLiteral("13:30, 8:00 13:30"));
    QVERIFY(child<QCheckBox>(&again, "probeConfirmCheckBox")->isEnabled());
    QVERIFY(!okButton(again)->isEnabled());
    child<QCheckBox>(&again, "probeConfirmCheckBox")->setChecked(true);
    QVERIFY(okButton(again)->isEnabled());
    QCOMPARE(again.profile().probeTimes, (QList<QTime>{QTime(8, 0), QTime(13, 30)}));
    QCOMPARE(TriggerProfile::fromJson(again.profile().toJson()).probeTimes, again.profile().probeTimes);
    ProfileEditor third(again.profile(), {});
    QCOMPARE(child<QLineEdit>(&third, "probeTimesLineEdit")->text(), QStringLiteral("08:00, 13:30"));
    // What is not a time of day is named; times and an interval at once are refused.
    times->setText(QStringLiteral("8:00, noon"));
    QVERIFY(!okButton(again)->isEnabled());
    QVERIFY2(child<QLabel>(&again, "problemsLabel")->text().contains(QLatin1String("\"noon\" is not a time of day")),
             qPrintable(child<QLabel>(&again, "problemsLabel")->text()));
    times->setText(QStringLiteral("08:00"));
    child<QSpinBox>(&again, "probeSpinBox")->setValue(30);
    QVERIFY(!okButton(again)->isEnabled());
    QVERIFY(child<QLabel>(&again, "problemsLabel")->text().contains(QLatin1String("not both")));
}

void TestProfileEditor::certificateTrustIsEditedAndChecked()
{
    QTemporaryDir dir;
    test::TestCertificate ca; // a real certificate (any will do): the editor reads the file as a launch would
    QString error;
    QVERIFY2(test::makeSelfSigned(dir.path(), QStringLiteral("company-ca"), QStringLiteral("DNS:ca.example.test"), &ca,
                                  &error),
             qPrintable(error));
    const QString caFile = ca.certificatePath;

    TriggerProfile profile;
    profile.name = QStringLiteral("On premises");
    profile.invokeUrl = QUrl(kCloudUrl);
    profile.tls = {caFile, QStringLiteral("ab:CD") + QStringLiteral(":00").repeated(30)};
    ProfileEditor editor(profile, {});
    auto *caEdit = child<QLineEdit>(&editor, "caFileLineEdit");
    auto *pinEdit = child<QLineEdit>(&editor, "pinLineEdit");
    QCOMPARE(caEdit->text(), caFile);
    QVERIFY(okButton(editor)->isEnabled());
    QCOMPARE(editor.profile(), profile);
    // Reachable from the keyboard, by their labels' mnemonics.
    QCOMPARE(child<QLabel>(&editor, "caFileLabel")->buddy(), caEdit);
    QCOMPARE(child<QLabel>(&editor, "pinLabel")->buddy(), pinEdit);

    auto *problems = child<QLabel>(&editor, "problemsLabel");
    pinEdit->setText(QStringLiteral("12:34"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY2(problems->text().contains(QLatin1String("64 hexadecimal digits")), qPrintable(problems->text()));
    pinEdit->clear();
    QVERIFY(okButton(editor)->isEnabled());

    caEdit->setText(dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY2(problems->text().contains(QLatin1String("cannot be read")), qPrintable(problems->text()));
    caEdit->setText(ca.keyPath); // a key, not a certificate
    QVERIFY2(problems->text().contains(QLatin1String("holds no PEM certificate")), qPrintable(problems->text()));

    // Browse… fills the field with the file chosen.
    FileDialog::setNextFileName(caFile);
    QTest::mouseClick(child<QPushButton>(&editor, "caFileBrowseButton"), Qt::LeftButton);
    QCOMPARE(caEdit->text(), caFile);
    QVERIFY(okButton(editor)->isEnabled());
    QCOMPARE(editor.profile().tls, (TlsTrust{caFile, QString()}));

    // The proxy: the application's by default; a URL without a password, "system" or "none".
    auto *proxyEdit = child<QLineEdit>(&editor, "proxyLineEdit");
    QCOMPARE(child<QLabel>(&editor, "proxyLabel")->buddy(), proxyEdit);
    QCOMPARE(proxyEdit->text(), QString());
    proxyEdit->setText(QStringLiteral("http://alice:secret@proxy.example.com:3128"));
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY2(problems->text().contains(QLatin1String("TRIGGERDESK_PROXY_PASSWORD")), qPrintable(problems->text()));
    proxyEdit->setText(QStringLiteral("ftp://proxy"));
    QVERIFY(!okButton(editor)->isEnabled());
    proxyEdit->setText(QStringLiteral("http://alice@proxy.example.com:3128"));
    QVERIFY(okButton(editor)->isEnabled());
    QCOMPARE(editor.profile().proxy, QStringLiteral("http://alice@proxy.example.com:3128"));
    proxyEdit->setText(QStringLiteral("none"));
    QVERIFY(okButton(editor)->isEnabled());
}

void TestProfileEditor::malformedUrlsAreRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no scheme, spaces") << QStringLiteral("htp//host bad url") << QStringLiteral("not a valid URL");
    QTest::newRow("no scheme") << QStringLiteral("cloud.uipath.com/acme/t/slug") << QStringLiteral("https://");
    QTest::newRow("other scheme") << QStringLiteral("htp://cloud.uipath.com/acme/t/slug") << QStringLiteral("https://");
    QTest::newRow("no host") << QStringLiteral("https:///acme/t/slug") << QStringLiteral("host");
    QTest::newRow("empty") << QString() << QStringLiteral("Paste the trigger URL");
}

void TestProfileEditor::malformedUrlsAreRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    TriggerProfile profile;
    profile.name = QStringLiteral("Typo");
    profile.invokeUrl = QUrl(kCloudUrl);
    ProfileEditor editor(profile, {});
    QVERIFY(okButton(editor)->isEnabled());
    child<QLineEdit>(&editor, "urlLineEdit")->setText(typed);
    // Refused in the editor, with the reason, rather than launched somewhere a guess led.
    QVERIFY(!okButton(editor)->isEnabled());
    const QString problems = child<QLabel>(&editor, "problemsLabel")->text();
    QVERIFY2(problems.contains(reason), qPrintable(problems));
}

void TestProfileEditor::credentialCombo()
{
    const Credential token = Credential::create(QStringLiteral("Tenant PAT"), Credential::Kind::PersonalAccessToken);
    const Credential robot = Credential::create(QStringLiteral("Robot"), Credential::Kind::OAuthClientCredentials);
    TriggerProfile profile;
    profile.name = QStringLiteral("Month end");
    profile.invokeUrl = QUrl(kCloudUrl);
    profile.credential = robot.id;

    ProfileEditor editor(profile, {}, {token, robot});
    auto *combo = child<QComboBox>(&editor, "credentialComboBox");
    QCOMPARE(combo->count(), 3); // none, and the two credentials: no demo token for a cloud URL
    QCOMPARE(combo->itemText(0), QStringLiteral("(none: use $TRIGGERDESK_TOKEN)"));
    QVERIFY(combo->currentText().startsWith(QLatin1String("Robot")));
    QCOMPARE(editor.profile().credential, robot.id);
    QVERIFY(okButton(editor)->isEnabled());

    combo->setCurrentIndex(combo->findData(token.id));
    QCOMPARE(editor.profile().credential, token.id); // by id: renaming the credential keeps it
    combo->setCurrentIndex(0);
    QVERIFY(editor.profile().credential.isEmpty());

    // A reference by name becomes one by id.
    profile.credential = QStringLiteral("Tenant PAT");
    ProfileEditor byName(profile, {}, {token, robot});
    QCOMPARE(byName.profile().credential, token.id);

    // A credential that was deleted: kept, and said so; OK waits for another choice.
    profile.credential = QStringLiteral("deleted-id");
    ProfileEditor missing(profile, {}, {token, robot});
    auto *missingCombo = child<QComboBox>(&missing, "credentialComboBox");
    QVERIFY(missingCombo->currentText().contains(QLatin1String("not found")));
    QVERIFY(!okButton(missing)->isEnabled());
    QVERIFY(child<QLabel>(&missing, "problemsLabel")->text().contains(QLatin1String("deleted-id")));
    missingCombo->setCurrentIndex(missingCombo->findData(robot.id));
    QVERIFY(okButton(missing)->isEnabled());
}

void TestProfileEditor::credentialComboKeepsDemoAndUnknownReferences()
{
    // The demo profiles' reference round-trips, whatever the URL.
    TriggerProfile demo;
    demo.name = QStringLiteral("Demo");
    demo.invokeUrl = QUrl(kCloudUrl);
    demo.credential = JobController::demoCredential();
    ProfileEditor demoEditor(demo, {}, QList<Credential>());
    QCOMPARE(child<QComboBox>(&demoEditor, "credentialComboBox")->currentData().toString(),
             JobController::demoCredential());
    QCOMPARE(demoEditor.profile(), demo);
    QVERIFY(okButton(demoEditor)->isEnabled());

    // Offered for a trigger on this machine (the simulator), not for a real Orchestrator.
    TriggerProfile fresh;
    fresh.name = QStringLiteral("Fresh");
    ProfileEditor editor(fresh, {}, QList<Credential>());
    auto *combo = child<QComboBox>(&editor, "credentialComboBox");
    auto *url = child<QLineEdit>(&editor, "urlLineEdit");
    url->setText(QStringLiteral("http://127.0.0.1:8080/demo-org/demo-tenant/orchestrator_/t/k/echo-async"));
    QVERIFY(combo->findData(JobController::demoCredential()) >= 0);
    url->setText(kCloudUrl);
    QCOMPARE(combo->findData(JobController::demoCredential()), -1);
    url->setText(QStringLiteral("http://localhost:8080/o/t/orchestrator_/t/k/echo-async"));
    combo->setCurrentIndex(combo->findData(JobController::demoCredential()));
    url->setText(kCloudUrl); // chosen: kept
    QCOMPARE(editor.profile().credential, JobController::demoCredential());

    // Without the credential list (older callers), any reference is kept as it is.
    demo.credential = QStringLiteral("legacy-name");
    ProfileEditor unknown(demo, {});
    QCOMPARE(unknown.profile().credential, QStringLiteral("legacy-name"));
    QVERIFY(okButton(unknown)->isEnabled());
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
