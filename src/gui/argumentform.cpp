#include "argumentform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace td {

struct ArgumentForm::Field
{
    ArgumentSpec spec;
    QLabel *label = nullptr;
    QWidget *editor = nullptr; // the widget a person types into, for focus and tests
    QLineEdit *lineEdit = nullptr;
    QPlainTextEdit *jsonEdit = nullptr;
    QCheckBox *checkBox = nullptr;
    QComboBox *comboBox = nullptr;
    QDateTimeEdit *dateTimeEdit = nullptr;
    QCheckBox *dateTimeSetCheckBox = nullptr; // optional date-times: unchecked sends nothing
    QLabel *errorLabel = nullptr;
    QString description; // what the field takes, for assistive technology
};

namespace {

QString booleanText(Qt::CheckState state)
{
    switch (state) {
    case Qt::Checked:
        return ArgumentForm::tr("true");
    case Qt::Unchecked:
        return ArgumentForm::tr("false");
    case Qt::PartiallyChecked:
        break;
    }
    return ArgumentForm::tr("not sent");
}

} // namespace

ArgumentForm::ArgumentForm(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(tr("This trigger takes no arguments."), this);
    m_emptyLabel->setObjectName(QStringLiteral("noArgumentsLabel"));
    m_emptyLabel->setEnabled(false);
    outer->addWidget(m_emptyLabel);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    outer->addLayout(m_layout);
    outer->addStretch(1);
}

ArgumentForm::~ArgumentForm()
{
    qDeleteAll(m_fields);
}

void ArgumentForm::setSpecs(const QList<ArgumentSpec> &specs)
{
    m_filling = true;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    qDeleteAll(m_fields);
    m_fields.clear();
    for (const ArgumentSpec &spec : specs)
        addField(spec);
    m_emptyLabel->setVisible(specs.isEmpty());
    m_filling = false;
    resetToDefaults();
}

QList<ArgumentSpec> ArgumentForm::specs() const
{
    QList<ArgumentSpec> result;
    for (const Field *field : m_fields)
        result.append(field->spec);
    return result;
}

