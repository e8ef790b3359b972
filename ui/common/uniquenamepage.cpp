#include "uniquenamepage.h"

#include "inlinemessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

UniqueNamePage::UniqueNamePage(const QString &fieldName, int maxLength, const Texts &texts, QWidget *parent)
    : QWizardPage(parent)
    , m_texts(texts)
    , m_name(new QLineEdit)
    , m_message(new InlineMessage)
{
    m_name->setObjectName(fieldName);
    m_name->setAccessibleName(m_texts.accessibleName);
    m_name->setMaxLength(maxLength);
    registerField(fieldName + QLatin1Char('*'), m_name);
    connect(m_name, &QLineEdit::textEdited, m_message, &InlineMessage::clear);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(m_texts.fieldLabel);
    label->setBuddy(m_name);
    layout->addRow(label, m_name);
    layout->addRow(m_message);
}

bool UniqueNamePage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showError(m_texts.emptyName);
        return false;
    }
    QString error;
    const QStringList names = otherNames(&error);
    if (!error.isEmpty()) {
        m_message->showError(m_texts.cannotRead.arg(error));
        return false;
    }
    for (const QString &existing : names) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0) {
            m_message->showError(m_texts.nameTaken.arg(existing));
            m_name->setFocus();
            m_name->selectAll();
            return false;
        }
    }
    m_message->clear();
    acceptName(name);
    return true;
}
