// View > Language: lists the system default and every shipped language by its own name, stores
// the choice in the settings, and says it applies after a restart.
#include <common/languagemenu.h>
#include <l10n/translations.h>

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestLanguageMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsTheShippedLanguages();
    void storesTheChoiceForTheNextStart();
};

void TestLanguageMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagemenu"));
}

void TestLanguageMenu::init()
{
    QSettings().clear();
}

void TestLanguageMenu::listsTheShippedLanguages()
{
    L10n::Translations::setLanguageOverride(QStringLiteral("fr"));
    const LanguageMenu menu;
    QStringList texts;
    QStringList checked;
    for (const QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        texts.append(action->text());
        if (action->isChecked())
            checked.append(action->objectName());
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("&System Default"), QStringLiteral("Deutsch"),
                                 QStringLiteral("English"), QStringLiteral("Français")}));
    QCOMPARE(checked, QStringList{QStringLiteral("language_fr")});
}

void TestLanguageMenu::storesTheChoiceForTheNextStart()
{
    QWidget window;
    auto *menu = new LanguageMenu(&window);
    menu->findChild<QAction *>(QStringLiteral("language_de"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    auto *message = window.findChild<QMessageBox *>(QStringLiteral("languageRestartMessage"));
    QVERIFY(message);
    QVERIFY(message->text().contains(QStringLiteral("next time it starts")));
    message->close();

    menu->findChild<QAction *>(QStringLiteral("language_system"))->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(L10n::Translations::currentLanguage(),
             L10n::Translations::chooseLanguage(QLocale::system().uiLanguages(),
                                                L10n::Translations::availableLanguages()));
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
