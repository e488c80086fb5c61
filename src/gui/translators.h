#pragma once

#include <QList>
#include <QString>

namespace td {

// Installs TriggerDesk's translations on the application: language if given ("ja", "zh_CN",
// "en"), else the first of the user's languages that we have, over English; Qt's own (OK,
// Cancel) in the same language. English is a translation too, of plural forms only: the source
// says "%n job(s)", English says "1 job" and "2 jobs".
void installTranslators(const QString &language = QString());

struct Language
{
    QString code; // as the setting keeps it
    QString name; // in the language itself
};
// The languages TriggerDesk speaks.
QList<Language> availableLanguages();

} // namespace td
