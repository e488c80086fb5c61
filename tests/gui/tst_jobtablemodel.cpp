// JobTableModel and its filter proxy: model invariants, cell-precise updates, ticking, resume.

#include "authprovider.h"
#include "guitestutil.h"
#include "jobcontroller.h"
#include "jobexport.h"
#include "jobfilterproxymodel.h"
#include "jobrun.h"
#include "jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace td;

namespace {

JobRecord makeRecord(const QString &id, const QString &profile, JobState state, const QString &error = {})
{
    JobRecord r;
    r.id = id;
    r.profile.name = profile;
    r.mode = CallMode::AsyncRequestReply;
    r.state = state;
    r.error = Phrase::verbatim(error);
    r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    if (isTerminal(state))
        r.finishedAt = r.createdAt.addMSecs(1500);
    r.transitions.append({state, r.createdAt, {}, -1});
    return r;
}

// Every dataChanged of the spy covers one column only (cell-precise updates).
bool allSingleColumn(const QSignalSpy &spy)
{
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.column() != bottomRight.column())
            return false;
    }
    return true;
}

// RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

bool anyOnColumn(const QSignalSpy &spy, int column)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<QModelIndex>().column() == column)
            return true;
    }
    return false;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invariantsUnderTester();
    void filterByStateAndText();
    void stateChangeIsDataChangedNotReset();
    void durationTicksOnlyItsColumn();
    void runningLongerThanExpectedIsMarkedOnce();
    void resumeKeepsTheRow();
    void historyAndCountsFollowEveryChange();
    void olderJobsShowTheirDateAndIdsTellCopiesApart();
    void providersOfEditedCredentialsAreFreed();
    void orchestratorActionsFollowTheState_data();
    void orchestratorActionsFollowTheState();
    void attachedJobsShowOrchestratorsDuration();
    void csvExportReadsBackWithTheJsonFields();

private:
    sim::OrchestratorSimulator m_simulator;
};

void TestJobTableModel::initTestCase()
{
    QVERIFY(test::startSimulator(&m_simulator));
}

void TestJobTableModel::invariantsUnderTester()
{
    JobTableModel model;
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.addRecord(makeRecord(QStringLiteral("a"), QStringLiteral("Invoices"), JobState::Successful));
    model.addRecord(makeRecord(QStringLiteral("b"), QStringLiteral("Invoices"), JobState::Faulted,
                               QStringLiteral("Invoice file not found")));
    model.addRecord(makeRecord(QStringLiteral("c"), QStringLiteral("Report"), JobState::Unknown));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(model.index(1, JobTableModel::StateColumn).data().toString(), jobStateLabel(JobState::Faulted));
    QCOMPARE(model.index(1, JobTableModel::SummaryColumn).data().toString(), QStringLiteral("Invoice file not found"));
    QVERIFY(!model.index(1, JobTableModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, JobTableModel::DurationColumn).data().toString(), JobTableModel::formatDuration(1500));
    QCOMPARE(model.finishedCount(), 3);
    QCOMPARE(model.runningCount(), 0);

    proxy.sort(JobTableModel::ProfileColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, JobTableModel::ProfileColumn).data().toString(), QStringLiteral("Report"));

    model.removeFinished();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
}

