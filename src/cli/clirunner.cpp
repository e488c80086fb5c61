#include "clirunner.h"

#include "authprovider.h"
#include "credentialauth.h"
#include "jobrun.h"
#include "oauthprovider.h"
#include "profilestore.h"
#include "secretstore.h"
#include "triggerengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace td::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "triggerdesk-cli: " << message << '\n'
          << QCoreApplication::translate("td::cli", "Run triggerdesk-cli --help for usage.") << Qt::endl;
    return ExitUsage;
}

const char kUsage[] = R"(Usage:
  triggerdesk-cli run URL [--method GET|POST|PUT|DELETE]
                      [--mode AsyncRequestReply|FireAndForget|LongPolling|default]
                      [--arg NAME=VALUE]... [--args-json JSON] [--token-env VAR]
                      [--poll-interval-ms N] [--deadline-s N] [--state-dir DIR] [--json]
  triggerdesk-cli run --profile NAME [...same overrides]
  triggerdesk-cli resume --state-dir DIR [--json]
  triggerdesk-cli profiles list|show NAME|import FILE|export FILE
  triggerdesk-cli credentials list
  triggerdesk-cli credentials add NAME --pat | --oauth --client-id ID [--scopes S] [--identity-url URL]
  triggerdesk-cli credentials remove NAME

A profile's credential is used when it has one (unless --token-env is given); its secret is read
from the system keychain. "credentials add" reads the secret from standard input, never from
arguments.

Otherwise the token is read from the environment variable --token-env names (default TRIGGERDESK_TOKEN).
Exit codes: 0 Successful or Started, 1 Faulted, 2 bad usage or input, 3 Failed, 4 Unknown,
5 TimedOut or Cancelled.
)";

QString timeOf(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

int exitCodeFor(JobState state)
{
    switch (state) {
    case JobState::Successful:
    case JobState::Started:
        return ExitSuccess;
    case JobState::Faulted:
        return ExitFaulted;
    case JobState::Failed:
        return ExitFailed;
    case JobState::Unknown:
        return ExitUnknown;
    case JobState::TimedOut:
    case JobState::Cancelled:
        return ExitStopped;
    case JobState::Queued:
    case JobState::Triggering:
    case JobState::Running:
        break;
    }
    return ExitUnknown;
}

QJsonObject resultJson(const JobRecord &record)
{
    QJsonArray hops;
    for (const Hop &hop : record.hops) {
        QJsonObject json{{QStringLiteral("method"), hop.method},
                         {QStringLiteral("url"), hop.url},
                         {QStringLiteral("status"), hop.status},
                         {QStringLiteral("ms"), hop.ms}};
        if (!hop.error.isEmpty())
            json.insert(QStringLiteral("error"), hop.error);
        hops.append(json);
    }
    QJsonArray transitions;
    for (const Transition &t : record.transitions) {
        transitions.append(QJsonObject{{QStringLiteral("state"), jobStateName(t.state)},
                                       {QStringLiteral("at"), t.at.toUTC().toString(Qt::ISODateWithMs)}});
    }
    QJsonValue output = record.output;
    if (output.isUndefined())
        output = record.rawOutput.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(record.rawOutput));
    QJsonObject json{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("state"), jobStateName(record.state)},
        {QStringLiteral("mode"), callModeName(record.mode)},
        {QStringLiteral("output"), output},
        {QStringLiteral("error"), record.error.isEmpty() ? QJsonValue() : QJsonValue(record.error)},
        {QStringLiteral("statusUri"),
         record.statusUri.isEmpty() ? QJsonValue() : QJsonValue(redactedUrl(record.statusUri))},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("transitions"), transitions},
    };
    if (!record.serverMessage.isEmpty()) {
        json.insert(QStringLiteral("serverMessage"), record.serverMessage);
        json.insert(QStringLiteral("serverErrorCode"), record.serverErrorCode);
    }
    return json;
}

CliRunner::CliRunner() = default;
CliRunner::~CliRunner() = default;

