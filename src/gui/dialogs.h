#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace td {

// Modal dialogs behind seams, so GUI tests answer them without blocking (KeePassXC's
// MessageBox::setNextAnswer and FileDialog::setNextFileName). A queued answer is used once.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A question before an action that cannot be undone: the action's own button (Ok, labelled
    // actionText) and Cancel, the default. Window-modal and without a nested event loop (open(),
    // not exec()): the caller returns at once, so a screen reader's "press" on the action that
    // asks gets its answer, and then presses the dialog's buttons. chosen runs once the action was
    // chosen; nothing runs on Cancel.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &actionText,
                        const std::function<void()> &chosen);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: what the last dialog said (also set when it was answered by the seam), and the
    // button a question offered as its default (what Return would have chosen).
    static QString lastText();
    static QMessageBox::StandardButton lastDefaultButton();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
    static QMessageBox::StandardButton s_lastDefaultButton;
};

class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                   const QString &filter);

    // The next file dialog returns this name at once; an empty string means "cancelled".
    static void setNextFileName(const QString &fileName);

private:
    static bool s_hasNext;
    static QString s_nextFileName;
};

class InputDialog
{
public:
    // Returns false when cancelled.
    static bool getText(QWidget *parent, const QString &title, const QString &label, QString *text);
    static bool getMultiLineText(QWidget *parent, const QString &title, const QString &label, QString *text);

    // The next input dialog returns this text at once; a null string means "cancelled".
    static void setNextText(const QString &text);

private:
    static bool takeNext(QString *text, bool *accepted);

    static bool s_hasNext;
    static QString s_nextText;
};

} // namespace td