void ArgumentForm::addField(const ArgumentSpec &spec)
{
    auto *field = new Field;
    field->spec = spec;
    const QString tip = spec.description.isEmpty() ? argumentTypeLabel(spec.type)
                                                   : tr("%1 (%2)").arg(spec.description, argumentTypeLabel(spec.type));

    field->label = new QLabel(spec.required ? tr("%1 *").arg(spec.name) : spec.name, this);
    field->label->setToolTip(spec.required ? tr("%1. Required.").arg(tip) : tip);

    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);

    auto changed = [this] {
        if (!m_filling)
            revalidate();
    };

    switch (spec.type) {
    case ArgumentType::Text:
    case ArgumentType::Integer:
    case ArgumentType::Number: {
        field->lineEdit = new QLineEdit(box);
        if (spec.type == ArgumentType::Integer) {
            // Digits only; the range (64-bit) is checked by the spec, with a message, not by refusing keys.
            field->lineEdit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\s*-?\\d*\\s*")), field->lineEdit));
            field->lineEdit->setPlaceholderText(tr("whole number, for example 42"));
        } else if (spec.type == ArgumentType::Number) {
            field->lineEdit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("\\s*-?\\d*\\.?\\d*([eE][-+]?\\d*)?\\s*")), field->lineEdit));
            field->lineEdit->setPlaceholderText(tr("number, for example 3.14"));
        }
        connect(field->lineEdit, &QLineEdit::textChanged, this, changed);
        field->editor = field->lineEdit;
        boxLayout->addWidget(field->lineEdit);
        break;
    }
    case ArgumentType::Boolean:
        field->checkBox = new QCheckBox(box);
        field->checkBox->setTristate(!spec.required);
        // Qt 6.7 replaced stateChanged(int) with checkStateChanged(Qt::CheckState).
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
        connect(field->checkBox, &QCheckBox::checkStateChanged, this, [field, changed](Qt::CheckState state) {
#else
        connect(field->checkBox, &QCheckBox::stateChanged, this, [field, changed](int state) {
#endif
            field->checkBox->setText(booleanText(Qt::CheckState(state)));
            changed();
        });
        field->editor = field->checkBox;
        boxLayout->addWidget(field->checkBox);
        break;
    case ArgumentType::JsonObject:
    case ArgumentType::JsonArray: {
        field->jsonEdit = new QPlainTextEdit(box);
        field->jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        field->jsonEdit->setTabChangesFocus(true);
        field->jsonEdit->setPlaceholderText(spec.type == ArgumentType::JsonObject
                                                ? QStringLiteral("{\"key\": \"value\"}")
                                                : QStringLiteral("[1, 2, 3]"));
        const int lineHeight = field->jsonEdit->fontMetrics().lineSpacing();
        field->jsonEdit->setFixedHeight(lineHeight * 4 + 12);
        connect(field->jsonEdit, &QPlainTextEdit::textChanged, this, changed);
        field->editor = field->jsonEdit;
        boxLayout->addWidget(field->jsonEdit);
        break;
    }
    case ArgumentType::DateTime: {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        if (!spec.required) {
            field->dateTimeSetCheckBox = new QCheckBox(tr("Send"), box);
            field->dateTimeSetCheckBox->setToolTip(tr("Unchecked: the argument is not sent."));
            row->addWidget(field->dateTimeSetCheckBox);
        }
        field->dateTimeEdit = new QDateTimeEdit(QDateTime::currentDateTime(), box);
        field->dateTimeEdit->setCalendarPopup(true);
        field->dateTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        row->addWidget(field->dateTimeEdit, 1);
        if (field->dateTimeSetCheckBox) {
            connect(field->dateTimeSetCheckBox, &QCheckBox::toggled, field->dateTimeEdit, &QWidget::setEnabled);
            connect(field->dateTimeSetCheckBox, &QCheckBox::toggled, this, changed);
        }
        connect(field->dateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, changed);
        field->editor = field->dateTimeEdit;
        boxLayout->addLayout(row);
        break;
    }
    case ArgumentType::Choice:
        field->comboBox = new QComboBox(box);
        field->comboBox->addItem(spec.required ? tr("(choose one)") : tr("(not sent)"));
        for (const QString &choice : spec.choices)
            field->comboBox->addItem(choice, choice);
        connect(field->comboBox, &QComboBox::currentIndexChanged, this, changed);
        field->editor = field->comboBox;
        boxLayout->addWidget(field->comboBox);
        break;
    }
    field->editor->setObjectName(spec.name + QStringLiteral("Editor"));
    field->editor->setToolTip(tip);
    field->label->setBuddy(field->editor);
    // Assistive technology reads the argument's name (not the "*" of the label) and what it takes;
    // revalidate() puts a field's problem first in its description.
    field->description = field->label->toolTip();
    field->editor->setAccessibleName(spec.name);
    field->editor->setAccessibleDescription(field->description);
    if (field->dateTimeSetCheckBox)
        field->dateTimeSetCheckBox->setAccessibleName(tr("Send %1").arg(spec.name));

    field->errorLabel = new QLabel(box);
    field->errorLabel->setObjectName(spec.name + QStringLiteral("ErrorLabel"));
    field->errorLabel->setWordWrap(true);
    field->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    field->errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->errorLabel->hide();
    boxLayout->addWidget(field->errorLabel);

    m_layout->addRow(field->label, box);
    m_fields.append(field);
}

void ArgumentForm::setFieldValue(Field &field, const QJsonValue &value)
{
    const ArgumentSpec &spec = field.spec;
    const bool missing = value.isUndefined() || value.isNull();
    switch (spec.type) {
    case ArgumentType::Text:
    case ArgumentType::Integer:
    case ArgumentType::Number:
        field.lineEdit->setText(spec.toText(value));
        break;
    case ArgumentType::Boolean: {
        Qt::CheckState state = spec.required ? Qt::Unchecked : Qt::PartiallyChecked;
        if (value.isBool())
            state = value.toBool() ? Qt::Checked : Qt::Unchecked;
        field.checkBox->setCheckState(state);
        field.checkBox->setText(booleanText(state));
        break;
    }
    case ArgumentType::JsonObject:
    case ArgumentType::JsonArray:
        field.jsonEdit->setPlainText(spec.toText(value));
        break;
    case ArgumentType::DateTime: {
        const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (dt.isValid())
            field.dateTimeEdit->setDateTime(dt.toLocalTime());
        if (field.dateTimeSetCheckBox) {
            field.dateTimeSetCheckBox->setChecked(dt.isValid());
            field.dateTimeEdit->setEnabled(dt.isValid());
        }
        break;
    }
    case ArgumentType::Choice: {
        const int index = missing ? 0 : field.comboBox->findData(value.toString());
        field.comboBox->setCurrentIndex(qMax(0, index));
        break;
    }
    }
}

