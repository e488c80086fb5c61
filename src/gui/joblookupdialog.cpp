#include "joblookupdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td {

JobLookupDialog::JobLookupDialog(JobLookup *lookup, const JobRecord &record,
                                 const QHash<qint64, QString> &attachedElsewhere, QWidget *parent)
    : QDialog(parent), m_attachedElsewhere(attachedElsewhere)
{
    setWindowTitle(tr("Check in Orchestrator"));
    auto *layout = new QVBoxLayout(this);
    const QString launched = record.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    auto *intro = new QLabel(
        record.state == JobState::Unknown
            ? tr("The answer to the trigger call of <b>%1</b> (launched %2) never arrived whole, so the job may or may "
                 "not exist. These are the jobs Orchestrator created in the trigger's folder around that time.")
                  .arg(record.profile.name.toHtmlEscaped(), launched)
            : tr("These are the jobs Orchestrator created in the trigger's folder around the launch of <b>%1</b> "
                 "(%2). Attach the one it started to watch it there, with Orchestrator's own state, and to be able "
                 "to stop it.")
                  .arg(record.profile.name.toHtmlEscaped(), launched),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(tr("Asking Orchestrator…"), this);
    m_status->setObjectName(QStringLiteral("lookupStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("candidateTree"));
    m_list->setAccessibleName(tr("Jobs found in Orchestrator"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Job id"), tr("State"), tr("Created"), tr("Process"), tr("Arguments")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_attach = buttons->addButton(tr("&Attach to this row"), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setToolTip(tr("Watch the chosen job until it ends, in this job's row"));
    m_attach->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_attach->setEnabled(current != nullptr); });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem()) {
            emit attachRequested(item->data(0, Qt::UserRole).toLongLong(), m_folderId);
            accept();
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, m_attach, &QPushButton::click);
    lookup->setParent(this);
    m_lookup = lookup;
    connect(lookup, &JobLookup::finished, this, &JobLookupDialog::showCandidates);
    resize(760, 360);
    lookup->start();
}

void JobLookupDialog::showCandidates(const QList<OrchestratorJob> &candidates, qint64 folderId, const QString &error)
{
    m_folderId = folderId;
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    if (candidates.isEmpty()) {
        m_status->setText(tr("Orchestrator has no job in this folder from around the launch: the trigger call most "
                             "likely never created one. Launching again is safe."));
        return;
    }
    const int matching = int(std::count_if(candidates.cbegin(), candidates.cend(),
                                           [](const OrchestratorJob &job) { return job.argumentsMatch; }));
    const QString correlationId = m_lookup->correlationId();
    if (!correlationId.isEmpty())
        m_status->setText(matching > 0 ? tr("The job carrying this launch's correlation id %1 is marked ★: it is this "
                                            "job.")
                                             .arg(correlationId)
                                       : tr("No job carries this launch's correlation id %1; the nearest in time "
                                            "come first.")
                                             .arg(correlationId));
    else
        m_status->setText(matching > 0
                              ? tr("%n job(s) with the same arguments, marked ★ and listed first.", nullptr, matching)
                              : tr("No job has the same arguments; the nearest in time come first."));
    QTreeWidgetItem *first = nullptr;
    int taken = 0;
    for (const OrchestratorJob &job : candidates) {
        const QString arguments = QString::fromUtf8(QJsonDocument(job.inputArguments).toJson(QJsonDocument::Compact));
        QString id = job.argumentsMatch ? QStringLiteral("★ %1").arg(job.id) : QString::number(job.id);
        const auto elsewhere = m_attachedElsewhere.constFind(job.id);
        if (elsewhere != m_attachedElsewhere.constEnd())
            id = tr("%1 (in another row)").arg(id);
        auto *item =
            new QTreeWidgetItem(m_list, {id, job.state, job.created.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                         job.releaseName, arguments});
        item->setData(0, Qt::UserRole, job.id);
        item->setToolTip(4, arguments);
        if (elsewhere != m_attachedElsewhere.constEnd()) {
            // One Orchestrator job, one row: this one is watched already.
            ++taken;
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            for (int column = 0; column < 4; ++column)
                item->setToolTip(column, tr("Watched in another row already: %1").arg(*elsewhere));
        } else if (!first) {
            first = item;
        }
    }
    if (taken > 0)
        m_status->setText(m_status->text() + QLatin1Char(' ') +
                          tr("%n job(s) watched in another row already are greyed out.", nullptr, taken));
    m_list->setCurrentItem(first);
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
}

} // namespace td
