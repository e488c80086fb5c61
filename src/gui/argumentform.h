#pragma once

#include "argumentspec.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace td {

// The arguments of one trigger, edited with the editor that fits each spec's type. Reports its
// validity live: a person sees what is wrong next to the field, and Launch follows isValid().
class ArgumentForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArgumentForm(QWidget *parent = nullptr);
    ~ArgumentForm() override;

    // Rebuilds the editors, filled with each spec's default.
    void setSpecs(const QList<ArgumentSpec> &specs);
    QList<ArgumentSpec> specs() const;

    // Fills the editors from values (a preset, the last launch); arguments it lacks are left empty.
    void setValues(const QJsonObject &values);
    void resetToDefaults();
    // The typed values of every filled-in field; empty optional fields are not sent.
    QJsonObject values() const;

    bool isValid() const { return m_valid; }
    // Every problem, one sentence each, in field order.
    QStringList errors() const;

    // The editor and the inline error label of one argument (tests and focus handling).
    QWidget *editorFor(const QString &name) const;
    // Every widget that takes the focus, in field order (the window's tab order).
    QList<QWidget *> focusChain() const;
    QLabel *errorLabelFor(const QString &name) const;

signals:
    void validityChanged(bool valid);
    void valuesChanged();

private:
    struct Field;

    void addField(const ArgumentSpec &spec);
    void setFieldValue(Field &field, const QJsonValue &value);
    QJsonValue fieldValue(const Field &field, QString *error) const;
    void revalidate();

    QFormLayout *m_layout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<Field *> m_fields;
    bool m_valid = true;
    bool m_filling = false;
};

} // namespace td
