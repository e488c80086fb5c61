#pragma once

#include "jobrecord.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace td {

class JobRun;

// Everything about one job: the arguments sent, the transitions with their times, every HTTP
// hop, and the output or error as a JSON tree and as raw text, with the server's own message
// and code word for word. Follows a live run as it progresses.
class JobDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailsView(QWidget *parent = nullptr);

    // Shows the record; with a run, follows it until another job is shown.
    void setJob(const JobRecord &record, JobRun *run);
    void clear();
    QString jobId() const { return m_record.id; }

    // The per-job actions, shown above the details.
    void setActions(const QList<QAction *> &actions);

    // Fills a tree with a JSON value (objects and arrays as expandable items).
    // The JSON text as a tree, members in the text's order; empty text clears the tree.
    static void fillJsonTree(QTreeWidget *tree, const QByteArray &json);

private:
    void refresh();
    void refreshHeader();
    void refreshTransitions();
    void refreshHops();
    void fillHopItem(QTreeWidgetItem *item, const Hop &hop, int number, bool waiting) const;
    void refreshOutput();
    void refreshArguments();

    JobRecord m_record;
    QPointer<JobRun> m_run;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_headerLabel = nullptr;
    QLabel *m_stateIconLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_serverMessageLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_outputTree = nullptr;
    QPlainTextEdit *m_rawOutput = nullptr;
    QTreeWidget *m_hopTree = nullptr;
    QTreeWidget *m_transitionTree = nullptr;
    QTreeWidget *m_argumentsTree = nullptr;
    QLabel *m_requestLabel = nullptr;
    // The request in flight, last in the hop list while it waits (a held long poll), and the
    // timer that counts its seconds.
    QTreeWidgetItem *m_waitingItem = nullptr;
    QTimer m_waitingTimer;
    QByteArray m_shownOutput;
    QJsonValue m_shownStatus;
    QString m_shownNoJobYet;
    bool m_outputShown = false;
    bool m_statusShown = false;
};

} // namespace td
