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

} // namespace td::cli
