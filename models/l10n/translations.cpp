#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcL10n, "audiencebridge.l10n", QtInfoMsg)

namespace L10n {

namespace {

constexpr QLatin1StringView kResourceDir(":/i18n");
constexpr QLatin1StringView kPrefix("audiencebridge_");

QString languagePart(const QString &name)
{
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

bool installTranslator(QCoreApplication *application, const QString &file)
{
    auto *translator = new QTranslator(application);
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator)) {
        qCWarning(lcL10n) << "Cannot load the translation" << file;
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages{kSourceLanguage};
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(kPrefix.size()).chopped(3));
    languages.sort();
    return languages;
}

QString Translations::languageOverride()
{
    return QSettings().value(kSettingsKey).toString();
}

void Translations::setLanguageOverride(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, language);
}

QString Translations::chooseLanguage(const QStringList &preferred, const QStringList &available)
{
    for (const QString &name : preferred) {
        const QString language = languagePart(name);
        if (available.contains(language))
            return language;
    }
    return kSourceLanguage;
}

QString Translations::currentLanguage()
{
    const QStringList available = availableLanguages();
    const QString chosen = languageOverride();
    if (!chosen.isEmpty()) {
        if (available.contains(chosen))
            return chosen;
        qCWarning(lcL10n) << "The setting" << kSettingsKey
                          << "names a language that is not shipped:" << chosen
                          << "- following the system";
    }
    return chooseLanguage(QLocale::system().uiLanguages(), available);
}

QString Translations::install(QCoreApplication *application)
{
    const QString language = currentLanguage();
    install(application, language);
    return language;
}

namespace {
QString g_installedLanguage; // written once at start-up, before any window exists
} // namespace

QString Translations::installedLanguage()
{
    return g_installedLanguage.isEmpty() ? QString(kSourceLanguage) : g_installedLanguage;
}

bool Translations::install(QCoreApplication *application, const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    g_installedLanguage = language;
    if (language == kSourceLanguage)
        return true;
    installTranslator(application,
                      QStringLiteral("%1/%2%3.qm").arg(kResourceDir, kPrefix, language));
    // Qt's own texts (standard buttons, dialogs, QCommandLineParser): optional, as the package
    // that holds them (qt6-translations-l10n) may be missing on a self-built installation.
    const QString qtFile = QStringLiteral("%1/qtbase_%2.qm")
                               .arg(QLibraryInfo::path(QLibraryInfo::TranslationsPath), language);
    if (QFile::exists(qtFile))
        installTranslator(application, qtFile);
    else
        qCInfo(lcL10n) << "No Qt translation" << qtFile;
    return true;
}

QString Translations::nativeName(const QString &language)
{
    // Qt names "en" by its default territory ("American English").
    if (language == kSourceLanguage)
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace L10n
