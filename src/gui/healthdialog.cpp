#include "healthdialog.h"

#include "dialogs.h"
#include "jobhistory.h"
#include "jobstats.h"
#include "jobtablemodel.h"
#include "stateappearance.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace td {

namespace {

constexpr JobState kOutcomes[] = {JobState::Successful, JobState::Faulted,  JobState::Stopped,   JobState::Failed,
                                  JobState::Unknown,    JobState::TimedOut, JobState::Cancelled, JobState::Started};

QScatterSeries::MarkerShape outcomeShape(JobState state)
{
    switch (state) {
    case JobState::Successful:
        return QScatterSeries::MarkerShapeCircle;
    case JobState::Faulted:
        return QScatterSeries::MarkerShapeTriangle;
    case JobState::Failed:
        return QScatterSeries::MarkerShapeRectangle;
    case JobState::Unknown:
        return QScatterSeries::MarkerShapeStar;
    case JobState::Stopped:
        return QScatterSeries::MarkerShapePentagon;
    default:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    }
}

QString secondsText(qint64 ms)
{
    return QCoreApplication::translate("td::HealthDialog", "%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QChartView *makeChartView(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(title);
    view->setMinimumHeight(220);
    return view;
}

// The chart without its series and axes, to be drawn again.
QChart *emptied(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    return chart;
}

} // namespace

QColor outcomeColor(JobState state)
{
    switch (state) {
    case JobState::Successful:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case JobState::Faulted:
        return QColor(0xd5, 0x5e, 0x00); // vermilion
    case JobState::Failed:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case JobState::Unknown:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case JobState::Stopped:
        return QColor(0x00, 0x72, 0xb2); // blue
    case JobState::TimedOut:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    default:
        return QColor(0x66, 0x66, 0x66); // Cancelled, Started: grey
    }
}

HealthDialog::HealthDialog(JobTableModel *jobs, const JobHistory *history, const QString &profileName, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_history(history), m_profileName(profileName)
{
    setObjectName(QStringLiteral("healthDialog"));
    setWindowTitle(tr("Health of %1").arg(profileName));
    auto *layout = new QVBoxLayout(this);

    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("Last 24 hours"), QVariant::fromValue(Period::Day));
    m_period->addItem(tr("Last 7 days"), QVariant::fromValue(Period::Week));
    m_period->addItem(tr("Last 30 days"), QVariant::fromValue(Period::Month));
    m_period->addItem(tr("All jobs kept"), QVariant::fromValue(Period::All));
    m_period->setCurrentIndex(1);
    periodLabel->setBuddy(m_period);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    auto *launcherLabel = new QLabel(tr("&Jobs:"), this);
    m_launcher = new QComboBox(this);
    m_launcher->setObjectName(QStringLiteral("launcherComboBox"));
    m_launcher->addItem(tr("All jobs"), QVariant::fromValue(Launcher::Anyone));
    m_launcher->addItem(tr("Probe runs"), QVariant::fromValue(Launcher::Probe));
    m_launcher->addItem(tr("Launched by people"), QVariant::fromValue(Launcher::Person));
    launcherLabel->setBuddy(m_launcher);
    periodRow->addSpacing(12);
    periodRow->addWidget(launcherLabel);
    periodRow->addWidget(m_launcher);
    periodRow->addStretch();
    layout->addLayout(periodRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    layout->addWidget(m_summary);

    m_durationsView = makeChartView(QStringLiteral("durationsChartView"), tr("Duration of each job"), this);
    m_outcomesView = makeChartView(QStringLiteral("outcomesChartView"), tr("Outcomes"), this);
    layout->addWidget(m_durationsView, 3);
    layout->addWidget(m_outcomesView, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *png = buttons->addButton(tr("Export &Chart as PNG..."), QDialogButtonBox::ActionRole);
    png->setObjectName(QStringLiteral("exportPngButton"));
    QPushButton *csv = buttons->addButton(tr("Export &Data as CSV..."), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(png, &QPushButton::clicked, this, &HealthDialog::askAndExportPng);
    connect(csv, &QPushButton::clicked, this, &HealthDialog::askAndExportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // As jobs end, a little later: at most every 300 ms while a burst goes on (a change does not
    // put the redraw off again).
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(Source::TableOnly); });
    const auto later = [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    };
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, later);
    connect(m_jobs, &JobTableModel::countsChanged, this, later);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { refresh(Source::HistoryAndTable); });
    connect(m_launcher, &QComboBox::currentIndexChanged, this, [this] { refresh(Source::TableOnly); });
    resize(900, 720);
    refresh(Source::HistoryAndTable);
}

QDateTime HealthDialog::periodStart() const
{
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_period->currentData().value<Period>()) {
    case Period::Day:
        return now.addDays(-1);
    case Period::Week:
        return now.addDays(-7);
    case Period::Month:
        return now.addDays(-30);
    case Period::All:
        break;
    }
    return {};
}

