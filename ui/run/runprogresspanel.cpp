#include "runprogresspanel.h"

#include "exportlaunch.h"

#include <exporting/exportprogress.h>

#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return RunProgressPanel::tr("unknown");
    if (seconds < 60)
        return RunProgressPanel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return RunProgressPanel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return RunProgressPanel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

RunProgressPanel::RunProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runProgressPanel"));
    setAccessibleName(tr("Export run progress"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("runProgress"));
    m_bar->setAccessibleName(tr("Run progress"));
    m_bar->setRange(0, 1000);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel Run"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setAccessibleName(tr("Cancel the export run"));
    connect(m_cancel, &QPushButton::clicked, this, &RunProgressPanel::cancelRequested);

    m_phase = new QLabel;
    m_phase->setObjectName(QStringLiteral("runPhase"));
    const auto value = [this](const char *name) {
        auto *label = new QLabel(QStringLiteral("–"));
        label->setObjectName(QLatin1StringView(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_read = value("runRead");
    m_hashed = value("runHashed");
    m_sent = value("runSent");
    m_skipped = value("runSkipped");
    m_rate = value("runRate");
    m_eta = value("runEta");
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("runResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *barRow = new QHBoxLayout;
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_cancel);

    // Two columns of figures: what was read, and how it is going.
    auto *grid = new QGridLayout;
    const auto add = [grid](int row, int column, const QString &text, QLabel *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        field->setAccessibleName(text);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    add(0, 0, tr("Profiles read:"), m_read);
    add(1, 0, tr("Identifiers hashed:"), m_hashed);
    add(2, 0, tr("Sent to Snapchat:"), m_sent);
    add(0, 1, tr("Skipped:"), m_skipped);
    add(1, 1, tr("Rate:"), m_rate);
    add(2, 1, tr("Time left:"), m_eta);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(barRow);
    layout->addWidget(m_phase);
    layout->addLayout(grid);
    layout->addWidget(m_result);
    layout->addStretch();
    m_cancel->setEnabled(false);
}

void RunProgressPanel::startRun(const QString &exportName)
{
    m_running = true;
    m_exportName = exportName;
    m_elapsed.start();
    m_title->setText(tr("<b>Running “%1”</b>").arg(exportName.toHtmlEscaped()));
    m_bar->setValue(0);
    m_phase->setText(tr("Starting…"));
    for (QLabel *label : {m_read, m_hashed, m_sent, m_skipped, m_rate, m_eta})
        label->setText(QStringLiteral("–"));
    m_result->clear();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Cancel Run"));
}

void RunProgressPanel::setProgress(const Exporting::ExportProgress &progress)
{
    const QLocale locale;
    m_bar->setValue(progress.permille());
    m_phase->setText(Exporting::exportPhaseText(progress.phase));
    m_read->setText(progress.totalProfiles >= 0
                        ? tr("%1 of %2").arg(locale.toString(progress.profilesRead),
                                             locale.toString(progress.totalProfiles))
                        : locale.toString(progress.profilesRead));
    m_hashed->setText(locale.toString(progress.identifiersHashed));
    m_sent->setText(progress.toSend > 0 ? tr("%1 of %2").arg(locale.toString(progress.sent),
                                                             locale.toString(progress.toSend))
                                        : locale.toString(progress.sent));
    m_skipped->setText(locale.toString(progress.skipped));
    m_rate->setText(progress.rate > 0
                        ? tr("%1 a second").arg(locale.toString(qRound64(progress.rate)))
                        : QStringLiteral("–"));
    m_eta->setText(durationText(progress.etaSeconds));
    if (progress.retries > 0)
        m_phase->setText(tr("%1 (retries so far: %2)")
                             .arg(Exporting::exportPhaseText(progress.phase))
                             .arg(progress.retries));
}

void RunProgressPanel::setOutcome(const Exporting::ExportOutcome &outcome)
{
    const QLocale locale;
    m_running = false;
    m_cancel->setEnabled(false);
    m_title->setText(tr("<b>The run of “%1” ended</b>").arg(m_exportName.toHtmlEscaped()));
    m_eta->setText(QStringLiteral("–"));
    if (Ui::outcomeSucceeded(outcome))
        m_bar->setValue(1000);
    QString text = tr("<b>%1</b> after %2.")
                       .arg(Ui::outcomeStatusText(outcome),
                            durationText(m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0));
    if (outcome.interrupted)
        text += QLatin1Char(' ') + tr("The run was interrupted; the next run continues from the last confirmed batch.");
    text += QLatin1Char(' ')
        + tr("%1 profiles; %2 identifiers uploaded.")
              .arg(locale.toString(outcome.counts.profiles), locale.toString(outcome.counts.uploaded()));
    if (outcome.audience.ok && outcome.audience.approximateUsers >= 0)
        text += QLatin1Char(' ') + tr("Snapchat reports about %1 matched users in the audience.")
                                       .arg(locale.toString(outcome.audience.approximateUsers));
    if (!outcome.error.isEmpty())
        text += QStringLiteral("<br>") + outcome.error.toHtmlEscaped();
    m_result->setText(text);
    m_phase->setText(Exporting::exportPhaseText(Exporting::ExportPhase::Finished));
}

void RunProgressPanel::setStartError(const QString &exportName, const QString &error)
{
    m_running = false;
    m_cancel->setEnabled(false);
    m_title->setText(tr("<b>“%1” did not start</b>").arg(exportName.toHtmlEscaped()));
    m_bar->setValue(0);
    m_phase->clear();
    m_result->setText(error.toHtmlEscaped());
}

QString RunProgressPanel::phaseText() const
{
    return m_phase->text();
}

QString RunProgressPanel::countsText() const
{
    return QStringList{m_read->text(), m_hashed->text(), m_sent->text(), m_skipped->text(),
                       m_rate->text(), m_eta->text()}
        .join(QLatin1Char('|'));
}

QString RunProgressPanel::resultText() const
{
    return m_result->text();
}
