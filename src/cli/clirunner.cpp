#include "clirunner.h"

#include "authprovider.h"
#include "cliio.h"
#include "clioptions.h"
#include "credentialauth.h"
#include "jobrun.h"
#include "oauthprovider.h"
#include "profilestore.h"
#include "resultformat.h"
#include "secretstore.h"
#include "triggerengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryFile>
#include <QTimer>

namespace td::cli {

namespace {

constexpr qint64 kSaveIntervalMs = 1000;

} // namespace

CliRunner::CliRunner() = default;
CliRunner::~CliRunner() = default;

int CliRunner::exec(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << usageText() << Qt::flush;
        return ExitSuccess;
    }
    if (command == QLatin1String("--version")) {
        out() << "triggerdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    if (command == QLatin1String("run"))
        return run(arguments);
    if (command == QLatin1String("resume"))
        return resume(arguments);
    if (command == QLatin1String("profiles"))
        return profiles(arguments);
    if (command == QLatin1String("credentials"))
        return credentials(arguments);
    if (command == QLatin1String("jobs"))
        return jobs(arguments);
    if (command == QLatin1String("stats"))
        return stats(arguments);
    err() << usageText() << Qt::flush;
    return command.isEmpty()
               ? ExitUsage
               : usageError(QCoreApplication::translate("td::cli", "unknown command \"%1\"").arg(command));
}

int CliRunner::setUp(const CliOptions &options, const TriggerProfile &profile, AuthProvider **auth)
{
    QString error;
    *auth = authFor(profile, tokenSource(options), &error);
    if (!error.isEmpty())
        return usageError(error);
    if (!options.stateDir.isEmpty()) {
        const int opened = openStateDir(options.stateDir);
        if (opened != ExitSuccess)
            return opened;
    }
    makeEngine(options);
    return ExitSuccess;
}

AuthProvider *CliRunner::authFor(const TriggerProfile &profile, const TokenSource &source, QString *error)
{
    if (source.none)
        return nullptr;
    if (!profile.credential.isEmpty() && !source.variableGiven) {
        if (!m_profiles) {
            m_profiles = std::make_unique<ProfileStore>(ProfileStore::defaultPath());
            QString loadError;
            if (!m_profiles->load(&loadError)) {
                *error = loadError;
                return nullptr;
            }
        }
        const Credential *credential = m_profiles->credential(profile.credential);
        if (!credential) {
            *error = QCoreApplication::translate("td::cli", "the profile's credential \"%1\" is not in %2")
                         .arg(profile.credential, m_profiles->path());
            return nullptr;
        }
        // One provider per credential and identity, so an OAuth token is shared by their jobs.
        const QUrl identity = OAuthClientCredentialsProvider::defaultIdentityUrl(profile.invokeUrl);
        const QString key = credential->id + QLatin1Char('|') + identity.toString();
        if (AuthProvider *known = m_providers.value(key))
            return known;
        if (!m_authManager) {
            m_authManager = new QNetworkAccessManager(this);
            routeAuthManager();
        }
        if (!m_secrets)
            m_secrets = new KeychainSecretStore(QStringLiteral("TriggerDesk"), this);
        QNetworkAccessManager *manager =
            m_engine ? m_engine->identityManager(credential->tls, m_authManager) : m_authManager;
        auto *provider = new CredentialAuthProvider(*credential, identity, m_secrets, manager, this);
        m_providers.insert(key, provider);
        // Once per credential and run: its token expires within a week, or has.
        if (const QString notice = credential->expiryNotice(QDate::currentDate()).text(); !notice.isEmpty())
            err() << notice << Qt::endl;
        return provider;
    }
    if (AuthProvider *known = m_providers.value(source.variable))
        return known;
    // Trimmed as the window does: a token pasted with its line break works in both.
    const QByteArray token = qgetenv(source.variable.toLocal8Bit().constData()).trimmed();
    if (token.isEmpty()) {
        *error = QCoreApplication::translate("td::cli", "%1 is not set (or empty): set it to your token, or pass "
                                                        "--no-auth to call without one.")
                     .arg(source.variable);
        return nullptr;
    }
    auto *provider = new StaticTokenProvider(token, this);
    m_providers.insert(source.variable, provider);
    return provider;
}

CliRunner::TokenSource CliRunner::tokenSource(const CliOptions &options)
{
    TokenSource source;
    source.variable = options.tokenEnv;
    source.variableGiven = options.tokenEnvGiven;
    source.none = options.noAuth;
    return source;
}

void CliRunner::routeAuthManager()
{
    if (m_authManager && m_engine)
        m_authManager->setProxyFactory(ProxyRouting(m_engine->proxy()).newFactory());
}

void CliRunner::makeEngine(const CliOptions &options)
{
    m_engine = new TriggerEngine(this);
    ProxySetting proxy;
    QString ignored; // checked with the options
    if (ProxySetting::parse(options.proxy, &proxy, &ignored))
        m_engine->setProxy(proxy.over(m_engine->proxy()));
    if (options.watchLimitHours > 0)
        m_engine->setWatchLimitSeconds(options.watchLimitHours * 3600);
    routeAuthManager();
}

int CliRunner::openStateDir(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return notSaved(QCoreApplication::translate("td::cli", "Could not create the folder %1 for --state-dir.")
                            .arg(QDir::toNativeSeparators(directory)));
    QTemporaryFile probe(QDir(directory).filePath(QStringLiteral(".probe-XXXXXX")));
    if (!probe.open())
        return notSaved(QCoreApplication::translate("td::cli", "Could not write in %1 (--state-dir): %2")
                            .arg(QDir::toNativeSeparators(directory), probe.errorString()));
    m_store = std::make_unique<JobStore>(directory);
    return ExitSuccess;
}

void CliRunner::saveRecord(JobRun *run, bool now)
{
    if (!m_store)
        return;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const qint64 sinceLast = at - m_savedAt.value(run, 0);
    if (!now && sinceLast < kSaveIntervalMs) {
        if (!m_saveDue.contains(run)) {
            m_saveDue.insert(run);
            QTimer::singleShot(kSaveIntervalMs - sinceLast, run, [this, run] {
                if (m_saveDue.remove(run))
                    saveRecord(run, true);
            });
        }
        return;
    }
    m_saveDue.remove(run);
    m_savedAt.insert(run, at);
    QString error;
    if (!m_store->save(run->record(), &error)) {
        m_saveFailed = true;
        err() << error << Qt::endl;
    }
}

int CliRunner::watch(const QList<JobRun *> &runs)
{
    QEventLoop loop;
    int pending = int(runs.size());
    int worst = ExitSuccess;
    for (JobRun *run : runs) {
        connect(run, &JobRun::stateChanged, this, [this, run] {
            saveRecord(run, true);
            if (!m_json && m_progress)
                printTransition(run->record());
        });
        connect(run, &JobRun::hopRecorded, this, [this, run](int index) {
            saveRecord(run, false);
            if (!m_json && m_progress)
                printHop(run->record().hops.at(index));
        });
        connect(run, &JobRun::progressed, this, [this, run] { saveRecord(run, false); });
        connect(run, &JobRun::finished, this, [this, run, &loop, &pending, &worst] {
            if (m_json)
                out() << QString::fromUtf8(resultJsonLine(run->record())) << Qt::endl;
            else
                printReport(run->record());
            worst = qMax(worst, exitCodeFor(run->state()));
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return m_saveFailed ? ExitNotSaved : worst;
}

} // namespace td::cli