void TestJobTableModel::filterByStateAndText()
{
    JobTableModel model;
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.addRecord(makeRecord(QStringLiteral("a"), QStringLiteral("Invoices"), JobState::Successful));
    model.addRecord(makeRecord(QStringLiteral("b"), QStringLiteral("Invoices"), JobState::Faulted,
                               QStringLiteral("Invoice file not found")));
    model.addRecord(makeRecord(QStringLiteral("c"), QStringLiteral("Report"), JobState::Unknown));

    proxy.setStateFilter(JobFilterProxyModel::StateFilter::OneState, JobState::Faulted);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(JobTableModel::JobIdRole).toString(), QStringLiteral("b"));
    proxy.setStateFilter(JobFilterProxyModel::StateFilter::All);
    proxy.setText(QStringLiteral("report"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("not found"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QString());
    proxy.setStateFilter(JobFilterProxyModel::StateFilter::Active);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStateFilter(JobFilterProxyModel::StateFilter::Finished);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestJobTableModel::stateChangeIsDataChangedNotReset()
{
    JobController jobs;
    JobTableModel *model = jobs.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);

    const TriggerProfile profile = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"));
    JobRun *run = jobs.launch(profile, QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}).constFirst();
    QCOMPARE(inserts.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(run->state(), JobState::Successful, 10000);
    QTRY_COMPARE(model->index(0, JobTableModel::StateColumn).data().toString(), jobStateLabel(JobState::Successful));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(inserts.count(), 1);
    QVERIFY(changes.count() > 0);
    QVERIFY(allSingleColumn(changes));
    QVERIFY(anyOnColumn(changes, JobTableModel::StateColumn));
    QVERIFY(anyOnColumn(changes, JobTableModel::HopsColumn));
    QVERIFY(!anyOnColumn(changes, JobTableModel::ProfileColumn));
    QVERIFY(!anyOnColumn(changes, JobTableModel::StartedColumn));
    QCOMPARE(model->index(0, JobTableModel::HttpStatusColumn).data().toInt(), 200);
    QVERIFY(model->index(0, JobTableModel::SummaryColumn).data().toString().contains(QLatin1String("ACME")));
}

void TestJobTableModel::durationTicksOnlyItsColumn()
{
    JobTableModel model;
    model.addRecord(makeRecord(QStringLiteral("done"), QStringLiteral("Invoices"), JobState::Successful));
    model.addRecord(makeRecord(QStringLiteral("live"), QStringLiteral("Invoices"), JobState::Running));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 2500);
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(JobTableModel::DurationColumn));
        QCOMPARE(bottomRight.column(), int(JobTableModel::DurationColumn));
        QCOMPARE(topLeft.row(), 1); // the finished row does not tick
        QCOMPARE(bottomRight.row(), 1);
    }
}

// A profile's expected duration, on a fake clock: a running job past it is marked (state,
// duration cell, filter) and told once; a job of a profile without one never is.
void TestJobTableModel::runningLongerThanExpectedIsMarkedOnce()
{
    JobTableModel model;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-12-04T10:00:00Z"), Qt::ISODate);
    QDateTime now = start;
    model.setClock([&now] { return now; });
    JobRecord bounded = makeRecord(QStringLiteral("bounded"), QStringLiteral("Invoices"), JobState::Running);
    bounded.createdAt = start;
    bounded.transitions.first().at = start;
    bounded.profile.expectedDurationSeconds = 300;
    JobRecord unbounded = makeRecord(QStringLiteral("unbounded"), QStringLiteral("Reports"), JobState::Running);
    unbounded.createdAt = start;
    unbounded.transitions.first().at = start;
    model.addRecord(bounded);
    model.addRecord(unbounded);
    QStringList told;
    connect(&model, &JobTableModel::jobOverdue, this, [&told](const JobRecord &record) { told << record.id; });
    const QModelIndex state = model.index(model.rowOf(QStringLiteral("bounded")), JobTableModel::StateColumn);
    const QModelIndex duration = state.siblingAtColumn(JobTableModel::DurationColumn);

    now = start.addSecs(300); // exactly as long as expected: not yet
    model.tick();
    QVERIFY(told.isEmpty());
    QCOMPARE(state.data().toString(), jobStateLabel(JobState::Running));
    QVERIFY(duration.data(Qt::DecorationRole).isNull());

    now = start.addSecs(301);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.tick();
    QCOMPARE(told, QStringList{QStringLiteral("bounded")});
    QVERIFY(model.isOverdue(QStringLiteral("bounded")));
    QVERIFY(anyOnColumn(changes, JobTableModel::StateColumn)); // the view repaints the state cell
    QCOMPARE(state.data().toString(), QStringLiteral("Running, longer than expected"));
    QCOMPARE(duration.data().toString(), QStringLiteral("5 min 01 s"));
    QCOMPARE(duration.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Longer than the 5 min 00 s its profile expects"));
    QVERIFY(!duration.data(Qt::DecorationRole).isNull());
    QVERIFY(state.data(JobTableModel::SearchRole).toString().contains(QLatin1String("longer than expected")));

    now = start.addDays(1); // told once, however long it goes on; the other profile said nothing
    model.tick();
    QCOMPARE(told, QStringList{QStringLiteral("bounded")});
    QVERIFY(!model.isOverdue(QStringLiteral("unbounded")));
}

void TestJobTableModel::resumeKeepsTheRow()
{
    JobController jobs;
    JobTableModel *model = jobs.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TriggerProfile profile = test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"));
    JobRun *run = jobs.launch(profile, QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}).constFirst();
    QTRY_VERIFY(run->state() == JobState::Running && run->record().statusUri.isValid());

    jobs.stop(run->id());
    QCOMPARE(run->state(), JobState::Cancelled);
    QTRY_COMPARE(model->index(0, JobTableModel::StateColumn).data().toString(), jobStateLabel(JobState::Cancelled));
    QVERIFY(jobs.canResume(model->recordAt(0)));

    QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
    JobRun *resumed = jobs.resume(model->recordAt(0));
    QVERIFY(resumed);
    QCOMPARE(resumed->id(), run->id());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(model->runAt(0), resumed);
    QTRY_COMPARE_WITH_TIMEOUT(resumed->state(), JobState::Successful, 10000);
    QTRY_COMPARE(model->index(0, JobTableModel::StateColumn).data().toString(), jobStateLabel(JobState::Successful));
}

