#pragma once

namespace td {

// The names the window and triggerdesk-cli share, so both keep their files in the same places:
// one configuration folder (profiles, settings; ~/.config/TriggerDesk/triggerdesk on Linux) and
// one data folder (the job history; ~/.local/share/TriggerDesk/triggerdesk).
void setApplicationIdentity();

} // namespace td
