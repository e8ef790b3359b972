#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
struct ExportDraft;

// The last step: the export is saved; offers to run it now.
class ExportSavedPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExportSavedPage(ExportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;

Q_SIGNALS:
    void runNowClicked();

private:
    ExportDraft &m_draft;
    QLabel *m_text;
    QPushButton *m_runNow;
};
