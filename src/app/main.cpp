// triggerdesk: the desktop window. Parses the options, builds the window, nothing else.

#include "mainwindow.h"
#include "stateappearance.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TriggerDesk"));
    QApplication::setApplicationName(QStringLiteral("triggerdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TriggerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TRIGGERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("triggerdesk"));
    QApplication::setWindowIcon(td::applicationIcon());

    td::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Launch Orchestrator jobs through API triggers and watch them live."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the local simulator and its demo profiles, even when profiles exist."));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QApplication::translate("main", "Read and save the profiles in FILE."),
                                            QStringLiteral("FILE"));
    parser.addOption(demoOption);
    parser.addOption(profilesOption);
    parser.process(app);

    td::MainWindowOptions options;
    options.demo = parser.isSet(demoOption);
    options.profilesPath = parser.value(profilesOption);
    td::MainWindow window(options);
    window.show();
    return QApplication::exec();
}
