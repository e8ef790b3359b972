#include "demoworkspace.h"

#include <run/runcontroller.h>
#include <run/runprogresspanel.h>

#include <exporting/exportprogress.h>
#include <exporting/exportworker.h>
#include <workspace/workspace.h>

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <workspace/runstore.h>

// The run progress panel fed with the values a worker sends, and the controller's refusals.
class TestRunProgressPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsProgress();
    void showsOutcome();
    void cancelByMouseAndKeyboard();
    void durations();
    void controllerReportsWhyARunCannotStart();
};

void TestRunProgressPanel::showsProgress()
{
    RunProgressPanel panel;
    panel.show();
    panel.startRun(QStringLiteral("Newsletter"));
    QVERIFY(panel.isRunning());
    QCOMPARE(panel.progressBar()->value(), 0);

    Exporting::ExportProgress progress;
    progress.phase = Exporting::ExportPhase::Reading;
    progress.totalProfiles = 200000;
    progress.profilesRead = 50000;
    progress.identifiersHashed = 98000;
    progress.rate = 125000.4;
    progress.etaSeconds = 130;
    panel.setProgress(progress);
    QCOMPARE(panel.progressBar()->value(), progress.permille());
    QCOMPARE(panel.progressBar()->value(), 100);
    QCOMPARE(panel.phaseText(), Exporting::exportPhaseText(Exporting::ExportPhase::Reading));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runRead"))->text(), QStringLiteral("50,000 of 200,000"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runHashed"))->text(), QStringLiteral("98,000"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runRate"))->text(), QStringLiteral("125,000 a second"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runEta"))->text(), QStringLiteral("2 min 10 s"));

    progress.phase = Exporting::ExportPhase::Uploading;
    progress.profilesRead = 200000;
    progress.toSend = 80000;
    progress.sent = 40000;
    progress.skipped = 120000;
    progress.retries = 2;
    progress.etaSeconds = -1;
    panel.setProgress(progress);
    QCOMPARE(panel.progressBar()->value(), 450 + 265);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runSent"))->text(), QStringLiteral("40,000 of 80,000"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runSkipped"))->text(), QStringLiteral("120,000"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("runEta"))->text(), QStringLiteral("unknown"));
    QVERIFY(panel.phaseText().contains(QStringLiteral("retries so far: 2")));
}

void TestRunProgressPanel::showsOutcome()
{
    RunProgressPanel panel;
    panel.startRun(QStringLiteral("Newsletter"));
    Exporting::ExportOutcome outcome;
    outcome.status = Workspace::RunStatus::Succeeded;
    outcome.counts.profiles = 1200;
    outcome.counts.active = {true, false, false};
    outcome.counts.bySchema[0].profiles = 1200;
    outcome.counts.bySchema[0].uploaded = 1100;
    outcome.counts.bySchema[0].rejected[1] = 100;
    outcome.audience.ok = true;
    outcome.audience.approximateUsers = 800;
    panel.setOutcome(outcome);
    QVERIFY(!panel.isRunning());
    QVERIFY(!panel.cancelButton()->isEnabled());
    QCOMPARE(panel.progressBar()->value(), 1000);
    QVERIFY2(panel.resultText().contains(QStringLiteral("Successful")), qPrintable(panel.resultText()));
    QVERIFY(panel.resultText().contains(QStringLiteral("1,100 identifiers uploaded")));
    QVERIFY(panel.resultText().contains(QStringLiteral("about 800 matched users")));

    panel.startRun(QStringLiteral("Newsletter"));
    outcome.status = Workspace::RunStatus::Failed;
    outcome.error = QStringLiteral("The connection's authorization was revoked: reconnect it.");
    outcome.audience = {};
    panel.setOutcome(outcome);
    QVERIFY(panel.resultText().contains(QStringLiteral("Failed")));
    QVERIFY(panel.resultText().contains(QStringLiteral("reconnect it")));
    QVERIFY(panel.progressBar()->value() < 1000);
}

void TestRunProgressPanel::cancelByMouseAndKeyboard()
{
    RunProgressPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy cancel(&panel, &RunProgressPanel::cancelRequested);
    QVERIFY(!panel.cancelButton()->isEnabled());
    panel.startRun(QStringLiteral("Newsletter"));
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    panel.cancelButton()->setFocus();
    QTest::keyClick(panel.cancelButton(), Qt::Key_Space);
    QCOMPARE(cancel.count(), 2);
    QCOMPARE(panel.cancelButton()->accessibleName(), QStringLiteral("Cancel the export run"));
}

void TestRunProgressPanel::durations()
{
    QCOMPARE(durationText(-1), QStringLiteral("unknown"));
    QCOMPARE(durationText(42), QStringLiteral("42 s"));
    QCOMPARE(durationText(65), QStringLiteral("1 min 05 s"));
    QCOMPARE(durationText(7500), QStringLiteral("2 h 05 min"));
}

void TestRunProgressPanel::controllerReportsWhyARunCannotStart()
{
    QTemporaryDir dir;
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    const QString path = dir.filePath(QStringLiteral("demo.audiencebridge"));
    QString error;
    QVERIFY2(DemoWorkspace::create(path, 200, &error), qPrintable(error));
    qputenv("AUDIENCEBRIDGE_USER", "victor");
    std::unique_ptr<Workspace::Workspace> workspace = Workspace::Workspace::open(path, &error);
    QVERIFY(workspace);

    RunController controller;
    QSignalSpy started(&controller, &RunController::runStarted);
    qint64 askedFor = 0;
    controller.setLauncher([&](const Workspace::Workspace &, qint64 exportId, const Ui::LaunchDone &done) {
        askedFor = exportId;
        done(nullptr, QStringLiteral("Viewers only look: 'victor' may not run exports."));
    });
    QVERIFY(!controller.start(*workspace, DemoWorkspace::kSharedExportId));
    QCOMPARE(askedFor, DemoWorkspace::kSharedExportId);
    QVERIFY(!controller.isRunning());
    QCOMPARE(started.count(), 1); // the window shows the panel with the reason
    QVERIFY(controller.panel()->resultText().contains(QStringLiteral("may not run exports")));
    QVERIFY(!controller.cancelAction()->isEnabled());
    QVERIFY(!controller.panel()->cancelButton()->isEnabled());
}

QTEST_MAIN(TestRunProgressPanel)
#include "tst_runprogresspanel.moc"
