#pragma once

#include "jobstats.h"

#include <QDialog>
#include <QTimer>

class QAbstractItemModel;
class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace td {

class JobHistory;
class JobTableModel;

// A profile's health at a glance, from the history's database and the table: each job's duration
// over time (its outcome by colour and by shape), the outcomes per hour or day as stacked bars,
// and the figures in words beside them (for a screen reader too). Follows the table as jobs end.
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
    enum class Launcher
    {
        Anyone,
        Probe,  // the profile's probe schedule
        Person, // launched from the window or the CLI
    };
    Q_ENUM(Launcher)

    // Points of the durations chart at most: beyond, evenly spread.
    static constexpr int kMaxPoints = 4000;

    // history: asked for the period's jobs when the dialog opens and the period changes (none
    // when null); the table's rows are drawn over them as they change.
    HealthDialog(JobTableModel *jobs, const JobHistory *history, const QString &profileName, QWidget *parent = nullptr);

    // The jobs drawn now: the profile's ended jobs in the period.
    QList<JobOutcome> shownJobs() const { return m_shown; }
    // The charts as PNG (durations above, outcomes below) and their data as CSV (one row per job).
    bool exportPng(const QString &fileName) const;
    bool exportCsv(const QString &fileName) const;

private:
    enum class Source
    {
        TableOnly,       // the table changed
        HistoryAndTable, // the dialog opened or the period changed
    };
    void refresh(Source source);
    struct Drawn
    {
        int points = 0;   // jobs drawn (all, up to kMaxPoints)
        int atTheTop = 0; // of them, drawn on the top edge (followed longer than the scale)
    };
    Drawn fillDurations();
    void fillOutcomes(const QDateTime &from, const QDateTime &to);
    QDateTime periodStart() const;
    void askAndExportPng();
    void askAndExportCsv();

    JobTableModel *m_jobs;
    const JobHistory *m_history;
    QString m_profileName;
    QComboBox *m_period = nullptr;
    QComboBox *m_launcher = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_durationsView = nullptr;
    QChartView *m_outcomesView = nullptr;
    QList<JobOutcome> m_stored; // from the history, for the period
    QList<JobOutcome> m_shown;
    QTimer m_refreshTimer;
};

// The chart's marker and colour of an outcome: colours of Okabe and Ito's palette, which stay
// apart for people who do not see red and green apart; the shape tells them apart as well.
QColor outcomeColor(JobState state);

} // namespace td
