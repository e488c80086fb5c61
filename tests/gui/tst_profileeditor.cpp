// ProfileEditor: the URL shown parsed as it is typed, verbs and modes, argument specs edited in
// the table or inferred from an example, OK only for a profile without problems.

#include "dialogs.h"
#include "profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
