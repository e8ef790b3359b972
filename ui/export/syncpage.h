#pragma once

#include <QWizardPage>

class QRadioButton;
class QSpinBox;
class QTimeEdit;
struct ExportDraft;

// Step 6: how runs change the audience (add only, or mirror the segments) and when the export
// should run (on demand, daily at a time, every N hours). The schedule is stored with the
// export; runs start from the Run action until a scheduler reads it.
class SyncPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SyncPage(ExportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void updateSchedule();

    ExportDraft &m_draft;
    QRadioButton *m_add;
    QRadioButton *m_mirror;
    QRadioButton *m_onDemand;
    QRadioButton *m_daily;
    QRadioButton *m_everyHours;
    QTimeEdit *m_dailyAt;
    QSpinBox *m_hours;
};
