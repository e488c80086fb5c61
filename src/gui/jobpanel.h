#pragma once

#include "jobrecord.h"
#include "orchestratorapi.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QLabel;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace td {

class JobController;
class JobFilterProxyModel;
class JobRun;

// The right of the window: the job table with its filter, the selected job's details, and the
// Job menu (stop and resume watching, re-run, check in Orchestrator, stop or kill the job there,
// copy output, copy as curl, export, remove finished).
class JobPanel : public QObject
{
    Q_OBJECT

public:
    JobPanel(Ui::MainWindow *ui, JobController *jobs, QLabel *countsLabel, QWidget *dialogParent);

    JobFilterProxyModel *proxy() const { return m_proxy; }
    // Widens each column to show its title and the longest of its labels whole, also after
    // column widths saved in another language were restored.
    void fitColumnsToTheirWords();
    // Selects the job's row and shows its details.
    void showJob(JobRun *run);
    // Selects the job's row (one shown by the filter); false when there is none.
    bool showJob(const QString &id);

signals:
    void problem(const QString &title, const QString &text);
    void message(const QString &text);
    // The person trusted the server's certificate for the profile: whoever keeps the profiles
    // saves the pin.
    void certificateTrusted(const QString &profileName, const QString &fingerprint);

private:
    QList<int> selectedRows() const; // source rows
    int currentRow() const;          // source row, -1 for none
    void currentChanged();
    void updateActions();
    void updateCounts();
    // "3 of 40 shown" while a filter hides jobs, and a hint over an empty table.
    void updateShown();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void stateFilterChanged(int index);
    void stopWatching();
    void resumeWatching();
    void rerun();
    void checkInOrchestrator();
    // Asks Orchestrator to stop the current job, once the person confirmed.
    void stopInOrchestrator(StopStrategy strategy);
    void askOrchestratorToStop(const JobRecord &record, StopStrategy strategy);
    void openInOrchestrator();
    // The certificate the current job's server was refused for, with the offer to trust it.
    void showCertificate(const JobRecord &record);
    // A job refused a certificate the profile could trust: shown once per profile and certificate.
    void offerCertificate(JobRun *run);
    void copyOutput();
    void copyCurl();
    void exportJobs(bool json);

    Ui::MainWindow *m_ui;
    JobController *m_jobs;
    QLabel *m_countsLabel;
    QLabel *m_shownLabel = nullptr;
    QPointer<QLabel> m_emptyLabel; // a child of the table's viewport
    QWidget *m_dialogParent;
    JobFilterProxyModel *m_proxy = nullptr;
    QTimer m_actionsTimer;
    QSet<QString> m_certificatesOffered; // profile name + fingerprint
};

} // namespace td