void HealthDialog::refresh(Source source)
{
    const QDateTime since = periodStart();
    if (source == Source::HistoryAndTable)
        m_stored = m_history ? m_history->outcomes(since, m_profileName) : QList<JobOutcome>();
    // The table's rows over the history's: they are newer than what the writer has saved.
    QHash<QString, JobOutcome> byId;
    for (const JobOutcome &job : std::as_const(m_stored))
        byId.insert(job.id, job);
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobRecord record = m_jobs->recordAt(row);
        if (record.profile.name == m_profileName && (!since.isValid() || record.createdAt >= since))
            byId.insert(record.id, JobOutcome::of(record));
    }
    const auto launcher = m_launcher->currentData().value<Launcher>();
    m_shown.clear();
    int probes = 0;
    for (const JobOutcome &job : std::as_const(byId)) {
        if (!isTerminal(job.state) || (launcher == Launcher::Probe && !job.probe) ||
            (launcher == Launcher::Person && job.probe))
            continue;
        m_shown.append(job);
        probes += job.probe ? 1 : 0;
    }
    std::sort(m_shown.begin(), m_shown.end(),
              [](const JobOutcome &a, const JobOutcome &b) { return a.launched < b.launched; });

    const JobStats stats = jobStats(m_shown, {}).value(0);
    QStringList lines;
    if (m_shown.isEmpty()) {
        lines << tr("No job of %1 ended in this period.").arg(m_profileName);
    } else {
        QString ended = tr("%n job(s) ended, launched %1 to %2.", nullptr, stats.jobs)
                            .arg(QLocale().toString(stats.first.toLocalTime(), QLocale::ShortFormat),
                                 QLocale().toString(stats.last.toLocalTime(), QLocale::ShortFormat));
        if (launcher == Launcher::Anyone && probes > 0)
            ended += QLatin1Char(' ') + tr("%n of them probe run(s).", nullptr, probes);
        lines << ended;
        QStringList outcomes;
        for (JobState state : kOutcomes) {
            if (const int count = stats.outcomes.value(state); count > 0)
                outcomes << tr("%1: %2").arg(jobStateLabel(state)).arg(count);
        }
        lines << outcomes.join(QStringLiteral(", "));
        lines << (stats.durationsMs.empty()
                      ? tr("No duration: none of these jobs ran to a known end.")
                      : tr("Duration of the %n job(s) that ran to an end: median (p50) %1, p90 %2, p99 %3; "
                           "fastest %4, slowest %5.",
                           nullptr, int(stats.durationsMs.size()))
                            .arg(secondsText(stats.percentileMs(50)), secondsText(stats.percentileMs(90)),
                                 secondsText(stats.percentileMs(99)), secondsText(stats.durationsMs.front()),
                                 secondsText(stats.durationsMs.back())));
    }
    const Drawn drawn = fillDurations();
    if (drawn.points < m_shown.size())
        lines << tr("The durations chart draws %1 of these %n jobs, evenly spread (each rare outcome whole); the "
                    "figures count them all.",
                    nullptr, int(m_shown.size()))
                     .arg(drawn.points);
    if (drawn.atTheTop > 0)
        lines << tr("%n job(s) followed longer than the slowest that ran to an end, without a known end of "
                    "their own, are drawn on the top edge.",
                    nullptr, drawn.atTheTop);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QDateTime to = QDateTime::currentDateTime();
    fillOutcomes(since.isValid() ? since : (m_shown.isEmpty() ? to : m_shown.first().launched), to);
}

