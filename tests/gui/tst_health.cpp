// HealthDialog: a profile's jobs as a duration chart, outcome bars and words, live and exported.

#include "dialogs.h"
#include "guitestutil.h"
#include "healthdialog.h"
#include "jobdatabase.h"
#include "jobhistory.h"
#include "jobstats.h"
#include "jobtablemodel.h"
#include "translators.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace td;

namespace {

JobRecord ended(const QString &id, const QString &profile, JobState state, const QDateTime &launched, int seconds)
{
    JobRecord record;
    record.id = id;
    record.profile.name = profile;
    record.state = state;
    record.createdAt = launched;
    record.finishedAt = launched.addSecs(seconds);
    return record;
}

// The scatter series of an outcome (named by its label), or null.
QScatterSeries *seriesOf(QChartView *view, JobState state)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->name() == jobStateLabel(state))
            return qobject_cast<QScatterSeries *>(series);
    }
    return nullptr;
}

int barTotal(QChartView *view, JobState state)
{
    auto *bars = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    if (!bars)
        return -1;
    const QList<QBarSet *> sets = bars->barSets();
    for (const QBarSet *set : sets) {
        if (set->label() == jobStateLabel(state)) {
            int sum = 0;
            for (int i = 0; i < set->count(); ++i)
                sum += int(set->at(i));
            return sum;
        }
    }
    return 0;
}

// How many pixels of the chart's plot area, as the view shows it, are of exactly this colour.
int pixelsInPlot(QChartView *view, const QColor &color)
{
    const QImage image = view->grab().toImage();
    const QRect plot = view->mapFromScene(view->chart()->mapToScene(view->chart()->plotArea())).boundingRect();
    int count = 0;
    for (int y = qMax(0, plot.top()); y <= qMin(image.height() - 1, plot.bottom()); ++y) {
        for (int x = qMax(0, plot.left()); x <= qMin(image.width() - 1, plot.right()); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return count;
}

// Every Alt+letter of the dialog reaches one control.
void checkMnemonics(QDialog *dialog)
{
    QHash<QChar, QString> taken;
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QString &text : std::as_const(texts)) {
        const int amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (amp < 0)
            continue;
        const QChar key = text.at(amp + 1).toUpper();
        QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("%1 and %2").arg(taken.value(key), text)));
        taken.insert(key, text);
    }
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsAndWordsFromTheJobs();
    void followsJobsAsTheyEnd();
    void weeksBeyondTheTableComeFromTheHistory();
    void manyJobsAreDrawnSpreadAndEveryFailure();
    void exportsPngAndCsv();
    void drawsInEachLanguage_data();
    void drawsInEachLanguage();

private:
    void fill(JobTableModel *model);
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TestHealth::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslators();
}

void TestHealth::fill(JobTableModel *model)
{
    // "Invoices" in the last 7 days: 10 Successful of 1..10 s over three days, a Faulted of 20 s,
    // a Failed and an Unknown; one Successful 10 days ago; another profile's job.
    QList<JobRecord> records;
    for (int i = 1; i <= 10; ++i) {
        records << ended(QStringLiteral("ok-%1").arg(i), QStringLiteral("Invoices"), JobState::Successful,
                         m_now.addDays(-(i % 3)).addSecs(-3600 - i), i);
        records.last().probe = i <= 3; // three of them probe runs
    }
    records << ended(QStringLiteral("faulted"), QStringLiteral("Invoices"), JobState::Faulted, m_now.addSecs(-600), 20)
            << ended(QStringLiteral("failed"), QStringLiteral("Invoices"), JobState::Failed, m_now.addSecs(-500), 0)
            << ended(QStringLiteral("unknown"), QStringLiteral("Invoices"), JobState::Unknown, m_now.addSecs(-400), 300)
            << ended(QStringLiteral("old"), QStringLiteral("Invoices"), JobState::Successful, m_now.addDays(-10), 99)
            << ended(QStringLiteral("other"), QStringLiteral("Other"), JobState::Successful, m_now.addSecs(-60), 5);
    model->addRecords(records);
}