QJsonValue ArgumentForm::fieldValue(const Field &field, QString *error) const
{
    const ArgumentSpec &spec = field.spec;
    QJsonValue value;
    error->clear();
    switch (spec.type) {
    case ArgumentType::Text:
    case ArgumentType::Integer:
    case ArgumentType::Number:
        value = spec.parseText(field.lineEdit->text(), error);
        break;
    case ArgumentType::Boolean:
        if (field.checkBox->checkState() == Qt::PartiallyChecked)
            value = QJsonValue::Undefined;
        else
            value = field.checkBox->isChecked();
        break;
    case ArgumentType::JsonObject:
    case ArgumentType::JsonArray:
        value = spec.parseText(field.jsonEdit->toPlainText(), error);
        break;
    case ArgumentType::DateTime:
        if (field.dateTimeSetCheckBox && !field.dateTimeSetCheckBox->isChecked()) {
            value = QJsonValue::Undefined;
        } else {
            // An explicit offset, so the server reads the moment the person meant.
            const QDateTime local = field.dateTimeEdit->dateTime();
            value = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
        }
        break;
    case ArgumentType::Choice:
        value = field.comboBox->currentIndex() > 0 ? QJsonValue(field.comboBox->currentData().toString())
                                                   : QJsonValue(QJsonValue::Undefined);
        break;
    }
    if (error->isEmpty())
        *error = spec.validate(value);
    return error->isEmpty() ? value : QJsonValue(QJsonValue::Undefined);
}

void ArgumentForm::setValues(const QJsonObject &values)
{
    m_filling = true;
    for (Field *field : std::as_const(m_fields))
        setFieldValue(*field, values.value(field->spec.name));
    m_filling = false;
    revalidate();
}

void ArgumentForm::resetToDefaults()
{
    QJsonObject defaults;
    for (const Field *field : std::as_const(m_fields)) {
        if (!field->spec.defaultValue.isUndefined() && !field->spec.defaultValue.isNull())
            defaults.insert(field->spec.name, field->spec.defaultValue);
    }
    setValues(defaults);
}

QJsonObject ArgumentForm::values() const
{
    QJsonObject result;
    for (const Field *field : m_fields) {
        QString error;
        const QJsonValue value = fieldValue(*field, &error);
        if (!value.isUndefined())
            result.insert(field->spec.name, value);
    }
    return result;
}

QStringList ArgumentForm::errors() const
{
    QStringList result;
    for (const Field *field : m_fields) {
        QString error;
        fieldValue(*field, &error);
        if (!error.isEmpty())
            result.append(error);
    }
    return result;
}

QWidget *ArgumentForm::editorFor(const QString &name) const
{
    for (const Field *field : m_fields) {
        if (field->spec.name == name)
            return field->editor;
    }
    return nullptr;
}

QList<QWidget *> ArgumentForm::focusChain() const
{
    QList<QWidget *> chain;
    for (const Field *field : m_fields) {
        if (field->dateTimeSetCheckBox)
            chain.append(field->dateTimeSetCheckBox);
        chain.append(field->editor);
    }
    return chain;
}

QLabel *ArgumentForm::errorLabelFor(const QString &name) const
{
    for (const Field *field : m_fields) {
        if (field->spec.name == name)
            return field->errorLabel;
    }
    return nullptr;
}

void ArgumentForm::revalidate()
{
    bool valid = true;
    for (Field *field : std::as_const(m_fields)) {
        QString error;
        fieldValue(*field, &error);
        field->errorLabel->setText(error);
        field->errorLabel->setVisible(!error.isEmpty());
        field->editor->setAccessibleDescription(error.isEmpty() ? field->description
                                                                : error + QLatin1Char(' ') + field->description);
        valid = valid && error.isEmpty();
    }
    emit valuesChanged();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace td
