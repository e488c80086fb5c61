#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace td {

class GuiSettings;
class ProbeScheduler;
class ProfileListModel;
struct TriggerProfile;

// The left of the window: the profile list, the chosen profile's title, its argument form with
// presets, Copies and Launch. It keeps the form's last values per profile and says when a launch
// is asked for; the window decides what a launch does.
class ProfilePanel : public QObject
{
    Q_OBJECT

public:
    // More copies than this are launched only once the person confirms the burst.
    static constexpr int kConfirmCopiesAbove = 10;

    ProfilePanel(Ui::MainWindow *ui, ProfileListModel *profiles, GuiSettings *settings, QWidget *dialogParent);

    int currentRow() const;
    void select(int row);
    // Shows the current profile again (after it changed in the model, or none is left).
    void refresh();
    // The probe schedules: the current profile's is shown under its title, and Profile > Pause
    // Probes pauses it.
    void setProbeScheduler(ProbeScheduler *probes);

signals:
    void launchRequested(const td::TriggerProfile &profile, const QJsonObject &values, int copies);
    void problem(const QString &title, const QString &text);

private:
    void updateLaunchEnabled();
    // Tab goes through the work in its order: list, presets, the fields, Copies, Launch, then the
    // job filter and the table (the form's fields change with the profile).
    void updateTabOrder();
    void updatePresets(const QString &select = QString());
    void presetChosen(int index);
    void savePreset();
    void deletePreset();
    void launch();
    // The line under the title about the profile's probe schedule; empty when it has none.
    QString probeLine(const TriggerProfile &profile) const;

    Ui::MainWindow *m_ui;
    ProfileListModel *m_profiles;
    GuiSettings *m_settings;
    QWidget *m_dialogParent;
    QString m_shownProfile;
    ProbeScheduler *m_probes = nullptr;
};

} // namespace td
