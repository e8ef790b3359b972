#pragma once

#include <QWizardPage>

class QCheckBox;
class QTextBrowser;
struct ConnectionDraft;

// Step 4: data privacy and compliance. The text is read-only; Next stays disabled until the
// administrator ticks "I agree".
class PrivacyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PrivacyPage(ConnectionDraft &draft, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    static QString privacyText(); // the HTML from the resources

private:
    ConnectionDraft &m_draft;
    QTextBrowser *m_text;
    QCheckBox *m_agree;
};
