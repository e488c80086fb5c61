#include "windowlayout.h"

#include "guisettings.h"
#include "ui_mainwindow.h"

#include <QHeaderView>
#include <QScreen>

#include <algorithm>

namespace td {

void restoreWindowLayout(QMainWindow *window, Ui::MainWindow *ui, GuiSettings *settings)
{
    // The first time: as large as the design, but never larger than the screen.
    QSize size(1320, 820);
    if (const QScreen *current = window->screen())
        size = size.boundedTo(current->availableGeometry().size() * 0.95);
    window->resize(size);
    ui->mainSplitter->setSizes({340, 980});
    ui->jobSplitter->setSizes({430, 330});
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->jobSplitter->setStretchFactor(0, 1);
    // The profile list shows about six profiles and no more; the argument form below takes the
    // rest of the height, so a form of five or six fields is seen whole without scrolling.
    const QListView *list = ui->profileList;
    // Measured on translated text too: Chinese and Japanese come from a fallback font with taller
    // lines than the list's own.
    const int translatedHeight =
        list->fontMetrics().boundingRect(QRect(0, 0, 10000, 1000), Qt::TextSingleLine, list->accessibleName()).height();
    const int rowHeight = std::max({list->sizeHintForRow(0), list->fontMetrics().height() + 1, translatedHeight + 2});
    const int profileHeight = ui->profileHeaderLayout->sizeHint().height() + ui->profilePanelLayout->spacing() +
                              2 * list->frameWidth() + rowHeight * 13 / 2;
    ui->sideSplitter->setStretchFactor(0, 0);
    ui->sideSplitter->setStretchFactor(1, 1);
    ui->sideSplitter->setSizes({profileHeight, size.height() - profileHeight});
    window->restoreGeometry(settings->value(GuiSettings::Key::WindowGeometry).toByteArray());
    window->restoreState(settings->value(GuiSettings::Key::WindowState).toByteArray());
    ui->mainSplitter->restoreState(settings->value(GuiSettings::Key::MainSplitter).toByteArray());
    ui->sideSplitter->restoreState(settings->value(GuiSettings::Key::SideSplitter).toByteArray());
    ui->jobSplitter->restoreState(settings->value(GuiSettings::Key::JobSplitter).toByteArray());
    ui->jobTable->horizontalHeader()->restoreState(settings->value(GuiSettings::Key::JobTableHeader).toByteArray());
}

void saveWindowLayout(const QMainWindow *window, const Ui::MainWindow *ui, GuiSettings *settings)
{
    settings->setValue(GuiSettings::Key::WindowGeometry, window->saveGeometry());
    settings->setValue(GuiSettings::Key::WindowState, window->saveState());
    settings->setValue(GuiSettings::Key::MainSplitter, ui->mainSplitter->saveState());
    settings->setValue(GuiSettings::Key::SideSplitter, ui->sideSplitter->saveState());
    settings->setValue(GuiSettings::Key::JobSplitter, ui->jobSplitter->saveState());
    settings->setValue(GuiSettings::Key::JobTableHeader, ui->jobTable->horizontalHeader()->saveState());
    settings->sync();
}

} // namespace td
