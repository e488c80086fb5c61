#pragma once

#include <QMessageBox>
#include <QString>

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
    // actionText) and Cancel, the default. True when the action was chosen.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &actionText);
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
