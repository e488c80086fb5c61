#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace td {

QList<Language> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

void installTranslators(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    // Installed first, so consulted last: English under every other language.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/plurals_en.qm")))
        QCoreApplication::installTranslator(english);
    // The user's languages in their order: the first we have wins, and English (the source text)
    // ends the search, so a person who reads English first is not shown their second language.
    const QStringList languages = language.isEmpty() ? QLocale().uiLanguages() : QStringList{language};
    for (const QString &candidate : languages) {
        if (candidate.startsWith(QLatin1String("en")))
            return;
        auto *translator = new QTranslator(app);
        if (translator->load(QLocale(candidate), QStringLiteral("triggerdesk"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator);
            // Qt's own words (the OK, Cancel, Yes and No of every dialog), where Qt's translations
            // are installed (Debian: qt6-translations-l10n).
            auto *qt = new QTranslator(app);
            if (qt->load(QLocale(candidate), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
            else
                delete qt;
            return;
        }
        delete translator;
    }
}

} // namespace td