void TestJobTableModel::historyAndCountsFollowEveryChange()
{
    JobController jobs;
    JobTableModel *model = jobs.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
    // History comes back in one insertion; a job already shown is not shown twice.
    model->addRecords({makeRecord(QStringLiteral("a"), QStringLiteral("Invoices"), JobState::Successful),
                       makeRecord(QStringLiteral("b"), QStringLiteral("Invoices"), JobState::Faulted),
                       makeRecord(QStringLiteral("a"), QStringLiteral("Invoices"), JobState::Successful)});
    model->addRecords({makeRecord(QStringLiteral("b"), QStringLiteral("Invoices"), JobState::Faulted),
                       makeRecord(QStringLiteral("c"), QStringLiteral("Report"), JobState::Cancelled)});
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->runningCount(), 0);
    QCOMPARE(model->finishedCount(), 3);

    const TriggerProfile profile = test::simProfile(m_simulator, QStringLiteral("slow-async"), QStringLiteral("Slow"));
    const QList<JobRun *> runs =
        jobs.launch(profile, QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}, 3);
    QCOMPARE(model->runningCount(), 3);
    QCOMPARE(model->finishedCount(), 3);
    QTRY_VERIFY(runs.at(0)->state() == JobState::Running && runs.at(0)->record().statusUri.isValid());
    // Stopping is counted at once, not on the next update of the table.
    jobs.stop(runs.at(0)->id());
    QCOMPARE(model->runningCount(), 2);
    QCOMPARE(model->finishedCount(), 4);
    QVERIFY(jobs.resume(model->recordAt(model->rowOf(runs.at(0)->id()))));
    QCOMPARE(model->runningCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(model->runningCount(), 0, 10000);
    QCOMPARE(model->finishedCount(), 6);

    QSignalSpy removed(model, &JobTableModel::jobsRemoved);
    model->removeFinished();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->finishedCount(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toStringList().size(), 6);
}

void TestJobTableModel::olderJobsShowTheirDateAndIdsTellCopiesApart()
{
    JobTableModel model;
    JobRecord today = makeRecord(QStringLiteral("aaaaaaaa-1111"), QStringLiteral("Invoices"), JobState::Successful);
    JobRecord older = makeRecord(QStringLiteral("bbbbbbbb-2222"), QStringLiteral("Invoices"), JobState::Successful);
    older.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53)).toUTC();
    older.orchestratorJobId = 4217;
    model.addRecords({today, older});
    // Today's jobs by their time; older ones with their date, so yesterday's 09:26 is not today's.
    QCOMPARE(model.index(0, JobTableModel::StartedColumn).data().toString(),
             today.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QCOMPARE(model.index(1, JobTableModel::StartedColumn).data().toString(), QStringLiteral("2026-03-14 09:26"));
    // The start of our id, or Orchestrator's job id once known; the whole of both in the tooltip.
    QCOMPARE(model.index(0, JobTableModel::JobIdColumn).data().toString(), QStringLiteral("aaaaaaaa"));
    QCOMPARE(model.index(1, JobTableModel::JobIdColumn).data().toString(), QStringLiteral("4217"));
    QVERIFY(model.index(1, JobTableModel::JobIdColumn).data(Qt::ToolTipRole).toString().contains(older.id));
}

