#pragma once

#include <QWizardPage>

class InlineMessage;
class QLineEdit;

// A wizard page asking for a name that no other item of its kind has in the workspace (compared
// without case): required, checked on Next, with the reason shown under the field. Subclasses
// say what is named, where the names in use come from and where the name goes.
class UniqueNamePage : public QWizardPage
{
    Q_OBJECT
public:
    bool validatePage() override;

protected:
    // The page's texts, translated by the subclass in its own context.
    struct Texts {
        QString fieldLabel;     // with its mnemonic, e.g. "&Name:"
        QString accessibleName;
        QString emptyName;      // shown when the field is blank
        QString cannotRead;     // %1: why the names in use could not be read
        QString nameTaken;      // %1: the name in use, as it is written there
    };
    // fieldName is the line edit's object name and the wizard field's; the field is mandatory,
    // so Next stays disabled while it is empty.
    UniqueNamePage(const QString &fieldName, int maxLength, const Texts &texts, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }

    // The names of the other items; on failure, the reason in *error.
    virtual QStringList otherNames(QString *error) const = 0;
    // Keeps the accepted name (trimmed) in the wizard's draft.
    virtual void acceptName(const QString &name) = 0;

private:
    const Texts m_texts;
    QLineEdit *m_name;
    InlineMessage *m_message;
};
