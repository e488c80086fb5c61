// The details of the selected job: they always belong to it, and an output is shown as the
// server wrote it.

#include "jobdetailsview.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace td;

class TestJobDetails : public QObject
{
    Q_OBJECT

private slots:
    void outputKeepsTheServersOrder();
    void anotherJobNeverShowsTheLastOutput();
    void jobNotCreatedYetSaysWhy();
    void runningStatusShowsItsKeys();

private:
    static JobRecord finished(const QString &id, const QByteArray &raw)
    {
        JobRecord record;
        record.id = id;
        record.state = JobState::Successful;
        record.rawOutput = raw;
        record.output = QJsonDocument::fromJson(raw).object();
        return record;
    }
};

void TestJobDetails::outputKeepsTheServersOrder()
{
    JobDetailsView view;
    view.setJob(finished(QStringLiteral("a"), R"({"zeta": 1, "alpha": {"yy": true, "bb": null}, "mid": [3, 1]})"),
                nullptr);
    auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("outputTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("zeta"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("alpha"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("yy"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("mid"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(1), QStringLiteral("3"));
    const QString raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawOutputTextEdit"))->toPlainText();
    QVERIFY2(raw.indexOf(QLatin1String("zeta")) < raw.indexOf(QLatin1String("alpha")), qPrintable(raw));
}

void TestJobDetails::anotherJobNeverShowsTheLastOutput()
{
    JobDetailsView view;
    view.setJob(finished(QStringLiteral("a"), R"({"message": "Invoice file not found"})"), nullptr);
    // A new job, still triggering: nothing of the previous one may show.
    JobRecord fresh;
    fresh.id = QStringLiteral("b");
    fresh.state = JobState::Triggering;
    view.setJob(fresh, nullptr);
    QCOMPARE(view.findChild<QTreeWidget *>(QStringLiteral("outputTree"))->topLevelItemCount(), 0);
    const QString raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawOutputTextEdit"))->toPlainText();
    QVERIFY2(!raw.contains(QLatin1String("Invoice")), qPrintable(raw));
    QVERIFY2(raw.contains(QLatin1String("No output yet")), qPrintable(raw));
}

void TestJobDetails::jobNotCreatedYetSaysWhy()
{
    JobDetailsView view;
    JobRecord record;
    record.id = QStringLiteral("q");
    record.state = JobState::Queued;
    record.transitions.append({JobState::Queued, QDateTime::currentDateTimeUtc(), {}, -1});
    view.setJob(record, nullptr);
    const auto raw = [&view] {
        return view.findChild<QPlainTextEdit *>(QStringLiteral("rawOutputTextEdit"))->toPlainText();
    };
    QCOMPARE(raw(), QStringLiteral("Not sent to the server yet."));
    // Why it waits, once the engine says.
    record.transitions.last().detail = Phrase::verbatim(QStringLiteral("Waiting for a free long-poll connection"));
    view.setJob(record, nullptr);
    QCOMPARE(raw(), QStringLiteral("Not sent to the server yet (Waiting for a free long-poll connection)."));
    // Resumed (queued again after its calls): not "not sent".
    JobRecord resumed = record;
    resumed.id = QStringLiteral("r");
    resumed.hops.append(Hop{});
    view.setJob(resumed, nullptr);
    QCOMPARE(raw(), QStringLiteral("No output yet: the job is still running."));
    view.setJob(record, nullptr);
    // Sent: no longer "not sent".
    record.state = JobState::Triggering;
    record.transitions.append({JobState::Triggering, QDateTime::currentDateTimeUtc(), {}, -1});
    view.setJob(record, nullptr);
    QCOMPARE(raw(), QStringLiteral("No output yet: the job is still running."));
    // Its call refused for now and going again: why, as the engine says it.
    record.transitions.last().detail = Phrase::verbatim(QStringLiteral(
        "The server is rate limiting (429), so no job was created: calling again at 15:07:41 (retry 1 of 3)"));
    view.setJob(record, nullptr);
    QCOMPARE(raw(), record.transitions.last().detail.text() + QLatin1Char('.'));
}

QTEST_MAIN(TestJobDetails)
void TestJobDetails::runningStatusShowsItsKeys()
{
    // The last status of a running job (an attached one: Orchestrator's job object) is shown as a
    // tree whose keys can be read, not cut to the width of an empty column.
    JobDetailsView view;
    view.resize(900, 500);
    view.show();
    JobRecord record;
    record.id = QStringLiteral("r");
    record.state = JobState::Running;
    record.lastStatus = QJsonObject{{QStringLiteral("OrganizationUnitId"), 1001}};
    view.setJob(record, nullptr);
    auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("outputTree"));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("OrganizationUnitId"));
    QVERIFY2(tree->columnWidth(0) >= tree->fontMetrics().horizontalAdvance(QStringLiteral("OrganizationUnitId")),
             qPrintable(QString::number(tree->columnWidth(0))));
}

#include "tst_jobdetails.moc"
