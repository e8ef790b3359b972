#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Cli {

// Turns SIGINT and SIGTERM into a queued Qt signal while it exists, so that Ctrl+C or a service
// manager's stop cancels a run cleanly (checkpoints kept, status Canceled) instead of killing
// the process mid-batch. The handler only writes the signal number to a pipe (async-signal-safe);
// a QSocketNotifier reads it on the event loop. A second signal of the same kind ends the process
// the default way, so a run that does not stop can still be stopped.
// One instance at a time; the previous handlers come back when it is destroyed.
class CancelSignals : public QObject
{
    Q_OBJECT

public:
    explicit CancelSignals(QObject *parent = nullptr);
    ~CancelSignals() override;
    Q_DISABLE_COPY_MOVE(CancelSignals)

    // False when the pipe or the handlers could not be set up (the run then simply cannot be
    // canceled by a signal).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void cancelRequested(int signalNumber);

private:
    void readPipe();

    int m_pipe[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previousInt {};
    struct sigaction m_previousTerm {};
    bool m_active = false;
};

} // namespace Cli
