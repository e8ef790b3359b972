#pragma once

#include <QMenu>

// View > Language: "System default" and each shipped language by its own name. Choosing one
// stores the override (L10n::Translations) and says that it applies after a restart: the texts
// already on screen are not retranslated.
class LanguageMenu : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &language);
};
