#pragma once

#include "exportlaunch.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class RunProgressPanel;

namespace Exporting {
class ExportWorker;
struct ExportOutcome;
}
namespace Snapchat {
class SecretStore;
}
namespace Workspace {
class Workspace;
}

// Starts one export run at a time on its worker thread and drives the progress panel from the
// worker's queued signals, so the window never waits on the run.
class RunController : public QObject
{
    Q_OBJECT

public:
    // Calls done with a worker ready to start, or nullptr and the reason; now or later.
    using Launcher = std::function<void(const Workspace::Workspace &workspace, qint64 exportId,
                                        const Ui::LaunchDone &done)>;

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Replaces Ui::launchExportRun (for tests that bring their own worker).
    void setLauncher(Launcher launcher);
    // Where the connections' sign-ins are kept (the OS keychain).
    void setSecretStore(Snapchat::SecretStore *secrets) { m_secrets = secrets; }

    // Starts the export (reading the connection's sign-in first, so the run may begin a moment
    // later); false (and the panel says why) when it cannot start or a run is going.
    bool start(Workspace::Workspace &workspace, qint64 exportId);
    bool isRunning() const;
    qint64 runningExportId() const { return m_exportId; }
    // Asks the run to stop; runFinished() follows with status Canceled.
    void cancel();
    // Cancels and waits for the worker's thread (before the workspace closes).
    void cancelAndWait();

    // The panel is created here and placed by the window (it takes ownership).
    RunProgressPanel *panel() const { return m_panel; }
    QAction *cancelAction() const { return m_cancelAction; }

Q_SIGNALS:
    void runStarted(qint64 exportId);
    // title and message in words, for the status bar and the desktop notification.
    void runFinished(const QString &title, const QString &message);
    void outcomeReady(const Exporting::ExportOutcome &outcome);

private:
    void begin(qint64 exportId, std::unique_ptr<Exporting::ExportWorker> worker);
    void finish(const Exporting::ExportOutcome &outcome);

    Launcher m_launcher;
    Snapchat::SecretStore *m_secrets = nullptr;
    bool m_launching = false;
    RunProgressPanel *m_panel = nullptr; // owned by the window's dock, or deleted here
    QAction *m_cancelAction = nullptr;
    std::unique_ptr<Exporting::ExportWorker> m_worker;
    qint64 m_exportId = 0;
    QString m_exportName;
};
