#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

namespace td {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QMessageBox::StandardButton MessageBox::s_lastDefaultButton = QMessageBox::NoButton;
bool FileDialog::s_hasNext = false;
QString FileDialog::s_nextFileName;
bool InputDialog::s_hasNext = false;
QString InputDialog::s_nextText;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    s_lastDefaultButton = defaultButton;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &actionText,
                         const std::function<void()> &chosen)
{
    s_lastText = text;
    s_lastDefaultButton = QMessageBox::Cancel;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        if (answer == QMessageBox::Ok)
            chosen();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->button(QMessageBox::Ok)->setText(actionText);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [chosen](int result) {
        if (result == QMessageBox::Ok)
            chosen();
    });
    box->open();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QMessageBox::StandardButton MessageBox::lastDefaultButton()
{
    return s_lastDefaultButton;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                    const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_hasNext = true;
    s_nextFileName = fileName;
}

bool InputDialog::takeNext(QString *text, bool *accepted)
{
    if (!s_hasNext)
        return false;
    s_hasNext = false;
    *accepted = !s_nextText.isNull();
    if (*accepted)
        *text = s_nextText;
    return true;
}

bool InputDialog::getText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    bool accepted = false;
    if (takeNext(text, &accepted))
        return accepted;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &accepted);
    if (accepted)
        *text = answer;
    return accepted;
}

bool InputDialog::getMultiLineText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    bool accepted = false;
    if (takeNext(text, &accepted))
        return accepted;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, *text, &accepted);
    if (accepted)
        *text = answer;
    return accepted;
}

void InputDialog::setNextText(const QString &text)
{
    s_hasNext = true;
    s_nextText = text;
}

} // namespace td
