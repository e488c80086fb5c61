#pragma once

class QMainWindow;

namespace Ui {
class MainWindow;
}

namespace td {

class GuiSettings;

// The window's size, splitters and table columns: a sensible first layout, then the person's own.
void restoreWindowLayout(QMainWindow *window, Ui::MainWindow *ui, GuiSettings *settings);
void saveWindowLayout(const QMainWindow *window, const Ui::MainWindow *ui, GuiSettings *settings);

} // namespace td
