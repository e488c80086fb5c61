// triggerdesk-cli credentials: list, add and remove saved credentials; secrets go to the keychain.

#include "browsersignin.h"
#include "cliio.h"
#include "clioptions.h"
#include "clirunner.h"
#include "profilestore.h"
#include "proxyrouting.h"
#include "secretstore.h"
#include "tlspolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace td::cli {

namespace {

QString cliText(const char *text)
{
    return QCoreApplication::translate("td::cli", text);
}

constexpr int kSignInWaitMs = 5 * 60 * 1000;

} // namespace

int CliRunner::signIn(const Credential &credential, const QString &identityOverride)
{
    const QUrl identity = identityOverride.isEmpty() ? credential.identityUrl : QUrl(identityOverride);
    if (!identity.isValid() || identity.host().isEmpty())
        return usageError(cliText("\"%1\" names no identity server: give --identity-url URL (for example "
                                  "https://cloud.uipath.com/identity_)")
                              .arg(credential.name));
    QString error;
    auto tls = TlsPolicy::load(credential.tls, &error);
    if (!tls) {
        err() << "triggerdesk-cli: " << error << Qt::endl;
        return ExitFailed;
    }
    BrowserSignIn signIn(identity, credential.clientId, credential.scopes, credential.redirectPort, ProxyRouting(),
                         std::move(tls));
    QEventLoop loop;
    BrowserSignIn::Tokens tokens;
    connect(&signIn, &BrowserSignIn::openBrowser, this, [](const QUrl &url) {
        err() << cliText("Sign in in your browser; if it does not open, open this page:") << "\n  "
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
#ifdef Q_OS_LINUX
        if (qEnvironmentVariableIsEmpty("TRIGGERDESK_NO_BROWSER"))
            QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
    });
    connect(&signIn, &BrowserSignIn::finished, &loop, [&](const BrowserSignIn::Tokens &received, const QString &why) {
        tokens = received;
        error = why;
        loop.quit();
    });
    QTimer patience;
    patience.setSingleShot(true);
    connect(&patience, &QTimer::timeout, &loop, [&] {
        error = cliText("No sign-in came back within 5 minutes.");
        loop.quit();
    });
    if (!signIn.start(&error)) {
        err() << "triggerdesk-cli: " << error << Qt::endl;
        return ExitFailed;
    }
    patience.start(kSignInWaitMs);
    loop.exec();
    if (error.isEmpty() && tokens.refreshToken.isEmpty())
        error = cliText("The identity server gave no refresh token, so the session would end within the hour: "
                        "add offline_access to the credential's scopes.");
    if (!error.isEmpty()) {
        err() << "triggerdesk-cli: " << error << Qt::endl;
        return ExitFailed;
    }
    const int written = runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
        secrets->write(credential.secretKey(), tokens.refreshToken, context, std::move(done));
    });
    if (written != ExitSuccess)
        return written;
    err() << cliText("Signed in with \"%1\": the session is kept in the system keychain and renewed as jobs use it.")
                 .arg(credential.name)
          << Qt::endl;
    return ExitSuccess;
}

int CliRunner::credentials(const QStringList &arguments)
{
    CliOptions options;
    QString error;
    if (!parseOptions(Command::Credentials, arguments, &options, &error))
        return usageError(error);
    const QStringList &positional = options.positional;
    const QString action = positional.value(0);
    ProfileStore store(ProfileStore::defaultPath());
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
        // The secret first: if the keychain refuses, the credential stays listed, and removing it
        // again is how to retry, rather than a secret left in the keychain that nothing names.
        const int removed = runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
            secrets->remove(credential.secretKey(), context, std::move(done));
        });
        if (removed != ExitSuccess)
            return removed;
        QList<Credential> all = store.credentials();
        all.removeIf([&credential](const Credential &entry) { return entry.id == credential.id; });
        store.setCredentials(all);
        if (!store.save(&error))
            return notSaved(error);
        return ExitSuccess;
    }
    if ((action == QLatin1String("login") || action == QLatin1String("logout")) && positional.size() == 2) {
        const Credential *found = store.credential(positional.at(1));
        if (!found || found->kind != Credential::Kind::BrowserSignIn)
            return usageError(cliText("no credential named \"%1\" signs in with the browser (credentials add NAME "
                                      "--browser)")
                                  .arg(positional.at(1)));
        const Credential credential = *found;
        if (action == QLatin1String("login"))
            return signIn(credential, options.identityUrl);
        const int removed = runSecretJob([&](SecretStore *secrets, QObject *context, SecretStore::DoneCallback done) {
            secrets->remove(credential.secretKey(), context, std::move(done));
        });
        if (removed == ExitSuccess)
            err() << cliText("Signed out of \"%1\".").arg(credential.name) << Qt::endl;
        return removed;
    }
    if (action != QLatin1String("add") || positional.size() != 2 ||
        int(options.pat) + int(options.oauth) + int(options.browser) != 1)
        return usageError(QCoreApplication::translate("td::cli", "credentials takes list, add NAME --pat|--oauth "
                                                                 "--client-id ID|--browser --client-id ID, login "
                                                                 "NAME, logout NAME, or remove NAME"));
    if (store.credential(positional.at(1)))
        return usageError(
            QCoreApplication::translate("td::cli", "a credential named \"%1\" exists already").arg(positional.at(1)));
    Credential credential =
        Credential::create(positional.at(1), options.oauth     ? Credential::Kind::OAuthClientCredentials
                                             : options.browser ? Credential::Kind::BrowserSignIn
                                                               : Credential::Kind::PersonalAccessToken);
    if (credential.usesIdentityServer()) {
        credential.clientId = options.clientId;
        if (options.scopesGiven || credential.kind == Credential::Kind::OAuthClientCredentials)
            credential.scopes = options.scopes;
        credential.identityUrl = QUrl(options.identityUrl);
        if (options.redirectPort != 0)
            credential.redirectPort = quint16(options.redirectPort);
    }
    if (options.expiresOn.isValid()) {
        if (credential.kind != Credential::Kind::PersonalAccessToken)
            return usageError(cliText("--expires goes with --pat (other credentials renew their tokens)"));
        credential.expiresOn = options.expiresOn;
    }
    const QStringList problems = credential.validate();
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1Char(' ')));
    if (credential.kind == Credential::Kind::BrowserSignIn) {
        // No secret to give: the person signs in, now or later.
        store.setCredentials(store.credentials() + QList<Credential>{credential});
        if (!store.save(&error))
            return notSaved(error);
        err() << cliText("Saved the credential \"%1\". Its external application must have this redirect URI: %2\n"
                         "Then sign in: triggerdesk-cli credentials login \"%1\"")
                     .arg(credential.name, BrowserSignIn::redirectUri(credential.redirectPort))
              << Qt::endl;
        return ExitSuccess;
    }
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
        return notSaved(error);
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