void TestJobTableModel::attachedJobsShowOrchestratorsDuration()
{
    // Attached five minutes after the launch, the job had ended long before: Orchestrator's own
    // times (seven decimals, as it writes them), not launch to "noticed".
    JobRecord attached = makeRecord(QStringLiteral("cccccccc-3333"), QStringLiteral("Invoices"), JobState::Successful);
    attached.createdAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    attached.finishedAt = QDateTime::currentDateTimeUtc();
    attached.orchestratorJobId = 4218;
    attached.lastStatus = QJsonObject{{QStringLiteral("State"), QStringLiteral("Successful")},
                                      {QStringLiteral("StartTime"), QStringLiteral("2026-12-04T10:00:00.1733333Z")},
                                      {QStringLiteral("EndTime"), QStringLiteral("2026-12-04T10:00:42.6733333Z")}};
    JobRecord running = attached;
    running.id = QStringLiteral("dddddddd-4444");
    running.state = JobState::Running;
    running.finishedAt = QDateTime();
    running.lastStatus = QJsonObject{
        {QStringLiteral("State"), QStringLiteral("Running")},
        {QStringLiteral("StartTime"), QDateTime::currentDateTimeUtc().addSecs(-90).toString(Qt::ISODateWithMs)},
        {QStringLiteral("EndTime"), QJsonValue::Null}};
    const JobRecord launched =
        makeRecord(QStringLiteral("eeeeeeee-5555"), QStringLiteral("Invoices"), JobState::Successful);
    JobTableModel model;
    model.addRecords({attached, running, launched});
    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, JobTableModel::DurationColumn).data(role).toString();
    };
    QCOMPARE(cell(0), QStringLiteral("42 s"));
    QVERIFY2(cell(0, Qt::ToolTipRole).contains(QLatin1String("as Orchestrator recorded them")),
             qPrintable(cell(0, Qt::ToolTipRole)));
    QVERIFY2(cell(1).startsWith(QLatin1String("1 min 3")), qPrintable(cell(1))); // 90 s and counting
    QCOMPARE(cell(1, Qt::ToolTipRole), QStringLiteral("Since the job's start, as Orchestrator recorded it"));
    QCOMPARE(cell(2), QStringLiteral("1.5 s"));
    QCOMPARE(cell(2, Qt::ToolTipRole), QStringLiteral("From the launch to the end TriggerDesk saw"));
}

void TestJobTableModel::csvExportReadsBackWithTheJsonFields()
{
    JobRecord faulted =
        makeRecord(QStringLiteral("0f8c2f8e-7d7a-4a53-9d53-4b1b8f4f0c11"), QStringLiteral("請求書, \"月次\""),
                   JobState::Faulted, QStringLiteral("The job faulted: \"Invoice file not found\" (error 2107)"));
    faulted.profile.method = QStringLiteral("POST");
    faulted.profile.invokeUrl =
        QUrl(QStringLiteral("https://cloud.example/acme/t/orchestrator_/t/k/invoices?sig=s3cret"));
    faulted.profile.correlationArgument = QStringLiteral("requestId");
    faulted.arguments =
        QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME, \"Inc\"")},
                    {QStringLiteral("note"), QStringLiteral("line 1\nline 2")},
                    {QStringLiteral("requestId"), QStringLiteral("5b0c5a4e-1f0e-4d55-8a39-3f0e8a2c1d77")}};
    faulted.serverMessage = QStringLiteral("=HYPERLINK(\"http://evil\")");
    faulted.serverErrorCode = 2107;
    faulted.rawOutput = R"json({"message":"=HYPERLINK(\"http://evil\")","errorCode":2107})json";
    faulted.hops.append(Hop());
    faulted.hops.last().status = 500;
    faulted.polls = 3;
    faulted.orchestratorJobId = 4219;

    const QByteArray bytes = recordsCsv({faulted});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).size(), rows.at(0).size());
    QHash<QString, QString> read;
    for (int i = 0; i < rows.at(0).size(); ++i)
        read.insert(rows.at(0).at(i), rows.at(1).at(i));

    // The JSON export's names and values, the whole id, the server's words and code.
    const QJsonObject json = faulted.toJson();
    for (const char *key : {"id", "mode", "state", "createdAt", "finishedAt", "error", "serverMessage",
                            "serverErrorCode", "polls", "orchestratorJobId"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        const QString expected = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        const QString got = read.value(QLatin1String(key));
        QVERIFY2(got == expected || got == QLatin1Char('\'') + expected,
                 qPrintable(QStringLiteral("%1: %2 != %3").arg(QLatin1String(key), got, expected)));
    }
    QCOMPARE(read.value(QStringLiteral("profile")), faulted.profile.name);
    QCOMPARE(read.value(QStringLiteral("createdAt")), faulted.createdAt.toString(Qt::ISODateWithMs));
    QCOMPARE(read.value(QStringLiteral("durationSeconds")), QStringLiteral("1.500"));
    QCOMPARE(read.value(QStringLiteral("durationMeasuredBy")), QStringLiteral("launch"));
    QCOMPARE(read.value(QStringLiteral("httpStatus")), QStringLiteral("500"));
    QCOMPARE(read.value(QStringLiteral("correlationId")), QStringLiteral("5b0c5a4e-1f0e-4d55-8a39-3f0e8a2c1d77"));
    QCOMPARE(QJsonDocument::fromJson(read.value(QStringLiteral("arguments")).toUtf8()).object(), faulted.arguments);
    QCOMPARE(read.value(QStringLiteral("output")).toUtf8(), faulted.rawOutput);
    // A query secret stays out; a formula stays text.
    QVERIFY(!read.value(QStringLiteral("invokeUrl")).contains(QLatin1String("s3cret")));
    QCOMPARE(read.value(QStringLiteral("serverMessage")), QLatin1Char('\'') + faulted.serverMessage);
}

