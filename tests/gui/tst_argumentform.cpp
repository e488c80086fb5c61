// ArgumentForm: the right editor per type, live validity with inline errors, typed values.

#include "argumentform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace td;

Q_DECLARE_METATYPE(td::ArgumentType)

namespace {

ArgumentSpec spec(const QString &name, ArgumentType type, bool required = false, const QStringList &choices = {})
{
    ArgumentSpec s;
    s.name = name;
    s.type = type;
    s.required = required;
    s.choices = choices;
    return s;
}

// Types into the editor a text field shows (line edit or JSON editor).
void typeInto(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->clear();
        QTest::keyClicks(line, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setPlainText(text);
    }
}

} // namespace

class TestArgumentForm : public QObject
{
    Q_OBJECT

private slots:
    void editorPerType();
    void textTypes_data();
    void textTypes();
    void requiredMakesInvalidUntilFilled();
    void choiceBooleanAndDateTime();
    void setValuesRoundTrip();
    void descriptionIsTooltip();
};

void TestArgumentForm::editorPerType()
{
    ArgumentForm form;
    form.setSpecs({spec(QStringLiteral("t"), ArgumentType::Text), spec(QStringLiteral("i"), ArgumentType::Integer),
                   spec(QStringLiteral("n"), ArgumentType::Number), spec(QStringLiteral("b"), ArgumentType::Boolean),
                   spec(QStringLiteral("o"), ArgumentType::JsonObject),
                   spec(QStringLiteral("a"), ArgumentType::JsonArray),
                   spec(QStringLiteral("d"), ArgumentType::DateTime),
                   spec(QStringLiteral("c"), ArgumentType::Choice, false, {QStringLiteral("x")})});
    QVERIFY(qobject_cast<QLineEdit *>(form.findChild<QWidget *>(QStringLiteral("tEditor"))));
    QVERIFY(qobject_cast<QLineEdit *>(form.findChild<QWidget *>(QStringLiteral("iEditor"))));
    QVERIFY(qobject_cast<QLineEdit *>(form.findChild<QWidget *>(QStringLiteral("nEditor"))));
    QVERIFY(qobject_cast<QCheckBox *>(form.findChild<QWidget *>(QStringLiteral("bEditor"))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(form.findChild<QWidget *>(QStringLiteral("oEditor"))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(form.findChild<QWidget *>(QStringLiteral("aEditor"))));
    QVERIFY(qobject_cast<QDateTimeEdit *>(form.findChild<QWidget *>(QStringLiteral("dEditor"))));
    QVERIFY(qobject_cast<QComboBox *>(form.findChild<QWidget *>(QStringLiteral("cEditor"))));
    // All optional and empty: valid, and nothing is sent.
    QVERIFY(form.isValid());
    QCOMPARE(form.values(), QJsonObject());
}

void TestArgumentForm::textTypes_data()
{
    QTest::addColumn<ArgumentType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("text") << ArgumentType::Text << QStringLiteral("hello") << true
                          << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("integer") << ArgumentType::Integer << QStringLiteral("-42") << true << QJsonValue(-42);
    QTest::newRow("integer 64-bit") << ArgumentType::Integer << QStringLiteral("9007199254740991") << true
                                    << QJsonValue(qint64(9007199254740991LL));
    QTest::newRow("integer overflow") << ArgumentType::Integer << QStringLiteral("99999999999999999999") << false
                                      << QJsonValue();
    QTest::newRow("integer letters refused")
        << ArgumentType::Integer << QStringLiteral("12ab") << true << QJsonValue(12);
    QTest::newRow("number") << ArgumentType::Number << QStringLiteral("3.25") << true << QJsonValue(3.25);
    QTest::newRow("number half typed") << ArgumentType::Number << QStringLiteral("1e") << false << QJsonValue();
    QTest::newRow("object") << ArgumentType::JsonObject << QStringLiteral("{\"a\": 1}") << true
                            << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
    QTest::newRow("object broken") << ArgumentType::JsonObject << QStringLiteral("{\"a\": ") << false << QJsonValue();
    QTest::newRow("object given array") << ArgumentType::JsonObject << QStringLiteral("[1]") << false << QJsonValue();
    QTest::newRow("array") << ArgumentType::JsonArray << QStringLiteral("[1, \"x\"]") << true
                           << QJsonValue(QJsonArray{1, QStringLiteral("x")});
    QTest::newRow("array given object") << ArgumentType::JsonArray << QStringLiteral("{}") << false << QJsonValue();
}

void TestArgumentForm::textTypes()
{
    QFETCH(ArgumentType, type);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QJsonValue, value);

    ArgumentForm form;
    form.setSpecs({spec(QStringLiteral("arg"), type)});
    QSignalSpy validity(&form, &ArgumentForm::validityChanged);
    typeInto(form.editorFor(QStringLiteral("arg")), text);
    QCOMPARE(form.isValid(), valid);
    QLabel *error = form.errorLabelFor(QStringLiteral("arg"));
    QVERIFY(error);
    QCOMPARE(error->isVisibleTo(&form), !valid);
    if (valid) {
        QCOMPARE(form.values().value(QStringLiteral("arg")), value);
    } else {
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!form.values().contains(QStringLiteral("arg")));
        QVERIFY(validity.count() >= 1);
        QCOMPARE(validity.last().at(0).toBool(), false);
    }
}