int CliRunner::exec(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << kUsage << Qt::flush;
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
    err() << kUsage << Qt::flush;
    return command.isEmpty()
               ? ExitUsage
               : usageError(QCoreApplication::translate("td::cli", "unknown command \"%1\"").arg(command));
}

int CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          QCoreApplication::translate("td::cli", "HTTP verb of the trigger."),
                                          QStringLiteral("VERB"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QCoreApplication::translate("td::cli", "Call mode."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption argOption(QStringLiteral("arg"),
                                       QCoreApplication::translate("td::cli", "An input argument, typed like JSON."),
                                       QStringLiteral("NAME=VALUE"));
    const QCommandLineOption argsJsonOption(QStringLiteral("args-json"),
                                            QCoreApplication::translate("td::cli", "Input arguments as a JSON object."),
                                            QStringLiteral("JSON"));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("token-env"), QCoreApplication::translate("td::cli", "Environment variable with the token."),
        QStringLiteral("VAR"), QStringLiteral("TRIGGERDESK_TOKEN"));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval-ms"),
                                        QCoreApplication::translate("td::cli", "Status poll interval."),
                                        QStringLiteral("N"));
    const QCommandLineOption deadlineOption(QStringLiteral("deadline-s"),
                                            QCoreApplication::translate("td::cli", "Long-poll deadline."),
                                            QStringLiteral("N"));
    const QCommandLineOption stateDirOption(QStringLiteral("state-dir"),
                                            QCoreApplication::translate("td::cli", "Keep job records here."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("td::cli", "Print one JSON object."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("td::cli", "A saved profile."), QStringLiteral("NAME"));
    parser.addOptions({methodOption, modeOption, argOption, argsJsonOption, tokenEnvOption, pollOption, deadlineOption,
                       stateDirOption, jsonOption, profileOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    m_json = parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments().mid(1);

    TriggerProfile profile;
    if (parser.isSet(profileOption)) {
        if (!positional.isEmpty())
            return usageError(QCoreApplication::translate("td::cli", "give either a URL or --profile, not both"));
        ProfileStore store(ProfileStore::defaultPath());
        QString error;
        if (!store.load(&error))
            return usageError(error);
        const int index = store.indexOf(parser.value(profileOption));
        if (index < 0)
            return usageError(QCoreApplication::translate("td::cli", "no profile named \"%1\" in %2")
                                  .arg(parser.value(profileOption), store.path()));
        profile = store.profiles().at(index);
        if (!profile.credential.isEmpty() && !parser.isSet(tokenEnvOption)) {
            const Credential *credential = store.credential(profile.credential);
            if (!credential)
                return usageError(QCoreApplication::translate("td::cli", "the profile's credential \"%1\" is not in %2")
                                      .arg(profile.credential, store.path()));
            m_credential = std::make_unique<Credential>(*credential);
        }
    } else {
        if (positional.size() != 1)
            return usageError(QCoreApplication::translate("td::cli", "run takes one trigger URL"));
        profile.invokeUrl = QUrl(positional.first(), QUrl::StrictMode);
        // Without --mode the trigger's configured default applies: no $callMode is sent.
        profile.mode = CallMode::TriggerDefault;
        InvokeUrlParts parts;
        profile.name = parseInvokeUrl(profile.invokeUrl, &parts, nullptr) ? parts.slug : profile.invokeUrl.host();
    }
    if (parser.isSet(methodOption))
        profile.method = parser.value(methodOption).toUpper();
    if (parser.isSet(modeOption) && !parseCallMode(parser.value(modeOption), &profile.mode))
        return usageError(QCoreApplication::translate("td::cli", "unknown mode \"%1\"").arg(parser.value(modeOption)));
    bool ok = true;
    if (parser.isSet(pollOption)) {
        profile.pollIntervalMs = parser.value(pollOption).toInt(&ok);
        if (!ok)
            return usageError(
                QCoreApplication::translate("td::cli", "--poll-interval-ms takes a number of milliseconds"));
    }
    if (parser.isSet(deadlineOption)) {
        profile.deadlineSeconds = parser.value(deadlineOption).toInt(&ok);
        if (!ok)
            return usageError(QCoreApplication::translate("td::cli", "--deadline-s takes a number of seconds"));
    }
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));

    QJsonObject args;
    if (parser.isSet(argsJsonOption)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(argsJsonOption).toUtf8(), &parseError);
        if (!doc.isObject())
            return usageError(QCoreApplication::translate("td::cli", "--args-json must be a JSON object (%1)")
                                  .arg(parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : QCoreApplication::translate("td::cli", "not an object")));
        args = doc.object();
    }
    const QStringList argValues = parser.values(argOption);
    for (const QString &arg : argValues) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(QCoreApplication::translate("td::cli", "--arg takes NAME=VALUE, got \"%1\"").arg(arg));
        args.insert(arg.left(eq), typedArgumentValue(arg.mid(eq + 1)));
    }
    const QStringList argumentProblems = validateArguments(profile.arguments, args);
    if (!argumentProblems.isEmpty())
        return usageError(argumentProblems.join(QLatin1Char(' ')));

    if (parser.isSet(stateDirOption))
        m_store = std::make_unique<JobStore>(parser.value(stateDirOption));

    m_engine = new TriggerEngine(this);
    if (m_credential) {
        auto *manager = new QNetworkAccessManager(this);
        m_auth = new CredentialAuthProvider(
            *m_credential, OAuthClientCredentialsProvider::defaultIdentityUrl(profile.invokeUrl),
            new KeychainSecretStore(QStringLiteral("TriggerDesk"), this), manager, this);
    } else {
        const QString tokenVariable = parser.value(tokenEnvOption);
        const QByteArray token = qgetenv(tokenVariable.toLocal8Bit().constData());
        if (token.isEmpty())
            err()
                << QCoreApplication::translate("td::cli", "%1 is not set: calling without a token.").arg(tokenVariable)
                << Qt::endl;
        m_auth = new StaticTokenProvider(token, this);
    }
    return watch({m_engine->start(profile, args, m_auth)});
}

