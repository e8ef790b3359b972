// Runs an export from the main window's Run action on a real ExportWorker thread, to completion
// and to Cancel. The worker's outside ends (members, Snapchat) are the export tests' doubles
// until the window launches runs against the workspace and the sandbox.
#include "demoworkspace.h"
#include "fakeexportparts.h"

#include <mainwindow.h>
#include <run/runcontroller.h>
#include <run/runprogresspanel.h>
#include <views/exportsview.h>

#include <workspace/workspace.h>

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <workspace/runstore.h>
#include <QToolBar>

using namespace Exporting;

namespace {

std::vector<ProfileIdentifiers> members(int count)
{
    std::vector<ProfileIdentifiers> rows(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        rows[static_cast<size_t>(i)][Identity::IdentifierType::Email] =
            "member" + QByteArray::number(i) + "@example.com";
    return rows;
}

} // namespace

class TestRunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsToCompletionFromTheWindow();
    void cancelStopsTheRun();
    void runNowFromAWizardHook();

private:
    RunController::Launcher launcher(int memberCount, int latencyMs);
    void startFromWindow(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_workspacePath;
    qint64 m_launchedExport = 0;
};

void TestRunController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_workspacePath = m_dir.filePath(QStringLiteral("demo.audiencebridge"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_workspacePath, 100, &error), qPrintable(error));
}

RunController::Launcher TestRunController::launcher(int memberCount, int latencyMs)
{
    const QString syncPath = m_dir.filePath(QStringLiteral("sync-%1.sqlite").arg(latencyMs));
    return [=, this](const Workspace::Workspace &, qint64 exportId, const Ui::LaunchDone &done) {
        m_launchedExport = exportId;
        ExportJob job;
        job.exportId = exportId;
        job.activeSchemas = {true, false, false};
        job.batchSize = 5000;
        auto factory = [=] {
            auto context = std::make_unique<TestContext>();
            context->connectionName = QStringLiteral("run-%1").arg(quintptr(QThread::currentThreadId()));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), context->connectionName);
            db.setDatabaseName(syncPath);
            if (!db.open() || !createSyncStateTable(db)) {
                context->error = QStringLiteral("cannot open the sync state");
                return std::unique_ptr<RunContext>(std::move(context));
            }
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM sync_state"));
            context->db = db;
            context->source = std::make_unique<VectorMemberSource>(members(memberCount));
            auto audience = std::make_unique<MemoryAudience>();
            audience->latencyMs = latencyMs;
            context->uploader = std::move(audience);
            context->journal = std::make_unique<MemoryJournal>();
            return std::unique_ptr<RunContext>(std::move(context));
        };
        done(std::make_unique<ExportWorker>(job, factory), {});
    };
}

void TestRunController::startFromWindow(MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_workspacePath));
    window.showPage(NavigationPage::Exports);
    auto *exports = static_cast<ExportsView *>(window.view(NavigationPage::Exports));
    exports->selectExport(DemoWorkspace::kSharedExportId);
    QVERIFY(exports->runAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_launchedExport, DemoWorkspace::kSharedExportId);
    QVERIFY(window.runController()->isRunning());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("runDock"))->isVisible());
}

void TestRunController::runsToCompletionFromTheWindow()
{
    MainWindow window;
    window.runController()->setLauncher(launcher(40000, 20));
    QSignalSpy finished(window.runController(), &RunController::outcomeReady);
    QSignalSpy message(window.runController(), &RunController::runFinished);
    startFromWindow(window);
    RunProgressPanel *panel = window.runController()->panel();
    QVERIFY(panel->isRunning());

    // The window keeps answering while the worker runs: count event loop turns meanwhile.
    int turns = 0;
    int highestProgress = 0;
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && timer.elapsed() < 60000) {
        QTest::qWait(10);
        ++turns;
        highestProgress = qMax(highestProgress, panel->progressBar()->value());
    }
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.constFirst().constFirst().value<ExportOutcome>();
    QCOMPARE(outcome.status, Workspace::RunStatus::Succeeded);
    QCOMPARE(outcome.counts.profiles, 40000);
    QCOMPARE(outcome.counts.uploaded(), 40000);
    QVERIFY2(turns > 5, "the GUI thread kept running during the export");
    QVERIFY(highestProgress > 0);
    QCOMPARE(panel->progressBar()->value(), 1000);
    QVERIFY(panel->resultText().contains(QStringLiteral("40,000 identifiers uploaded")));
    QVERIFY(!window.runController()->isRunning());
    QCOMPARE(message.count(), 1);
    QVERIFY(message.constFirst().at(0).toString().contains(QStringLiteral("Newsletter to Snapchat")));
}

void TestRunController::cancelStopsTheRun()
{
    MainWindow window;
    window.runController()->setLauncher(launcher(30000, 1500)); // each batch takes 1.5 s
    QSignalSpy finished(window.runController(), &RunController::outcomeReady);
    startFromWindow(window);
    QAction *cancel = window.runController()->cancelAction();
    QVERIFY(cancel->isEnabled());
    // Cancel sits in the toolbar while a run goes.
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(cancel));
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(window.runController()->panel()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    qInfo("canceled within %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 3000);
    const auto outcome = finished.constFirst().constFirst().value<ExportOutcome>();
    QCOMPARE(outcome.status, Workspace::RunStatus::Cancelled);
    QVERIFY(outcome.counts.addsUp());
    QVERIFY(outcome.counts.uploaded() < 30000);
    QVERIFY(window.runController()->panel()->resultText().contains(QStringLiteral("Canceled")));
    QVERIFY(!cancel->isEnabled());
}

void TestRunController::runNowFromAWizardHook()
{
    // What the Add export wizard's "Run now" does through its hook: the window shows the export
    // and runs it.
    MainWindow window;
    window.runController()->setLauncher(launcher(2000, 0));
    QSignalSpy finished(window.runController(), &RunController::outcomeReady);
    window.setAddExportWizard([&window](Workspace::Workspace &, QWidget *) {
        QTimer::singleShot(0, &window, [&window] { window.runExport(DemoWorkspace::kAdminExportId); });
        return true;
    });
    window.show();
    QVERIFY(window.openWorkspace(m_workspacePath));
    window.addExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_launchedExport, DemoWorkspace::kAdminExportId);
    QCOMPARE(window.currentPage(), NavigationPage::Exports);
    QCOMPARE(static_cast<ExportsView *>(window.view(NavigationPage::Exports))->currentExportId(),
             DemoWorkspace::kAdminExportId);
}

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
