#include "languagemenu.h"

#include <l10n/translations.h>

#include <QActionGroup>
#include <QMessageBox>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = L10n::Translations::languageOverride();
    auto *group = new QActionGroup(this);
    const auto addLanguage = [this, group, &current](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("language_")
                              + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    addLanguage(tr("&System Default"), QString());
    addSeparator();
    for (const QString &language : L10n::Translations::availableLanguages())
        addLanguage(L10n::Translations::nativeName(language), language);
}

void LanguageMenu::choose(const QString &language)
{
    if (language == L10n::Translations::languageOverride())
        return;
    L10n::Translations::setLanguageOverride(language);
    // Not modal: the choice is made, this only tells when it shows.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Language"),
        tr("AudienceBridge will use the new language the next time it starts."), QMessageBox::Ok,
        parentWidget());
    box->setObjectName(QStringLiteral("languageRestartMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
