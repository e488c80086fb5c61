#include "profilepanel.h"

#include "argumentform.h"
#include "dialogs.h"
#include "guisettings.h"
#include "probescheduler.h"
#include "profilelistmodel.h"
#include "ui_mainwindow.h"

namespace td {

ProfilePanel::ProfilePanel(Ui::MainWindow *ui, ProfileListModel *profiles, GuiSettings *settings, QWidget *dialogParent)
    : QObject(dialogParent), m_ui(ui), m_profiles(profiles), m_settings(settings), m_dialogParent(dialogParent)
{
    m_ui->profileList->setModel(m_profiles);
    m_ui->savePresetToolButton->setText(tr("Save…"));
    m_ui->savePresetToolButton->setToolTip(tr("Save the values in the form as a named preset"));
    m_ui->deletePresetToolButton->setText(tr("Delete"));
    m_ui->deletePresetToolButton->setToolTip(tr("Delete the chosen preset"));

    connect(m_ui->profileList->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProfilePanel::refresh);
    // A selection made without moving the current item (assistive technology selects this way)
    // chooses the profile as a click does.
    connect(m_ui->profileList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                if (!selected.isEmpty() && selected.indexes().constFirst() != m_ui->profileList->currentIndex())
                    m_ui->profileList->setCurrentIndex(selected.indexes().constFirst());
            });
    connect(m_profiles, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == currentRow())
            refresh();
    });
    connect(m_ui->argumentForm, &ArgumentForm::validityChanged, this, &ProfilePanel::updateLaunchEnabled);
    connect(m_ui->launchButton, &QPushButton::clicked, this, &ProfilePanel::launch);
    connect(m_ui->launchAction, &QAction::triggered, this, &ProfilePanel::launch);
    connect(m_ui->presetComboBox, &QComboBox::activated, this, &ProfilePanel::presetChosen);
    connect(m_ui->savePresetToolButton, &QToolButton::clicked, this, &ProfilePanel::savePreset);
    connect(m_ui->deletePresetToolButton, &QToolButton::clicked, this, &ProfilePanel::deletePreset);
}

void ProfilePanel::setProbeScheduler(ProbeScheduler *probes)
{
    m_probes = probes;
    connect(m_probes, &ProbeScheduler::scheduleChanged, this, &ProfilePanel::refresh);
    connect(m_ui->pauseProbesAction, &QAction::triggered, this, [this](bool paused) {
        if (const int row = currentRow(); row >= 0)
            m_probes->setPaused(m_profiles->profileAt(row).name, paused);
    });
    refresh();
}

QString ProfilePanel::probeLine(const TriggerProfile &profile) const
{
    if (!m_probes || !profile.hasProbeSchedule())
        return {};
    QString schedule;
    if (profile.probeTimes.isEmpty()) {
        schedule = tr("Probe every %n minute(s)", nullptr, profile.probeEveryMinutes);
    } else {
        QStringList times;
        for (const QTime &time : profile.probeTimes)
            times << QLocale().toString(time, QLocale::ShortFormat);
        schedule = tr("Probe at %1").arg(QLocale().createSeparatedList(times));
    }
    const QDateTime next = m_probes->nextProbe(profile.name);
    QString line = schedule;
    if (m_probes->isPaused(profile.name))
        line = tr("%1: paused (Profile > Pause Probes)").arg(schedule);
    else if (next.isValid())
        line =
            tr("%1; the next at %2").arg(schedule, QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat));
    // Whether the trigger works now, at a glance: how the last probe went.
    if (const std::optional<JobRecord> last = m_probes->lastProbe(profile.name)) {
        const QString at = QLocale().toString(last->createdAt.toLocalTime(), QLocale::ShortFormat);
        line +=
            QLatin1Char('\n') + (isTerminal(last->state) ? tr("Last probe %1: %2").arg(at, jobStateLabel(last->state))
                                                         : tr("Last probe %1: still running").arg(at));
    }
    return line;
}

