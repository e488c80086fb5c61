#include "cliio.h"

#include <QCoreApplication>

#include <cstdio>

namespace td::cli {

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

int notSaved(const QString &message)
{
    err() << "triggerdesk-cli: " << message << Qt::endl;
    return ExitNotSaved;
}

const char kUsage[] = R"(Usage:
  triggerdesk-cli run URL [--method GET|POST|PUT|DELETE]
                      [--mode AsyncRequestReply|FireAndForget|LongPolling|default]
                      [--arg NAME=VALUE]... [--args-json JSON] [--token-env VAR | --no-auth]
                      [--poll-interval-ms N] [--deadline-s N] [--state-dir DIR] [--json]
  triggerdesk-cli run --profile NAME [...same overrides]
  triggerdesk-cli resume --state-dir DIR [--token-env VAR | --no-auth] [--json]
  triggerdesk-cli profiles list|show NAME|import FILE|export FILE
  triggerdesk-cli credentials list
  triggerdesk-cli credentials add NAME --pat | --oauth --client-id ID [--scopes S] [--identity-url URL]
  triggerdesk-cli credentials remove NAME

A profile's credential is used when it has one (unless --token-env is given); its secret is read
from the system keychain. "credentials add" reads the secret from standard input, never from
arguments. A resumed job uses the credential of the profile it was launched with.

Otherwise the token is read from the environment variable --token-env names (default
TRIGGERDESK_TOKEN); a run without one is refused unless --no-auth says to call without a token.
Exit codes: 0 Successful or Started, 1 Faulted, 2 bad usage or input, 3 Failed, 4 Unknown,
5 TimedOut or Cancelled, 6 the job records or profiles could not be written.
)";

} // namespace td::cli
