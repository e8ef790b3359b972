#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Exporting {
struct ExportProgress;
struct ExportOutcome;
}

// The progress of the export that is running: a bar (ExportProgress::permille()), the phase,
// profiles read, identifiers hashed, sent, skipped, the rate and the time left, and Cancel. At
// the end it shows the outcome in words.
class RunProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunProgressPanel(QWidget *parent = nullptr);

    void startRun(const QString &exportName);
    void setProgress(const Exporting::ExportProgress &progress);
    void setOutcome(const Exporting::ExportOutcome &outcome);
    // A run that could not start (role, missing connection, …).
    void setStartError(const QString &exportName, const QString &error);

    bool isRunning() const { return m_running; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString phaseText() const;
    QString countsText() const;
    QString resultText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_title = nullptr;
    QString m_exportName;
    QProgressBar *m_bar = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_read = nullptr;
    QLabel *m_hashed = nullptr;
    QLabel *m_sent = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_elapsed;
    bool m_running = false;
};

// "2 h 05 min", "4 min 10 s", "12 s"; for the time a run has left.
QString durationText(qint64 seconds);
