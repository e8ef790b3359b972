#pragma once

#include <QWizardPage>

class InlineMessage;
class QLabel;
struct ConnectionDraft;

// Step 8: what will be saved, and Save. Saving is the wizard's job (ConnectionWizard::save);
// the page shows its progress and any error, with Retry.
class ConnectionSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionSummaryPage(ConnectionDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    InlineMessage *message() const { return m_message; }
    void setSaving(bool saving);
    void setSaved();

Q_SIGNALS:
    void saveRequested();

private:
    ConnectionDraft &m_draft;
    QLabel *m_summary;
    InlineMessage *m_message;
    bool m_saving = false;
    bool m_saved = false;
};