int CliRunner::resume(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stateDirOption(
        QStringLiteral("state-dir"), QCoreApplication::translate("td::cli", "Job records."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("td::cli", "Print JSON."));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("token-env"), QCoreApplication::translate("td::cli", "Environment variable with the token."),
        QStringLiteral("VAR"), QStringLiteral("TRIGGERDESK_TOKEN"));
    parser.addOptions({stateDirOption, jsonOption, tokenEnvOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(stateDirOption))
        return usageError(QCoreApplication::translate("td::cli", "resume needs --state-dir DIR"));
    m_json = parser.isSet(jsonOption);
    m_store = std::make_unique<JobStore>(parser.value(stateDirOption));
    QStringList problems;
    const QList<JobRecord> records = m_store->unfinished(&problems);
    for (const QString &problem : problems)
        err() << problem << Qt::endl;
    if (records.isEmpty()) {
        err() << QCoreApplication::translate("td::cli", "No unfinished jobs in %1.").arg(parser.value(stateDirOption))
              << Qt::endl;
        return ExitSuccess;
    }
    m_engine = new TriggerEngine(this);
    m_auth = new StaticTokenProvider(qgetenv(parser.value(tokenEnvOption).toLocal8Bit().constData()), this);
    QList<JobRun *> runs;
    for (const JobRecord &record : records)
        runs.append(m_engine->resume(record, m_auth));
    return watch(runs);
}

int CliRunner::watch(const QList<JobRun *> &runs)
{
    QEventLoop loop;
    int pending = int(runs.size());
    int worst = ExitSuccess;
    for (JobRun *run : runs) {
        const auto save = [this, run] {
            if (m_store) {
                QString error;
                if (!m_store->save(run->record(), &error))
                    err() << error << Qt::endl;
            }
        };
        connect(run, &JobRun::stateChanged, this, [this, run, save](JobState state) {
            save();
            if (!m_json) {
                const Transition &t = run->record().transitions.constLast();
                err() << timeOf(t.at) << ' ' << jobStateLabel(state)
                      << (t.detail.isEmpty() ? QString() : QLatin1String(": ") + t.detail) << Qt::endl;
            }
        });
        connect(run, &JobRun::hopRecorded, this, [this, run, save](int index) {
            save();
            if (!m_json) {
                const Hop &hop = run->record().hops.at(index);
                err() << timeOf(hop.at) << "   " << hop.method << ' ' << hop.url << " -> "
                      << (hop.status ? QString::number(hop.status) : hop.error) << " (" << hop.ms << " ms)" << Qt::endl;
            }
        });
        connect(run, &JobRun::progressed, this, save);
        connect(run, &JobRun::finished, this, [this, run, &loop, &pending, &worst] {
            report(run->record());
            worst = qMax(worst, exitCodeFor(run->state()));
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return worst;
}

void CliRunner::report(const JobRecord &record)
{
    if (m_json) {
        out() << QString::fromUtf8(QJsonDocument(resultJson(record)).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    out() << jobStateLabel(record.state) << '\n';
    if (!record.error.isEmpty())
        out() << record.error << '\n';
    if (record.output.isObject() || record.output.isArray()) {
        const QJsonDocument doc =
            record.output.isObject() ? QJsonDocument(record.output.toObject()) : QJsonDocument(record.output.toArray());
        out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    } else if (!record.rawOutput.isEmpty()) {
        out() << QString::fromUtf8(record.rawOutput) << '\n';
    }
    if (!record.statusUri.isEmpty() && isResumable(record.state))
        out() << QCoreApplication::translate("td::cli", "Status URI: %1").arg(redactedUrl(record.statusUri)) << '\n';
    out() << Qt::flush;
}

int CliRunner::profiles(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    const QString operand = arguments.value(3);
    ProfileStore store(ProfileStore::defaultPath());
    QString error;
    if (!store.load(&error))
        return usageError(error);
    if (action == QLatin1String("list") && arguments.size() == 3) {
        for (const TriggerProfile &profile : store.profiles()) {
            out() << profile.name << '\t' << profile.method << '\t' << callModeName(profile.mode) << '\t'
                  << profile.invokeUrl.toDisplayString() << '\n';
        }
        out() << Qt::flush;
        return ExitSuccess;
    }
    if (action == QLatin1String("show") && arguments.size() == 4) {
        const int index = store.indexOf(operand);
        if (index < 0)
            return usageError(QCoreApplication::translate("td::cli", "no profile named \"%1\"").arg(operand));
        out() << QString::fromUtf8(QJsonDocument(store.profiles().at(index).toJson()).toJson()) << Qt::flush;
        return ExitSuccess;
    }
    if (action == QLatin1String("import") && arguments.size() == 4) {
        const QList<TriggerProfile> imported = ProfileStore::importFile(operand, &error);
        if (!error.isEmpty())
            err() << error << Qt::endl;
        if (imported.isEmpty())
            return ExitUsage;
        QList<TriggerProfile> all = store.profiles();
        for (const TriggerProfile &profile : imported) {
            const int index = store.indexOf(profile.name);
            if (index >= 0)
                all[index] = profile;
            else
                all.append(profile);
        }
        store.setProfiles(all);
        if (!store.save(&error))
            return usageError(error);
        err() << QCoreApplication::translate("td::cli", "Imported %n profile(s) into %1.", nullptr,
                                             int(imported.size()))
                     .arg(store.path())
              << Qt::endl;
        return ExitSuccess;
    }
    if (action == QLatin1String("export") && arguments.size() == 4) {
        if (!ProfileStore::exportFile(operand, store.profiles(), &error))
            return usageError(error);
        return ExitSuccess;
    }
    return usageError(
        QCoreApplication::translate("td::cli", "profiles takes list, show NAME, import FILE or export FILE"));
}

} // namespace td::cli

namespace td::cli {

int CliRunner::credentials(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption patOption(QStringLiteral("pat"), QStringLiteral("A personal access token."));
    const QCommandLineOption oauthOption(QStringLiteral("oauth"), QStringLiteral("OAuth client credentials."));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"), QStringLiteral("Client id."),
                                            QStringLiteral("ID"));
    const QCommandLineOption scopesOption(QStringLiteral("scopes"), QStringLiteral("Scopes."), QStringLiteral("S"),
                                          QStringLiteral("OR.Jobs"));
    const QCommandLineOption identityOption(QStringLiteral("identity-url"), QStringLiteral("Identity URL."),
                                            QStringLiteral("URL"));
    parser.addOptions({patOption, oauthOption, clientIdOption, scopesOption, identityOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    ProfileStore store(ProfileStore::defaultPath());
    QString error;
    if (!store.load(&error))
        return usageError(error);

    if (action == QLatin1String("list") && positional.size() == 1) {
        for (const Credential &credential : store.credentials()) {
            out() << credential.name << '\t' << credentialKindName(credential.kind) << '\t' << credential.clientId
                  << '\t' << credential.id << '\n';
        }
        out() << Qt::flush;
        return ExitSuccess;
    }
    if (action == QLatin1String("remove") && positional.size() == 2) {
        const Credential *found = store.credential(positional.at(1));
        if (!found)
            return usageError(
                QCoreApplication::translate("td::cli", "no credential named \"%1\"").arg(positional.at(1)));
        const Credential credential = *found;
        QList<Credential> all = store.credentials();
        all.removeIf([&credential](const Credential &entry) { return entry.id == credential.id; });
        store.setCredentials(all);
        if (!store.save(&error))
            return usageError(error);
        return runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
            secrets->remove(credential.secretKey(), context, std::move(done));
        });
    }
    if (action != QLatin1String("add") || positional.size() != 2 ||
        parser.isSet(patOption) == parser.isSet(oauthOption))
        return usageError(QCoreApplication::translate(
            "td::cli", "credentials takes list, add NAME --pat|--oauth --client-id ID, or remove NAME"));
    if (store.credential(positional.at(1)))
        return usageError(
            QCoreApplication::translate("td::cli", "a credential named \"%1\" exists already").arg(positional.at(1)));
    Credential credential =
        Credential::create(positional.at(1), parser.isSet(oauthOption) ? Credential::Kind::OAuthClientCredentials
                                                                       : Credential::Kind::PersonalAccessToken);
    if (credential.kind == Credential::Kind::OAuthClientCredentials) {
        credential.clientId = parser.value(clientIdOption);
        credential.scopes = parser.value(scopesOption);
        credential.identityUrl = QUrl(parser.value(identityOption));
    }
    const QStringList problems = credential.validate();
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));
    // The secret comes from standard input, so it never shows in a process list or shell history.
    QTextStream in(stdin);
    const QByteArray secret = in.readLine().trimmed().toUtf8();
    if (secret.isEmpty())
        return usageError(QCoreApplication::translate("td::cli", "give the secret on standard input"));
    const int written = runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
        secrets->write(credential.secretKey(), secret, context, std::move(done));
    });
    if (written != ExitSuccess)
        return written;
    store.setCredentials(store.credentials() + QList<Credential>{credential});
    if (!store.save(&error))
        return usageError(error);
    err() << QCoreApplication::translate("td::cli",
                                         "Saved the credential \"%1\"; its secret is in the system keychain.")
                 .arg(credential.name)
          << Qt::endl;
    return ExitSuccess;
}

int CliRunner::runSecretJob(const std::function<void(SecretStore *, QObject *, SecretStore::DoneCallback)> &job)
{
    KeychainSecretStore secrets;
    QEventLoop loop;
    QString error;
    job(&secrets, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty()) {
        err() << "triggerdesk-cli: " << error << Qt::endl;
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace td::cli
