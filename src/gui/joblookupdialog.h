#pragma once

#include "joblookup.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace td {

// "Check in Orchestrator": the jobs Orchestrator created in the trigger's folder around the
// launch, likeliest first (same arguments, nearest in time), with their states. Attach makes the
// row watch the chosen one until it ends; jobs another row watches already are shown greyed out,
// not to be chosen.
class JobLookupDialog : public QDialog
{
    Q_OBJECT

public:
    // attachedElsewhere: Orchestrator job id -> the other row watching it, in words.
    JobLookupDialog(JobLookup *lookup, const JobRecord &record, const QHash<qint64, QString> &attachedElsewhere,
                    QWidget *parent = nullptr);

signals:
    void attachRequested(qint64 orchestratorJobId, qint64 folderId);

private:
    void showCandidates(const QList<td::OrchestratorJob> &candidates, qint64 folderId, const QString &error);

    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_attach;
    qint64 m_folderId = 0;
    QHash<qint64, QString> m_attachedElsewhere;
    JobLookup *m_lookup; // a child
};

} // namespace td
