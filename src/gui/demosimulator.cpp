#include "demosimulator.h"

#include "jobcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace td {

namespace {

constexpr int kStopGraceMs = 2000;
constexpr int kDemoPollIntervalMs = 1000;

ArgumentSpec spec(const QString &name, ArgumentType type, bool required, const QJsonValue &defaultValue,
                  const QString &description, const QStringList &choices = {})
{
    ArgumentSpec s;
    s.name = name;
    s.type = type;
    s.required = required;
    s.defaultValue = defaultValue;
    s.description = description;
    s.choices = choices;
    return s;
}

} // namespace

QString DemoSimulator::defaultProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString found = QStandardPaths::findExecutable(QStringLiteral("triggerdesk-sim"), {dir});
    return found.isEmpty() ? QDir(dir).filePath(QStringLiteral("triggerdesk-sim")) : found;
}

QList<TriggerProfile> DemoSimulator::demoProfiles(const QList<QPair<QString, QUrl>> &triggers)
{
    auto find = [&triggers](const QString &slug, QString *verb) {
        for (const auto &[v, url] : triggers) {
            if (url.path().endsWith(QLatin1Char('/') + slug)) {
                *verb = v;
                return url;
            }
        }
        return QUrl();
    };
    auto make = [&find](const QString &slug, const QString &name, CallMode mode, const QList<ArgumentSpec> &args) {
        TriggerProfile p;
        p.name = name;
        p.invokeUrl = find(slug, &p.method);
        p.mode = mode;
        p.arguments = args;
        p.pollIntervalMs = kDemoPollIntervalMs;
        p.credential = JobController::demoCredential();
        return p;
    };

    const ArgumentSpec customer = spec(QStringLiteral("customer"), ArgumentType::Text, true,
                                       QStringLiteral("ACME Corp"), tr("Customer whose invoices are processed"));
    QList<TriggerProfile> profiles;
    profiles << make(
        QStringLiteral("echo-async"), tr("Invoices (async polling)"), CallMode::AsyncRequestReply,
        {customer,
         spec(QStringLiteral("invoiceCount"), ArgumentType::Integer, false, 3, tr("How many invoices to process")),
         spec(QStringLiteral("priority"), ArgumentType::Choice, true, QStringLiteral("Normal"), tr("Queue priority"),
              {QStringLiteral("Low"), QStringLiteral("Normal"), QStringLiteral("High")}),
         spec(QStringLiteral("dryRun"), ArgumentType::Boolean, false, false,
              tr("Process without posting to the ledger"))});
    profiles << make(QStringLiteral("echo-fire"), tr("Notify (fire and forget)"), CallMode::FireAndForget,
                     {spec(QStringLiteral("message"), ArgumentType::Text, true, tr("Hello from TriggerDesk"),
                           tr("Text the robot posts"))});
    profiles << make(QStringLiteral("echo-long"), tr("Quote (long polling)"), CallMode::LongPolling,
                     {customer, spec(QStringLiteral("options"), ArgumentType::JsonObject, false,
                                     QJsonObject{{QStringLiteral("region"), QStringLiteral("eu")},
                                                 {QStringLiteral("currency"), QStringLiteral("EUR")}},
                                     tr("Extra settings as a JSON object"))});
    profiles << make(
        QStringLiteral("slow-long"), tr("Month-end report (slow long poll)"), CallMode::LongPolling,
        {spec(QStringLiteral("period"), ArgumentType::DateTime, false, QJsonValue(), tr("End of the reporting period")),
         spec(QStringLiteral("sheets"), ArgumentType::JsonArray, false,
              QJsonArray{QStringLiteral("summary"), QStringLiteral("detail")}, tr("Sheets to include"))});
    profiles << make(QStringLiteral("fault-async"), tr("Import workbook (faults)"), CallMode::AsyncRequestReply,
                     {spec(QStringLiteral("workbook"), ArgumentType::Text, true,
                           QStringLiteral("invoices-2026-11.xlsx"), tr("Workbook the robot opens"))});
    profiles << make(
        QStringLiteral("lookup-get"), tr("Customer lookup (GET)"), CallMode::AsyncRequestReply,
        {spec(QStringLiteral("query"), ArgumentType::Text, true, QStringLiteral("ACME"), tr("Name to look up")),
         spec(QStringLiteral("limit"), ArgumentType::Integer, false, 10, tr("Most results to return"))});
    // A trigger the simulator does not serve leaves its profile without a URL: drop it.
    QList<TriggerProfile> served;
    for (const TriggerProfile &p : std::as_const(profiles)) {
        if (p.invokeUrl.isValid() && !p.invokeUrl.isEmpty())
            served.append(p);
    }
    return served;
}

DemoSimulator::DemoSimulator(const QString &program, QObject *parent) : QObject(parent), m_program(program) {}

DemoSimulator::~DemoSimulator()
{
    stop();
}

bool DemoSimulator::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void DemoSimulator::start()
{
    if (m_process)
        return;
    m_ready = false;
    m_stopping = false;
    m_triggers.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoSimulator::readBanner);
    connect(m_process, &QProcess::errorOccurred, this, &DemoSimulator::onError);
    connect(m_process, &QProcess::finished, this, &DemoSimulator::onFinished);
#ifdef Q_OS_LINUX
    // Should the window die without closing (SIGKILL, a crash), the simulator ends with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(m_program, {QStringLiteral("--port"), QStringLiteral("0")});
}

void DemoSimulator::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        // Shutting down: a short, bounded wait so no simulator is left behind.
        if (!process->waitForFinished(kStopGraceMs)) {
            process->kill();
            process->waitForFinished(kStopGraceMs);
        }
    }
    delete process;
}

void DemoSimulator::readBanner()
{
    while (!m_ready && m_process->canReadLine()) {
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (m_baseUrl.isEmpty()) {
            m_baseUrl = QUrl(line);
            continue;
        }
        if (line.isEmpty()) {
            m_ready = true;
            emit ready(m_baseUrl, demoProfiles(m_triggers));
            break;
        }
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            m_triggers.append({parts.at(0), QUrl(parts.at(1))});
    }
    if (m_ready)
        m_process->readAllStandardOutput(); // the simulator's later chatter is not ours to show
}

void DemoSimulator::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        emit failed(tr("The demo simulator could not be started (%1): %2")
                        .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
}

void DemoSimulator::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QString stderrText = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    const QString why = status == QProcess::CrashExit ? tr("it crashed") : tr("it exited with code %1").arg(exitCode);
    emit failed(stderrText.isEmpty() ? tr("The demo simulator stopped: %1.").arg(why)
                                     : tr("The demo simulator stopped: %1.\n%2").arg(why, stderrText));
}

} // namespace td
