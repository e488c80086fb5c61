#pragma once

#include "joblookup.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace td {

// "Check in Orchestrator": the jobs Orchestrator created in the trigger's folder around the
// launch, likeliest first (same arguments, nearest in time), with their states. Attach makes the
// row watch the chosen one until it ends.
class JobLookupDialog : public QDialog
{
    Q_OBJECT

public:
    JobLookupDialog(JobLookup *lookup, const JobRecord &record, QWidget *parent = nullptr);

signals:
    void attachRequested(qint64 orchestratorJobId, qint64 folderId);

private:
    void showCandidates(const QList<td::OrchestratorJob> &candidates, qint64 folderId, const QString &error);

    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_attach;
    qint64 m_folderId = 0;
    JobLookup *m_lookup; // a child
};

} // namespace td
