#include "appidentity.h"
#include "clirunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    td::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIGGERDESK_VERSION));
    td::cli::CliRunner runner;
    return runner.exec(QCoreApplication::arguments());
}