QTEST_MAIN(TestJobTableModel)
void TestJobTableModel::providersOfEditedCredentialsAreFreed()
{
    // No keychain here: the credential has no secret, so its job fails at once, but it was
    // launched through the credential's provider, which holds what secrets it read.
    JobController jobs(nullptr, {}, [](QObject *, SecretStoreFactory::ProbeCallback done) { done(false, {}); });
    const Credential credential = Credential::create(QStringLiteral("Ops"), Credential::Kind::PersonalAccessToken);
    jobs.setCredentials({credential});
    TriggerProfile profile = test::simProfile(m_simulator, QStringLiteral("echo-async"), QStringLiteral("Echo"));
    profile.credential = credential.id;
    JobRun *run = jobs.launch(profile, QJsonObject{{QStringLiteral("customer"), QStringLiteral("ACME")}}).constFirst();
    QTRY_VERIFY(run->isFinished());
    const QPointer<AuthProvider> provider = run->authProvider();
    QVERIFY(provider);
    // The credential is edited: its old provider goes, since no running job uses it.
    jobs.setCredentials({});
    QVERIFY(!provider);
}

void TestJobTableModel::orchestratorActionsFollowTheState_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<bool>("mayExist");  // Check in Orchestrator is offered while the id is unknown
    QTest::addColumn<bool>("stoppable"); // Stop / Kill once the id is known
    QTest::newRow("Queued: not sent") << JobState::Queued << false << true;
    QTest::newRow("Triggering: a held long poll") << JobState::Triggering << true << true;
    QTest::newRow("Running") << JobState::Running << true << true;
    QTest::newRow("Started: fire and forget") << JobState::Started << true << true;
    QTest::newRow("Unknown") << JobState::Unknown << true << true;
    QTest::newRow("TimedOut") << JobState::TimedOut << true << true;
    QTest::newRow("Cancelled: let go") << JobState::Cancelled << true << true;
    QTest::newRow("Failed: no job") << JobState::Failed << false << false;
    QTest::newRow("Successful") << JobState::Successful << false << false;
    QTest::newRow("Faulted") << JobState::Faulted << false << false;
    QTest::newRow("Stopped") << JobState::Stopped << false << false;
}

void TestJobTableModel::orchestratorActionsFollowTheState()
{
    QFETCH(JobState, state);
    QFETCH(bool, mayExist);
    QFETCH(bool, stoppable);
    JobRecord record;
    record.state = state;
    QCOMPARE(JobController::canCheckInOrchestrator(record), mayExist);
    QVERIFY(!JobController::canStopInOrchestrator(record)); // no id: nothing to name
    record.orchestratorJobId = 42;
    QVERIFY(!JobController::canCheckInOrchestrator(record)); // found already
    QCOMPARE(JobController::canStopInOrchestrator(record), stoppable);
}

#include "tst_jobtablemodel.moc"
