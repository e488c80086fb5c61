#include "clirunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TriggerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TriggerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIGGERDESK_VERSION));
    td::cli::CliRunner runner;
    return runner.exec(QCoreApplication::arguments());
}