HealthDialog::Drawn HealthDialog::fillDurations()
{
    QChart *chart = emptied(m_durationsView->chart());
    auto *time = new QDateTimeAxis;
    time->setTitleText(tr("Launched"));
    auto *seconds = new QValueAxis;
    seconds->setTitleText(tr("Duration (s)"));
    seconds->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(seconds, Qt::AlignLeft);
    // The scale is the durations of the jobs that ran to an end (of every job when none did): a
    // job followed for ten minutes without a known end (Unknown, TimedOut...) sits on the top edge
    // instead of flattening the others.
    double longest = 0;
    for (const bool ranToAnEnd : {true, false}) {
        for (const JobOutcome &job : std::as_const(m_shown)) {
            if (!ranToAnEnd || jobRanToAnEnd(job.state))
                longest = qMax(longest, job.durationMs / 1000.0);
        }
        if (longest > 0)
            break;
    }
    const double top = qMax(longest, 1.0) * 1.1;
    // A point per job up to kMaxPoints (a scatter of 100,000 held the window 46 s in the history
    // benchmark): each outcome at most half of them, Successful what the others leave, so a rare
    // outcome is always drawn whole.
    QMap<JobState, int> counts;
    for (const JobOutcome &job : std::as_const(m_shown))
        ++counts[job.state];
    int others = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        others += it.key() == JobState::Successful ? 0 : qMin(it.value(), kMaxPoints / 2);
    Drawn drawn;
    qint64 first = 0, last = 0;
    for (JobState state : kOutcomes) {
        const int budget = state == JobState::Successful ? qMax(kMaxPoints - others, kMaxPoints / 2) : kMaxPoints / 2;
        const int every = qMax(1, (counts.value(state) + budget - 1) / budget);
        int nth = 0;
        auto *series = new QScatterSeries;
        series->setName(jobStateLabel(state));
        series->setMarkerShape(outcomeShape(state));
        series->setMarkerSize(state == JobState::Successful ? 9 : 12);
        series->setColor(outcomeColor(state));
        series->setBorderColor(outcomeColor(state).darker(140));
        for (const JobOutcome &job : std::as_const(m_shown)) {
            if (job.state != state || nth++ % every != 0)
                continue;
            // Jobs that did not run to a known end show how long TriggerDesk followed them.
            const double took = job.durationMs / 1000.0;
            const qint64 at = job.launched.toMSecsSinceEpoch();
            series->append(double(at), qMin(took, top));
            ++drawn.points;
            drawn.atTheTop += took > top ? 1 : 0;
            first = first == 0 ? at : qMin(first, at);
            last = qMax(last, at);
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(seconds);
    }
    const qint64 margin = qMax<qint64>(60'000, (last - first) / 20);
    // Seconds within two hours, minutes within two days, days beyond.
    const qint64 span = last - first;
    time->setFormat(span < 2 * 3600'000        ? QStringLiteral("HH:mm:ss")
                    : span < 2 * 24 * 3600'000 ? QStringLiteral("MM-dd HH:mm")
                                               : QStringLiteral("MM-dd"));
    time->setRange(
        QDateTime::fromMSecsSinceEpoch(first == 0 ? QDateTime::currentMSecsSinceEpoch() : first - margin),
        QDateTime::fromMSecsSinceEpoch(first == 0 ? QDateTime::currentMSecsSinceEpoch() + margin : last + margin));
    seconds->setRange(0, top);
    seconds->applyNiceNumbers();
    return drawn;
}

void HealthDialog::fillOutcomes(const QDateTime &from, const QDateTime &to)
{
    QChart *chart = emptied(m_outcomesView->chart());
    // By the hour over two days at most, else by the day.
    const bool hourly = from.secsTo(to) <= 2 * 24 * 3600;
    const QList<OutcomeBucket> buckets = outcomeBuckets(m_shown, from, to, hourly);
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (const OutcomeBucket &bucket : buckets)
        categories << bucket.start.toString(hourly ? QStringLiteral("HH:00") : QStringLiteral("MM-dd"));
    int highest = 1;
    for (const OutcomeBucket &bucket : buckets) {
        int total = 0;
        for (const int count : bucket.outcomes)
            total += count;
        highest = qMax(highest, total);
    }
    for (JobState state : kOutcomes) {
        auto *set = new QBarSet(jobStateLabel(state));
        set->setColor(outcomeColor(state));
        set->setBorderColor(outcomeColor(state).darker(140));
        int sum = 0;
        for (const OutcomeBucket &bucket : buckets) {
            *set << bucket.outcomes.value(state);
            sum += bucket.outcomes.value(state);
        }
        if (sum == 0) {
            delete set;
            continue;
        }
        series->append(set);
    }
    chart->addSeries(series);
    QAbstractAxis *periods = nullptr;
    if (categories.size() <= 12) {
        auto *each = new QBarCategoryAxis;
        each->append(categories);
        periods = each;
    } else {
        // A day of hours or a month of days: a label under every few bars (at most 8), level and
        // whole, where one under each would be cut to nothing.
        auto *some = new QCategoryAxis;
        some->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        some->setRange(-0.5, double(categories.size()) - 0.5);
        some->setStartValue(-0.5);
        const qsizetype every = (categories.size() + 7) / 8;
        for (qsizetype i = 0; i < categories.size(); i += every)
            some->append(categories.at(i), double(i));
        periods = some;
    }
    periods->setTitleText(hourly ? tr("Hour launched") : tr("Day launched"));
    auto *count = new QValueAxis;
    count->setTitleText(tr("Jobs"));
    count->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers at every tick: at most 5 steps of a whole size.
    const int step = (highest + 4) / 5;
    const int steps = (highest + step - 1) / step;
    count->setRange(0, step * steps);
    count->setTickCount(steps + 1);
    chart->addAxis(periods, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(periods);
    series->attachAxis(count);
}

bool HealthDialog::exportPng(const QString &fileName) const
{
    const QPixmap durations = m_durationsView->grab();
    const QPixmap outcomes = m_outcomesView->grab();
    QImage image(qMax(durations.width(), outcomes.width()), durations.height() + outcomes.height(),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawPixmap(0, 0, durations);
    painter.drawPixmap(0, durations.height(), outcomes);
    painter.end();
    return image.save(fileName, "PNG");
}

bool HealthDialog::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray csv = "id,profile,launched,ended,outcome,duration_s,ran_to_an_end,probe\r\n";
    for (const JobOutcome &job : m_shown) {
        QString profile = job.profile;
        profile.replace(QLatin1Char('"'), QLatin1String("\"\""));
        csv += QStringLiteral("%1,\"%2\",%3,%4,%5,%6,%7,%8\r\n")
                   .arg(job.id, profile, job.launched.toUTC().toString(Qt::ISODateWithMs),
                        job.ended.toUTC().toString(Qt::ISODateWithMs), jobStateName(job.state),
                        QString::number(job.durationMs / 1000.0, 'f', 3),
                        jobRanToAnEnd(job.state) ? QStringLiteral("true") : QStringLiteral("false"),
                        job.probe ? QStringLiteral("true") : QStringLiteral("false"))
                   .toUtf8();
    }
    file.write(csv);
    return file.commit();
}

void HealthDialog::askAndExportPng()
{
    const QString name = FileDialog::getSaveFileName(this, tr("Export Chart"), m_profileName + QStringLiteral(".png"),
                                                     tr("PNG images (*.png)"));
    if (!name.isEmpty() && !exportPng(name))
        MessageBox::warning(this, tr("Export Chart"), tr("The chart could not be written to %1.").arg(name));
}

void HealthDialog::askAndExportCsv()
{
    const QString name = FileDialog::getSaveFileName(this, tr("Export Data"), m_profileName + QStringLiteral(".csv"),
                                                     tr("CSV files (*.csv)"));
    if (!name.isEmpty() && !exportCsv(name))
        MessageBox::warning(this, tr("Export Data"), tr("The data could not be written to %1.").arg(name));
}

} // namespace td