int ProfilePanel::currentRow() const
{
    const QModelIndex index = m_ui->profileList->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ProfilePanel::select(int row)
{
    if (row < 0 || row >= m_profiles->rowCount())
        return;
    m_ui->profileList->setCurrentIndex(m_profiles->index(row));
}

void ProfilePanel::refresh()
{
    const int row = currentRow();
    const bool has = row >= 0;
    for (QAction *action :
         {m_ui->editProfileAction, m_ui->duplicateProfileAction, m_ui->renameProfileAction, m_ui->deleteProfileAction,
          m_ui->moveProfileUpAction, m_ui->moveProfileDownAction, m_ui->exportProfilesAction})
        action->setEnabled(has);
    m_ui->presetComboBox->setEnabled(has);
    m_ui->savePresetToolButton->setEnabled(has);
    if (!has) {
        m_shownProfile.clear();
        m_ui->profileTitleLabel->setText(tr("Create a profile for a trigger to launch it."));
        m_ui->argumentForm->setSpecs({});
        m_dialogParent->setWindowTitle(QString());
        updatePresets();
        updateLaunchEnabled();
        updateTabOrder();
        return;
    }
    const TriggerProfile &profile = m_profiles->profileAt(row);
    QString title = tr("<b>%1</b><br><span style='color:gray'>%2 · %3</span>")
                        .arg(profile.name.toHtmlEscaped(), profile.method.toHtmlEscaped(),
                             callModeLabel(profile.mode).toHtmlEscaped());
    // A demo profile says it is temporary, and how to keep one.
    if (m_profiles->isDemo(row))
        title +=
            QStringLiteral("<br><i>%1</i>")
                .arg(tr("Demo profile: not saved, gone when TriggerDesk closes. Profile > Duplicate profile keeps a "
                        "copy to point at your own trigger.")
                         .toHtmlEscaped());
    if (const QString probe = probeLine(profile); !probe.isEmpty())
        title += QStringLiteral("<br>%1").arg(probe.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    m_ui->pauseProbesAction->setEnabled(m_probes && profile.hasProbeSchedule() && profile.probeConfirmed &&
                                        !m_profiles->isDemo(row));
    m_ui->pauseProbesAction->setChecked(m_probes && m_probes->isPaused(profile.name));
    m_ui->profileTitleLabel->setText(title);
    m_ui->profileTitleLabel->setToolTip(profile.invokeUrl.toDisplayString());
    const bool sameProfile = m_shownProfile == profile.name && m_ui->argumentForm->specs() == profile.arguments;
    if (!sameProfile) {
        // Only rebuild when the profile or its specs changed: a rename or a new preset keeps the typing.
        m_ui->argumentForm->setSpecs(profile.arguments);
        const QJsonObject last = m_settings->lastArguments(profile.name);
        if (!last.isEmpty())
            m_ui->argumentForm->setValues(last);
        updateTabOrder();
    }
    // A burst is chosen for one profile: another profile starts at one job.
    if (m_shownProfile != profile.name)
        m_ui->copiesSpinBox->setValue(1);
    m_shownProfile = profile.name;
    // The platform adds the application's name: "Invoice batch — TriggerDesk".
    m_dialogParent->setWindowTitle(profile.name);
    m_settings->setValue(GuiSettings::Key::LastProfile, profile.name);
    updatePresets(m_ui->presetComboBox->currentData().toString());
    updateLaunchEnabled();
}

void ProfilePanel::updateLaunchEnabled()
{
    const int row = currentRow();
    QString why;
    if (row < 0)
        why = tr("Choose a profile first.");
    else if (const QStringList problems = m_profiles->profileAt(row).validate(); !problems.isEmpty())
        why = problems.join(QLatin1Char('\n'));
    else if (!m_ui->argumentForm->isValid())
        why = m_ui->argumentForm->errors().join(QLatin1Char('\n'));
    const bool enabled = why.isEmpty();
    m_ui->launchButton->setEnabled(enabled);
    m_ui->launchAction->setEnabled(enabled);
    m_ui->launchButton->setToolTip(enabled ? tr("Start a job with these arguments (%1)")
                                                 .arg(m_ui->launchAction->shortcut().toString(QKeySequence::NativeText))
                                           : why);
}

void ProfilePanel::updatePresets(const QString &select)
{
    QComboBox *combo = m_ui->presetComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const int row = currentRow();
    if (row < 0)
        return;
    const TriggerProfile &profile = m_profiles->profileAt(row);
    combo->addItem(profile.presets.isEmpty() ? tr("(no presets saved)") : tr("(choose a preset)"));
    for (auto it = profile.presets.constBegin(); it != profile.presets.constEnd(); ++it)
        combo->addItem(it.key(), it.key());
    combo->setCurrentIndex(qMax(0, combo->findData(select)));
    m_ui->deletePresetToolButton->setEnabled(combo->currentIndex() > 0);
}

void ProfilePanel::presetChosen(int index)
{
    const int row = currentRow();
    m_ui->deletePresetToolButton->setEnabled(index > 0);
    if (row < 0 || index <= 0)
        return;
    const QString name = m_ui->presetComboBox->itemData(index).toString();
    m_ui->argumentForm->setValues(m_profiles->profileAt(row).presets.value(name));
}

void ProfilePanel::savePreset()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QString name = m_ui->presetComboBox->currentData().toString();
    if (!InputDialog::getText(m_dialogParent, tr("Save preset"), tr("Preset name:"), &name) || name.trimmed().isEmpty())
        return;
    name = name.trimmed();
    TriggerProfile profile = m_profiles->profileAt(row);
    profile.presets.insert(name, m_ui->argumentForm->values());
    QString error;
    if (!m_profiles->updateProfile(row, profile, &error))
        emit problem(tr("Preset not saved"), error);
    updatePresets(name);
}

void ProfilePanel::deletePreset()
{
    const int row = currentRow();
    const QString name = m_ui->presetComboBox->currentData().toString();
    if (row < 0 || name.isEmpty())
        return;
    if (MessageBox::question(m_dialogParent, tr("Delete preset"), tr("Delete the preset \"%1\"?").arg(name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    TriggerProfile profile = m_profiles->profileAt(row);
    profile.presets.remove(name);
    QString error;
    if (!m_profiles->updateProfile(row, profile, &error))
        emit problem(tr("Preset not deleted"), error);
    updatePresets();
}

void ProfilePanel::launch()
{
    const int row = currentRow();
    if (row < 0 || !m_ui->launchButton->isEnabled())
        return;
    const TriggerProfile profile = m_profiles->profileAt(row);
    const QJsonObject values = m_ui->argumentForm->values();
    const int copies = m_ui->copiesSpinBox->value();
    if (copies > kConfirmCopiesAbove &&
        MessageBox::question(
            m_dialogParent, tr("Launch a burst?"),
            tr("Launch %n jobs of \"%1\" at once? Each one is a real job on the server.", nullptr, copies)
                .arg(profile.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_settings->setLastArguments(profile.name, values);
    // The next Ctrl+Return launches one job, whatever this one was.
    m_ui->copiesSpinBox->setValue(1);
    emit launchRequested(profile, values, copies);
}

void ProfilePanel::updateTabOrder()
{
    QList<QWidget *> chain{m_ui->profileList, m_ui->presetComboBox, m_ui->savePresetToolButton,
                           m_ui->deletePresetToolButton};
    chain << m_ui->argumentForm->focusChain();
    chain << m_ui->copiesSpinBox << m_ui->launchButton << m_ui->stateFilterComboBox << m_ui->filterLineEdit
          << m_ui->jobTable;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace td
