// The language at run time: which one is chosen, and that the embedded translations reach the
// texts of the models, the wizards and the command line. The expected German texts are read from
// translations/audiencebridge_de.ts, so this proves that the run-time contexts are the ones
// lupdate filed the strings under. Runs with LANG/LC_ALL=de_DE.UTF-8 (tests/translations).
#include <connection/connectiondraft.h>
#include <connection/connectionnamepage.h>
#include <l10n/translations.h>
#include <workspace/accesspolicy.h>
#include <workspace/connectionstore.h>
#include <workspace/workspace.h>

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using L10n::Translations;

namespace {

const QString kGermanTs = QStringLiteral(AB_SOURCE_DIR "/translations/audiencebridge_de.ts");

// The finished translation of (context, source) in a .ts file; empty when there is none.
QString tsTranslation(const QString &tsFile, QLatin1StringView context, QLatin1StringView source)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext, currentSource;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1StringView("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1StringView("translation") && currentContext == context
                 && currentSource == source) {
            const bool finished = xml.attributes().value(QLatin1StringView("type")).isEmpty();
            const QString text = xml.readElementText();
            return finished ? text : QString();
        } else if (xml.name() != QLatin1StringView("TS") && xml.name() != QLatin1StringView("context")
                   && xml.name() != QLatin1StringView("message")) {
            xml.skipCurrentElement();
        }
    }
    return {};
}

// Why a German text cannot be checked: the .ts file has no finished translation of it.
QByteArray missing(const char *context, const char *source)
{
    return QStringLiteral("audiencebridge_de.ts has no finished translation of \"%1\" in context %2")
        .arg(QLatin1StringView(source), QLatin1StringView(context))
        .toUtf8();
}