void TestArgumentForm::requiredMakesInvalidUntilFilled()
{
    ArgumentForm form;
    QSignalSpy validity(&form, &ArgumentForm::validityChanged);
    form.setSpecs({spec(QStringLiteral("customer"), ArgumentType::Text, true)});
    QVERIFY(!form.isValid());
    QCOMPARE(validity.count(), 1);
    QVERIFY(form.errorLabelFor(QStringLiteral("customer"))->text().contains(QLatin1String("customer")));
    QTest::keyClicks(form.editorFor(QStringLiteral("customer")), QStringLiteral("ACME"));
    QVERIFY(form.isValid());
    QCOMPARE(validity.count(), 2);
    QCOMPARE(validity.last().at(0).toBool(), true);
    QCOMPARE(form.values(), QJsonObject({{QStringLiteral("customer"), QStringLiteral("ACME")}}));
}

void TestArgumentForm::choiceBooleanAndDateTime()
{
    ArgumentForm form;
    ArgumentSpec when = spec(QStringLiteral("when"), ArgumentType::DateTime);
    form.setSpecs(
        {spec(QStringLiteral("priority"), ArgumentType::Choice, true, {QStringLiteral("Low"), QStringLiteral("High")}),
         spec(QStringLiteral("dryRun"), ArgumentType::Boolean), when});
    QVERIFY(!form.isValid()); // a required choice starts unchosen
    auto *combo = qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("priority")));
    combo->setCurrentIndex(combo->findText(QStringLiteral("High")));
    QVERIFY(form.isValid());

    auto *check = qobject_cast<QCheckBox *>(form.editorFor(QStringLiteral("dryRun")));
    QCOMPARE(check->checkState(), Qt::PartiallyChecked); // optional: not sent
    QVERIFY(!form.values().contains(QStringLiteral("dryRun")));
    check->setCheckState(Qt::Checked);
    QCOMPARE(form.values().value(QStringLiteral("dryRun")), QJsonValue(true));

    QVERIFY(!form.values().contains(QStringLiteral("when")));
    form.setValues({{QStringLiteral("priority"), QStringLiteral("Low")},
                    {QStringLiteral("when"), QStringLiteral("2026-11-22T14:30:00Z")}});
    const QDateTime sent = QDateTime::fromString(form.values().value(QStringLiteral("when")).toString(), Qt::ISODate);
    QVERIFY(sent.isValid());
    QCOMPARE(sent.toUTC(), QDateTime(QDate(2026, 11, 22), QTime(14, 30), QTimeZone::utc()));
    QCOMPARE(form.values().value(QStringLiteral("priority")), QJsonValue(QStringLiteral("Low")));
}

void TestArgumentForm::setValuesRoundTrip()
{
    ArgumentForm form;
    ArgumentSpec count = spec(QStringLiteral("count"), ArgumentType::Integer);
    count.defaultValue = 3;
    form.setSpecs({spec(QStringLiteral("name"), ArgumentType::Text), count,
                   spec(QStringLiteral("options"), ArgumentType::JsonObject)});
    QCOMPARE(form.values(), QJsonObject({{QStringLiteral("count"), 3}}));
    const QJsonObject values{{QStringLiteral("name"), QStringLiteral("x")},
                             {QStringLiteral("count"), 7},
                             {QStringLiteral("options"), QJsonObject{{QStringLiteral("a"), true}}}};
    form.setValues(values);
    QCOMPARE(form.values(), values);
    form.resetToDefaults();
    QCOMPARE(form.values(), QJsonObject({{QStringLiteral("count"), 3}}));
}

void TestArgumentForm::descriptionIsTooltip()
{
    ArgumentForm form;
    ArgumentSpec s = spec(QStringLiteral("customer"), ArgumentType::Text, true);
    s.description = QStringLiteral("Customer whose invoices are processed");
    form.setSpecs({s});
    QVERIFY(form.editorFor(QStringLiteral("customer"))->toolTip().contains(s.description));
}

QTEST_MAIN(TestArgumentForm)
#include "tst_argumentform.moc"
