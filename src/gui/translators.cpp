#include "translators.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace td {

void installTranslators()
{
    QCoreApplication *app = QCoreApplication::instance();
    // Installed first, so consulted last: English under every other language.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/plurals_en.qm")))
        QCoreApplication::installTranslator(english);
    // The user's languages in their order: the first we have wins, and English (the source text)
    // ends the search, so a person who reads English first is not shown their second language.
    const QStringList languages = QLocale().uiLanguages();
    for (const QString &language : languages) {
        if (language.startsWith(QLatin1String("en")))
            return;
        auto *translator = new QTranslator(app);
        if (translator->load(QLocale(language), QStringLiteral("triggerdesk"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator);
            return;
        }
        delete translator;
    }
}

} // namespace td
