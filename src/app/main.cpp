// triggerdesk: the desktop window. Parses the options, builds the window, nothing else.

#include "appidentity.h"
#include "guisettings.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "singleinstance.h"
#include "stateappearance.h"
#include "terminationsignals.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {

// What the window shows, for a smoke run to check: its title and the status bar's labels.
void printWindowSummary(const QMainWindow &window)
{
    QStringList labels;
    const QList<QLabel *> children = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : children) {
        if (label->isVisible() && !label->text().isEmpty())
            labels << label->text();
    }
    const QString summary =
        QStringLiteral("window: %1\nstatus bar: %2\n").arg(window.windowTitle(), labels.join(QStringLiteral(" | ")));
    std::fputs(summary.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    td::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TriggerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TRIGGERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("triggerdesk"));
    QApplication::setWindowIcon(td::applicationIcon());

    td::installTranslators(td::GuiSettings().value(td::GuiSettings::Key::Language).toString());

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
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after-ms"),
        QApplication::translate("main", "Close the window after N milliseconds and print what its status bar shows "
                                        "(a smoke test)."),
        QStringLiteral("N"));
    parser.addOption(demoOption);
    parser.addOption(profilesOption);
    parser.addOption(quitAfterOption);
    parser.process(app);

    int quitAfterMs = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        quitAfterMs = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || quitAfterMs < 0) {
            const QString message =
                QApplication::translate("main", "--quit-after-ms needs a number of milliseconds, 0 or more.");
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
            return 2;
        }
    }

    td::MainWindowOptions options;
    options.demo = parser.isSet(demoOption);
    options.profilesPath = parser.value(profilesOption);

    // A second start (the menu entry clicked again) shows the window already open on the same
    // profiles instead of opening another that would write the same files.
    const QString profiles =
        QFileInfo(options.profilesPath.isEmpty() ? td::ProfileStore::defaultPath() : options.profilesPath)
            .absoluteFilePath();
    td::SingleInstance instance(profiles);
    if (instance.activateRunning()) {
        std::puts(
            qUtf8Printable(QApplication::translate("main", "TriggerDesk is already running: its window is shown.")));
        return 0;
    }
    if (!instance.listen())
        qWarning("Another start of TriggerDesk will open a second window: no local socket to listen on.");

    // The session is ending (logout, kill): nobody to ask, but the jobs are saved and the demo
    // simulator stops with the window. Caught from before the window is made (it starts the demo
    // simulator), and handled in the event loop, when the window exists.
    td::MainWindow *shown = nullptr;
    td::quitOnTerminationSignals(&app, [&shown] {
        if (shown)
            shown->shutDown();
    });
    td::MainWindow window(options);
    shown = &window;
    QObject::connect(&instance, &td::SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (quitAfterMs >= 0) {
        QTimer::singleShot(quitAfterMs, &window, [&window] {
            printWindowSummary(window);
            window.close();
        });
    }
    return QApplication::exec();
}