void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A text of Qt's own in a language, straight from Qt's translation file.
QString qtText(const QString &language, const char *context, const char *source)
{
    QTranslator qt;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt.load(QStringLiteral("%1/qtbase_%2.qm").arg(qtDir, language)))
        return {};
    return qt.translate(context, source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chooseLanguage_data();
    void chooseLanguage();
    void shipsGermanAndFrench();
    void followsTheSystemUnlessOverridden();
    void installsQtsOwnTranslation();
    void commandLineHonoursLocaleAndOverride();
    // These need the finished German translation.
    void modelTextIsGerman();
    void refusalIsGermanThroughout();
    void wizardTitleIsGerman();
    void commandLineTextIsGerman();

private:
    QString runCli(const QStringList &arguments, const QString &languageSetting);

    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QVERIFY(m_dir.isValid());
    QCOMPARE(qEnvironmentVariable("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
}

void TestTranslations::init()
{
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QSettings().clear();
}

void TestTranslations::chooseLanguage_data()
{
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("german") << QStringList{QStringLiteral("de-DE"), QStringLiteral("de")} << QStringLiteral("de");
    QTest::newRow("swiss french") << QStringList{QStringLiteral("fr-CH")} << QStringLiteral("fr");
    QTest::newRow("posix name") << QStringList{QStringLiteral("fr_FR")} << QStringLiteral("fr");
    QTest::newRow("first shipped wins") << QStringList{QStringLiteral("it-IT"), QStringLiteral("fr-FR"),
                                                       QStringLiteral("de-DE")}
                                        << QStringLiteral("fr");
    // English before German in LANGUAGE: English, though English has no translation file.
    QTest::newRow("english first") << QStringList{QStringLiteral("en-US"), QStringLiteral("de-DE")}
                                   << QStringLiteral("en");
    QTest::newRow("nothing shipped") << QStringList{QStringLiteral("ja-JP")} << QStringLiteral("en");
    QTest::newRow("empty") << QStringList{} << QStringLiteral("en");
}

void TestTranslations::chooseLanguage()
{
    QFETCH(QStringList, preferred);
    QFETCH(QString, chosen);
    const QStringList shipped{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")};
    QCOMPARE(Translations::chooseLanguage(preferred, shipped), chosen);
}

void TestTranslations::shipsGermanAndFrench()
{
    QCOMPARE(Translations::availableLanguages(),
             (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/audiencebridge_de.qm")));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestTranslations::followsTheSystemUnlessOverridden()
{
    QCOMPARE(Translations::languageOverride(), QString());
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("de"));
    Translations::setLanguageOverride(QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("fr"));
    Translations::setLanguageOverride(QStringLiteral("en"));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("en"));
    // A language that is not shipped (a setting from a newer version): the system's.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("de"));
    Translations::setLanguageOverride(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(Translations::currentLanguage(), QStringLiteral("de"));
}

void TestTranslations::installsQtsOwnTranslation()
{
    const char *context = "QCommandLineParser";
    const char *source = "Displays help on commandline options.";
    const QString german = qtText(QStringLiteral("de"), context, source);
    QVERIFY2(!german.isEmpty() && german != QLatin1StringView(source), "qt6-translations-l10n is installed");

    Translations::setLanguageOverride(QStringLiteral("en"));
    QCOMPARE(Translations::install(qApp), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, source), QLatin1StringView(source));

    Translations::setLanguageOverride(QString());
    QCOMPARE(Translations::install(qApp), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate(context, source), german);
}

QString TestTranslations::runCli(const QStringList &arguments, const QString &languageSetting)
{
    // The program's own settings file, in a configuration folder of its own.
    const QString config = m_dir.filePath(QStringLiteral("config"));
    QSettings settings(config + QStringLiteral("/AudienceBridge/AudienceBridge.conf"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), languageSetting);
    settings.sync();
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(AB_EXECUTABLE), arguments);
    if (!cli.waitForFinished(30000))
        return {};
    return QString::fromUtf8(cli.readAllStandardOutput());
}

void TestTranslations::commandLineHonoursLocaleAndOverride()
{
    // QCommandLineParser's heading of the options, in Qt's own translations.
    const char *context = "QCommandLineParser";
    const char *source = "Options:";
    const QString german = qtText(QStringLiteral("de"), context, source);
    const QString french = qtText(QStringLiteral("fr"), context, source);
    QVERIFY(!german.isEmpty() && german != QLatin1StringView(source));
    QVERIFY(!french.isEmpty() && french != QLatin1StringView(source));
    // The translators are in place before a subcommand parses its options.
    const QString system = runCli({QStringLiteral("hash"), QStringLiteral("--help")}, QString());
    QVERIFY2(system.contains(QLatin1Char('\n') + german + QLatin1Char('\n')), qPrintable(system));
    const QString overridden = runCli({QStringLiteral("hash"), QStringLiteral("--help")}, QStringLiteral("fr"));
    QVERIFY2(overridden.contains(QLatin1Char('\n') + french + QLatin1Char('\n')), qPrintable(overridden));
    const QString english = runCli({QStringLiteral("hash"), QStringLiteral("--help")}, QStringLiteral("en"));
    QVERIFY2(english.contains(QLatin1Char('\n') + QLatin1StringView(source) + QLatin1Char('\n')), qPrintable(english));
}

void TestTranslations::modelTextIsGerman()
{
    const char *context = "Workspace";
    const char *source = "No connection with id '%1'.";
    const QString expected = tsTranslation(kGermanTs, QLatin1StringView(context), QLatin1StringView(source));
    QVERIFY2(!expected.isEmpty(), missing(context, source).constData());
    QCOMPARE(Translations::install(qApp), QStringLiteral("de"));
    QString error;
    const auto workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("de.abworkspace")), &error);
    QVERIFY2(workspace, qPrintable(error));
    Workspace::ConnectionStore connections(*workspace);
    QVERIFY(!connections.remove(QStringLiteral("missing"), &error));
    QCOMPARE(error, expected.arg(QStringLiteral("missing")));
}

void TestTranslations::refusalIsGermanThroughout()
{
    // A refusal is put together from a sentence, the role and what may not be done: all three
    // in German, none of the English words of the audit log.
    const QLatin1StringView context("Workspace");
    const QString sentence = tsTranslation(kGermanTs, context, QLatin1StringView("Only administrators may %1; '%2' is a %3."));
    const QString phrase = tsTranslation(kGermanTs, context, QLatin1StringView("add connections"));
    const QString role = tsTranslation(kGermanTs, context, QLatin1StringView("contributor"));
    QVERIFY(!sentence.isEmpty() && !phrase.isEmpty() && !role.isEmpty());
    QCOMPARE(Translations::install(qApp), QStringLiteral("de"));
    const Workspace::AccessPolicy policy(QStringLiteral("carl"), Workspace::Role::Contributor);
    const Workspace::Decision decision = policy.decide(Workspace::Action::AddConnection);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, sentence.arg(phrase, QStringLiteral("carl"), role));
    QVERIFY2(!decision.reason.contains(QLatin1StringView("add")) && !decision.reason.contains(QLatin1StringView("contributor")),
             qPrintable(decision.reason));
}

void TestTranslations::wizardTitleIsGerman()
{
    const char *context = "ConnectionNamePage";
    const char *source = "Name the connection";
    const QString expected = tsTranslation(kGermanTs, QLatin1StringView(context), QLatin1StringView(source));
    QVERIFY2(!expected.isEmpty(), missing(context, source).constData());
    QCOMPARE(Translations::install(qApp), QStringLiteral("de"));
    QString error;
    const auto workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("wizard.abworkspace")), &error);
    QVERIFY2(workspace, qPrintable(error));
    ConnectionDraft draft;
    const ConnectionNamePage page(draft, *workspace);
    QCOMPARE(page.title(), expected);
}

void TestTranslations::commandLineTextIsGerman()
{
    const char *context = "Cli";
    const char *source = "Normalize and SHA-256 hash identifiers read from stdin";
    const QString expected = tsTranslation(kGermanTs, QLatin1StringView(context), QLatin1StringView(source));
    QVERIFY2(!expected.isEmpty(), missing(context, source).constData());
    const QString help = runCli({QStringLiteral("--help")}, QString());
    QVERIFY2(help.contains(expected), qPrintable(help));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