void TestHealth::chartsAndWordsFromTheJobs()
{
    JobTableModel model;
    fill(&model);
    HealthDialog dialog(&model, nullptr, QStringLiteral("Invoices"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *durations = dialog.findChild<QChartView *>(QStringLiteral("durationsChartView"));
    auto *outcomes = dialog.findChild<QChartView *>(QStringLiteral("outcomesChartView"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("healthSummaryLabel"));
    QVERIFY(durations && outcomes && summary);
    // The last 7 days by default: 13 jobs, one point each, by outcome, each with its own shape.
    QCOMPARE(dialog.shownJobs().size(), 13);
    QCOMPARE(seriesOf(durations, JobState::Successful)->count(), 10);
    QCOMPARE(seriesOf(durations, JobState::Faulted)->count(), 1);
    QCOMPARE(seriesOf(durations, JobState::Failed)->count(), 1);
    QCOMPARE(seriesOf(durations, JobState::Unknown)->count(), 1);
    QVERIFY(!seriesOf(durations, JobState::Stopped)); // no job, no series in the legend
    QCOMPARE(seriesOf(durations, JobState::Faulted)->at(0).y(), 20.0);
    QVERIFY(seriesOf(durations, JobState::Successful)->markerShape() !=
            seriesOf(durations, JobState::Faulted)->markerShape());
    QVERIFY(seriesOf(durations, JobState::Unknown)->markerShape() !=
            seriesOf(durations, JobState::Failed)->markerShape());
    // The bars: by the day over a week, every job counted once.
    QCOMPARE(barTotal(outcomes, JobState::Successful), 10);
    QCOMPARE(barTotal(outcomes, JobState::Faulted), 1);
    QCOMPARE(barTotal(outcomes, JobState::Unknown), 1);
    // The words: nearest-rank percentiles over the 11 jobs that ran to an end (1..10 s and 20 s).
    const QString text = summary->text();
    QVERIFY2(text.contains(QLatin1String("13 jobs ended")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Successful: 10, Faulted: 1, Failed: 1, Unknown: 1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("median (p50) 6.0 s, p90 10.0 s, p99 20.0 s; fastest 1.0 s, slowest 20.0 s")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("13 jobs ended, launched")) &&
                 text.contains(QLatin1String("3 of them probe runs.")),
             qPrintable(text));
    // The Unknown job followed for 300 s sits on the top edge, not at 300 s over the others' 1-20 s.
    QVERIFY(seriesOf(durations, JobState::Unknown)->at(0).y() < 25);
    QVERIFY2(text.contains(QLatin1String("1 job followed longer than the slowest that ran to an end")),
             qPrintable(text));
    QVERIFY(!summary->accessibleName().isEmpty());
    checkMnemonics(&dialog);
    // Probe runs apart from the jobs people launched.
    auto *launcher = dialog.findChild<QComboBox *>(QStringLiteral("launcherComboBox"));
    launcher->setCurrentIndex(launcher->findData(QVariant::fromValue(HealthDialog::Launcher::Probe)));
    QCOMPARE(dialog.shownJobs().size(), 3);
    QCOMPARE(seriesOf(durations, JobState::Successful)->count(), 3);
    QVERIFY2(summary->text().startsWith(QLatin1String("3 jobs ended")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QLatin1String("probe runs")));
    launcher->setCurrentIndex(launcher->findData(QVariant::fromValue(HealthDialog::Launcher::Person)));
    QCOMPARE(dialog.shownJobs().size(), 10);
    QCOMPARE(seriesOf(durations, JobState::Successful)->count(), 7);
    launcher->setCurrentIndex(0);
    // Another period: all jobs kept, the one 10 days old too.
    auto *period = dialog.findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    period->setCurrentIndex(period->findData(QVariant::fromValue(HealthDialog::Period::All)));
    QCOMPARE(dialog.shownJobs().size(), 14);
    QCOMPARE(seriesOf(durations, JobState::Successful)->count(), 11);
    period->setCurrentIndex(period->findData(QVariant::fromValue(HealthDialog::Period::Day)));
    QVERIFY(dialog.shownJobs().size() >= 3 && dialog.shownJobs().size() < 13);
}

void TestHealth::followsJobsAsTheyEnd()
{
    JobTableModel model;
    fill(&model);
    HealthDialog dialog(&model, nullptr, QStringLiteral("Invoices"));
    auto *durations = dialog.findChild<QChartView *>(QStringLiteral("durationsChartView"));
    model.addRecord(ended(QStringLiteral("new"), QStringLiteral("Invoices"), JobState::Stopped, m_now, 7));
    QTRY_COMPARE(dialog.shownJobs().size(), 14);
    QVERIFY(seriesOf(durations, JobState::Stopped));
    QCOMPARE(seriesOf(durations, JobState::Stopped)->count(), 1);
    // A burst ending one job every 100 ms for 3 s: drawn while it goes on, not only after it.
    int added = 0;
    QTimer stream;
    stream.setInterval(100);
    connect(&stream, &QTimer::timeout, this, [&] {
        model.addRecord(
            ended(QStringLiteral("burst-%1").arg(++added), QStringLiteral("Invoices"), JobState::Successful, m_now, 1));
        if (added == 30)
            stream.stop();
    });
    stream.start();
    QTRY_VERIFY(dialog.shownJobs().size() > 14);
    QVERIFY2(stream.isActive(), qPrintable(QString::number(added)));
    QTRY_COMPARE(dialog.shownJobs().size(), 44);
}

void TestHealth::weeksBeyondTheTableComeFromTheHistory()
{
    // Three weeks of jobs, one every 10 minutes (3,000), in the history's database; the table
    // shows the newest 1,000 of them, one of which has just been seen to fault, and a job the
    // writer has not saved yet.
    QTemporaryDir dir;
    QList<JobRecord> records;
    for (int i = 0; i < 3000; ++i)
        records << ended(QStringLiteral("h%1").arg(i), QStringLiteral("Invoices"), JobState::Successful,
                         m_now.addSecs(-600 * (3000 - i)), 2 + i % 5);
    {
        JobDatabase db(dir.path());
        QVERIFY(db.open());
        QVERIFY(db.save(records));
    }
    JobHistory history(dir.path());
    JobTableModel model;
    model.setFinishedLimit(1000);
    QList<JobRecord> shown = records.mid(2001);
    shown.last().state = JobState::Faulted;
    shown << ended(QStringLiteral("unsaved"), QStringLiteral("Invoices"), JobState::Successful, m_now, 1);
    model.addRecords(shown);
    QCOMPARE(model.rowCount(), 1000);

    HealthDialog dialog(&model, &history, QStringLiteral("Invoices"));
    auto *durations = dialog.findChild<QChartView *>(QStringLiteral("durationsChartView"));
    auto *period = dialog.findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    period->setCurrentIndex(period->findData(QVariant::fromValue(HealthDialog::Period::Month)));
    // Every job of the month, each once, the table's word over the history's.
    QCOMPARE(dialog.shownJobs().size(), 3001);
    QCOMPARE(seriesOf(durations, JobState::Faulted)->count(), 1);
    QCOMPARE(seriesOf(durations, JobState::Successful)->count(), 3000);
    // A week of them: 1,008 ten-minute steps, and the unsaved one.
    period->setCurrentIndex(period->findData(QVariant::fromValue(HealthDialog::Period::Week)));
    QVERIFY2(qAbs(dialog.shownJobs().size() - 1009) <= 1, qPrintable(QString::number(dialog.shownJobs().size())));
}

void TestHealth::manyJobsAreDrawnSpreadAndEveryFailure()
{
    // 20,000 jobs of a month in the history, one in a hundred Faulted.
    QTemporaryDir dir;
    QList<JobRecord> records;
    for (int i = 0; i < 20000; ++i)
        records << ended(QStringLiteral("j%1").arg(i), QStringLiteral("Invoices"),
                         i % 100 == 7 ? JobState::Faulted : JobState::Successful, m_now.addSecs(-120 * (20000 - i)),
                         1 + i % 9);
    {
        JobDatabase db(dir.path());
        QVERIFY(db.open());
        QVERIFY(db.save(records));
    }
    JobHistory history(dir.path());
    JobTableModel model;
    HealthDialog dialog(&model, &history, QStringLiteral("Invoices"));
    auto *period = dialog.findChild<QComboBox *>(QStringLiteral("periodComboBox"));
    period->setCurrentIndex(period->findData(QVariant::fromValue(HealthDialog::Period::All)));
    QCOMPARE(dialog.shownJobs().size(), 20000);
    auto *durations = dialog.findChild<QChartView *>(QStringLiteral("durationsChartView"));
    // Every Faulted one drawn; the Successful ones evenly spread, within the chart's budget.
    QCOMPARE(seriesOf(durations, JobState::Faulted)->count(), 200);
    const int successful = seriesOf(durations, JobState::Successful)->count();
    QVERIFY2(successful + 200 <= HealthDialog::kMaxPoints && successful >= HealthDialog::kMaxPoints / 2,
             qPrintable(QString::number(successful)));
    const QList<QPointF> points = seriesOf(durations, JobState::Successful)->points();
    QVERIFY(points.first().x() < m_now.addDays(-26).toMSecsSinceEpoch()); // from the start of the month...
    QVERIFY(points.last().x() > m_now.addDays(-1).toMSecsSinceEpoch());   // ...to its end
    // The words count them all, and say what the chart draws.
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("healthSummaryLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("20000 jobs ended")) || text.contains(QLatin1String("20,000 jobs ended")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The durations chart draws %1 of these 20000 jobs").arg(successful + 200)),
             qPrintable(text));
}

void TestHealth::exportsPngAndCsv()
{
    JobTableModel model;
    fill(&model);
    HealthDialog dialog(&model, nullptr, QStringLiteral("Invoices"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("health.png"));
    FileDialog::setNextFileName(png);
    dialog.findChild<QPushButton *>(QStringLiteral("exportPngButton"))->click();
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > image.width() / 2); // both charts, one above the other
    const QString csv = dir.filePath(QStringLiteral("health.csv"));
    FileDialog::setNextFileName(csv);
    dialog.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->click();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("id,profile,launched,ended,outcome,duration_s,ran_to_an_end,probe"));
    QCOMPARE(lines.size() - 2, 13); // a row per job, and the last line's end
    const QByteArray faulted =
        *std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) { return line.startsWith("faulted,"); });
    QVERIFY2(faulted.contains(",\"Invoices\",") && faulted.contains(",Faulted,20.000,true,false"), faulted.constData());
    const QByteArray probe =
        *std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) { return line.startsWith("ok-2,"); });
    QVERIFY2(probe.trimmed().endsWith(",Successful,2.000,true,true"), probe.constData());
}

