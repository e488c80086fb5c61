#pragma once

#include "jobrecord.h"

#include <QDialog>
#include <QTimer>

class QAbstractItemModel;
class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace td {

class JobTableModel;

// A profile's health at a glance, from the jobs the window keeps: each job's duration over time
// (its outcome by colour and by shape), the outcomes per hour or day as stacked bars, and the
// figures in words beside them (for a screen reader too). Follows the table as jobs end.
class HealthDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Period
    {
        Day,
        Week,
        Month,
        All,
    };
    Q_ENUM(Period)

    HealthDialog(JobTableModel *jobs, const QString &profileName, QWidget *parent = nullptr);

    // The records drawn now: the profile's ended jobs in the period.
    QList<JobRecord> shownRecords() const { return m_records; }
    // The charts as PNG (durations above, outcomes below) and their data as CSV (one row per job).
    bool exportPng(const QString &fileName) const;
    bool exportCsv(const QString &fileName) const;

private:
    void refresh();
    void fillDurations();
    void fillOutcomes(const QDateTime &from, const QDateTime &to);
    QDateTime periodStart() const;
    void askAndExportPng();
    void askAndExportCsv();

    JobTableModel *m_jobs;
    QString m_profileName;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_durationsView = nullptr;
    QChartView *m_outcomesView = nullptr;
    QList<JobRecord> m_records;
    QTimer m_refreshTimer;
};

// The chart's marker and colour of an outcome: colours of Okabe and Ito's palette, which stay
// apart for people who do not see red and green apart; the shape tells them apart as well.
QColor outcomeColor(JobState state);

} // namespace td
