#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace L10n {

// The language the program speaks, in the desktop application and on the command line alike:
// the "ui/language" setting when it names a shipped language, else the first of the system's
// languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that is shipped, else English. The program's
// own translations are embedded (":/i18n/audiencebridge_<language>.qm"); Qt's come from Qt's
// translations directory. Chosen once at start-up: a new setting applies after a restart.
class Translations
{
public:
    // The settings key of the override: "" follows the system; otherwise a language code ("de").
    static constexpr QLatin1StringView kSettingsKey{"ui/language"};
    // The language of the source texts, which needs no translation file.
    static constexpr QLatin1StringView kSourceLanguage{"en"};

    // The shipped languages as ISO 639 codes: "en" and one per embedded translation, sorted.
    static QStringList availableLanguages();

    // The override stored in the settings ("" when the language follows the system).
    static QString languageOverride();
    static void setLanguageOverride(const QString &language);

    // The first of the preferred languages (BCP 47 names such as "de-CH", best first) that is in
    // available, by its language part; kSourceLanguage when none is.
    static QString chooseLanguage(const QStringList &preferred, const QStringList &available);

    // The language install() will load: the override when it is shipped, else chooseLanguage()
    // from the system locale's languages.
    static QString currentLanguage();

    // Installs the program's and Qt's translators for currentLanguage() on the application (they
    // are its children). Returns the language installed.
    static QString install(QCoreApplication *application);
    // The same for a given shipped language (the screenshot programs); false when it is none.
    static bool install(QCoreApplication *application, const QString &language);
    // The language install() last put in place ("en" before any): what texts kept outside the
    // .ts files (the privacy text) follow.
    static QString installedLanguage();

    // The name of a language in that language ("Deutsch"), for the language menu.
    static QString nativeName(const QString &language);
};

} // namespace L10n