void TestHealth::drawsInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Japanese") << QStringLiteral("ja");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestHealth::drawsInEachLanguage()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/triggerdesk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    JobTableModel model;
    fill(&model);
    HealthDialog dialog(&model, nullptr, QStringLiteral("Invoices"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString english = QStringLiteral("Duration of each job");
    auto *durations = dialog.findChild<QChartView *>(QStringLiteral("durationsChartView"));
    auto *outcomes = dialog.findChild<QChartView *>(QStringLiteral("outcomesChartView"));
    QCOMPARE(durations->chart()->title(),
             QCoreApplication::translate("td::HealthDialog", english.toUtf8().constData()));
    QCOMPARE(language.isEmpty(), durations->chart()->title() == english);
    QCOMPARE(seriesOf(durations, JobState::Successful)->name(), jobStateLabel(JobState::Successful));
    QCOMPARE(
        language.isEmpty(),
        dialog.findChild<QLabel *>(QStringLiteral("healthSummaryLabel"))->text().contains(QLatin1String("jobs ended")));
    checkMnemonics(&dialog);
    // What a person sees: the points and the bars drawn in the plot areas, in their colours.
    const QColor successful = outcomeColor(JobState::Successful);
    const QColor faulted = outcomeColor(JobState::Faulted);
    QVERIFY2(pixelsInPlot(durations, successful) > 50,
             qPrintable(QString::number(pixelsInPlot(durations, successful))));
    QVERIFY(pixelsInPlot(durations, faulted) > 10);
    QVERIFY(pixelsInPlot(outcomes, successful) > 100);
}

QTEST_MAIN(TestHealth)
#include "tst_health.moc"
