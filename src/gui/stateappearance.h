#pragma once

#include "callmode.h"

#include <QColor>
#include <QIcon>

namespace td {

// How a job state looks wherever it is shown: one icon and one colour per state.
QIcon stateIcon(JobState state);
QColor stateColor(JobState state);
QIcon applicationIcon();
// A running job past its profile's expected duration (the timed-out clock: it may still end well).
QIcon overdueIcon();
// What a job Started by fire and forget shows where an output would be: the server returns none.
QString startedWithoutOutputText();

// Registers the icons compiled into the static GUI library (call once before showing windows).
void initGuiResources();

} // namespace td
