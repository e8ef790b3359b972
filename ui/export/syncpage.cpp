#include "syncpage.h"

#include "common/optionexplanation.h"
#include "exportdraft.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

SyncPage::SyncPage(ExportDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_add(new QRadioButton(tr("&Add only")))
    , m_mirror(new QRadioButton(tr("&Mirror the segments")))
    , m_onDemand(new QRadioButton(tr("&On demand only")))
    , m_daily(new QRadioButton(tr("&Daily at")))
    , m_everyHours(new QRadioButton(tr("&Every")))
    , m_dailyAt(new QTimeEdit(draft.dailyAt))
    , m_hours(new QSpinBox)
{
    setTitle(tr("Sync mode and schedule"));
    setSubTitle(tr("How each run changes the Snapchat audience, and when it runs."));
    m_add->setObjectName(QStringLiteral("modeAdd"));
    m_mirror->setObjectName(QStringLiteral("modeMirror"));
    m_onDemand->setObjectName(QStringLiteral("scheduleNone"));
    m_daily->setObjectName(QStringLiteral("scheduleDaily"));
    m_everyHours->setObjectName(QStringLiteral("scheduleEvery"));
    m_dailyAt->setObjectName(QStringLiteral("dailyAt"));
    m_dailyAt->setAccessibleName(tr("Time of the daily run"));
    m_dailyAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hours->setObjectName(QStringLiteral("everyHours"));
    m_hours->setAccessibleName(tr("Hours between runs"));
    m_hours->setRange(1, 168);
    m_hours->setValue(draft.everyHours);
    m_hours->setSuffix(tr(" hours"));

    m_add->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_add);
    modes->addButton(m_mirror);
    m_onDemand->setChecked(true);
    auto *schedules = new QButtonGroup(this);
    schedules->addButton(m_onDemand);
    schedules->addButton(m_daily);
    schedules->addButton(m_everyHours);

    auto *modeBox = new QGroupBox(tr("Sync mode"));
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_add);
    modeLayout->addWidget(optionExplanation(tr("Each run adds the segments' new members to the audience. Nobody "
                                               "is ever removed.")));
    modeLayout->addWidget(m_mirror);
    modeLayout->addWidget(optionExplanation(tr("Each run also removes the people this export sent earlier who "
                                               "are no longer in the segments (for example after they opted "
                                               "out), so the audience follows the segments.")));

    auto *scheduleBox = new QGroupBox(tr("Schedule"));
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_onDemand);
    auto *dailyRow = new QHBoxLayout;
    dailyRow->addWidget(m_daily);
    dailyRow->addWidget(m_dailyAt);
    dailyRow->addStretch();
    scheduleLayout->addLayout(dailyRow);
    auto *everyRow = new QHBoxLayout;
    everyRow->addWidget(m_everyHours);
    everyRow->addWidget(m_hours);
    everyRow->addStretch();
    scheduleLayout->addLayout(everyRow);
    scheduleLayout->addWidget(new QLabel(tr("Runs can always be started by hand with Run.")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addWidget(scheduleBox);
    layout->addStretch();

    for (QRadioButton *button : {m_onDemand, m_daily, m_everyHours})
        connect(button, &QRadioButton::toggled, this, &SyncPage::updateSchedule);
    updateSchedule();
}

void SyncPage::initializePage()
{
    (m_draft.mode == Workspace::ExportMode::Mirror ? m_mirror : m_add)->setChecked(true);
    switch (m_draft.schedule) {
    case ExportDraft::Schedule::None:
        m_onDemand->setChecked(true);
        break;
    case ExportDraft::Schedule::Daily:
        m_daily->setChecked(true);
        break;
    case ExportDraft::Schedule::EveryHours:
        m_everyHours->setChecked(true);
        break;
    }
    m_dailyAt->setTime(m_draft.dailyAt);
    m_hours->setValue(m_draft.everyHours);
}

void SyncPage::updateSchedule()
{
    m_dailyAt->setEnabled(m_daily->isChecked());
    m_hours->setEnabled(m_everyHours->isChecked());
}

bool SyncPage::validatePage()
{
    m_draft.mode = m_mirror->isChecked() ? Workspace::ExportMode::Mirror : Workspace::ExportMode::Add;
    m_draft.schedule = m_daily->isChecked()        ? ExportDraft::Schedule::Daily
                       : m_everyHours->isChecked() ? ExportDraft::Schedule::EveryHours
                                                   : ExportDraft::Schedule::None;
    m_draft.dailyAt = m_dailyAt->time();
    m_draft.everyHours = m_hours->value();
    return true;
}
