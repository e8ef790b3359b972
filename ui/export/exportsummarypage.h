#pragma once

#include <QWizardPage>

class InlineMessage;
class QLabel;
class QProgressBar;
struct ExportDraft;

// Step 7: what will be saved, and Save. The wizard checks the audience with Snapchat and writes
// the export (ExportWizard::save); this page shows the waiting state and any error, with Retry.
// Saving runs nothing.
class ExportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExportSummaryPage(ExportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    InlineMessage *message() const { return m_message; }
    void setSaving(bool saving);
    void setSaved() { m_saved = true; }

Q_SIGNALS:
    void saveRequested();

private:
    ExportDraft &m_draft;
    QLabel *m_summary;
    QProgressBar *m_busy;
    InlineMessage *m_message;
    bool m_saving = false;
    bool m_saved = false;
};
