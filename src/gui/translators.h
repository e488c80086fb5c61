#pragma once

namespace td {

// Installs TriggerDesk's translations on the application: the first of the user's languages
// that we have, over English. English is a translation too, of plural forms only: the source
// says "%n job(s)", English says "1 job" and "2 jobs".
void installTranslators();

} // namespace td
