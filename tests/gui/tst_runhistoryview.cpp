#include "demoworkspace.h"

#include <run/runchart.h>
#include <views/runhistoryview.h>

#include <workspace/workspace.h>

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The run history on the demo workspace: five runs of one export, the fourth failed with one
// unconfirmed batch.
class TestRunHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsRunsNewestFirst();
    void selectingARunShowsItsDetails();
    void chartFollowsTheExport();
    void filterByExport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
};

void TestRunHistoryView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    const QString path = m_dir.filePath(QStringLiteral("demo.audiencebridge"));
    QString error;
    QVERIFY2(DemoWorkspace::create(path, 1000, &error), qPrintable(error));
    m_workspace = Workspace::Workspace::open(path, &error);
    QVERIFY(m_workspace);
}

void TestRunHistoryView::listsRunsNewestFirst()
{
    RunHistoryView view;
    view.setWorkspace(m_workspace.get());
    QTreeWidget *runs = view.runList();
    QCOMPARE(runs->topLevelItemCount(), 5);
    QCOMPARE(runs->topLevelItem(0)->text(0), QStringLiteral("Newsletter to Snapchat"));
    QCOMPARE(runs->topLevelItem(0)->text(1), QStringLiteral("Successful"));
    QCOMPARE(runs->topLevelItem(1)->text(1), QStringLiteral("Failed"));
    QCOMPARE(runs->topLevelItem(0)->text(4), QStringLiteral("alice"));
    QCOMPARE(runs->topLevelItem(0)->text(5), QStringLiteral("1,000")); // profiles of the last run
    QVERIFY(!runs->topLevelItem(0)->text(3).isEmpty());                // ended
}

void TestRunHistoryView::selectingARunShowsItsDetails()
{
    RunHistoryView view;
    view.show();
    view.setWorkspace(m_workspace.get());
    QTreeWidget *runs = view.runList();
    runs->setFocus();
    runs->setCurrentItem(runs->topLevelItem(0));
    QTest::keyClick(runs, Qt::Key_Down); // to the failed run
    QCOMPARE(runs->currentItem()->text(1), QStringLiteral("Failed"));

    QVERIFY(view.findChild<QLabel *>(QStringLiteral("runSummary"))->text().contains(QStringLiteral("HTTP 503")));
    // Counts by reason for each schema the export uses.
    QTreeWidget *counts = view.countsTree();
    QCOMPARE(counts->topLevelItemCount(), 3); // total, email, phone
    QTreeWidgetItem *email = counts->topLevelItem(1);
    QCOMPARE(email->text(0), QStringLiteral("Email addresses"));
    QStringList reasons;
    qint64 sum = 0;
    for (int i = 0; i < email->childCount(); ++i) {
        reasons << email->child(i)->text(0);
        sum += QLocale().toLongLong(email->child(i)->text(1));
    }
    QVERIFY(reasons.contains(QStringLiteral("rejected: not an email address")));
    QVERIFY(reasons.contains(QStringLiteral("in failed batches")));
    QCOMPARE(sum, QLocale().toLongLong(email->text(1))); // the buckets add up

    // The batch log, with Snapchat's request IDs and the failed batch's error.
    QTreeWidget *batches = view.batchLog();
    QVERIFY(batches->topLevelItemCount() >= 2);
    QCOMPARE(batches->topLevelItem(0)->text(5), QStringLiteral("failed"));
    QCOMPARE(batches->topLevelItem(0)->text(6), QStringLiteral("HTTP 503: Service Unavailable"));
    QVERIFY(batches->topLevelItem(0)->text(4).isEmpty());
    QCOMPARE(batches->topLevelItem(1)->text(5), QStringLiteral("confirmed"));
    QVERIFY(!batches->topLevelItem(1)->text(4).isEmpty());
}

void TestRunHistoryView::chartFollowsTheExport()
{
    RunHistoryView view;
    view.setWorkspace(m_workspace.get());
    view.runList()->setCurrentItem(view.runList()->topLevelItem(1));
    const QList<RunChart::Point> points = view.chart()->points();
    QCOMPARE(points.size(), 5);
    // Oldest first; the selected (fourth) run is highlighted; the audience grows.
    QVERIFY(points.at(3).highlighted);
    QCOMPARE(std::count_if(points.begin(), points.end(), [](const RunChart::Point &p) { return p.highlighted; }), 1);
    for (int i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i).audienceSize > points.at(i - 1).audienceSize);
    QVERIFY(points.at(0).uploaded > points.at(1).uploaded); // the first run sends everyone
    QVERIFY(!view.chart()->grab().isNull());
}

void TestRunHistoryView::filterByExport()
{
    RunHistoryView view;
    view.setWorkspace(m_workspace.get());
    view.setExportFilter(DemoWorkspace::kAdminExportId);
    QCOMPARE(view.runList()->topLevelItemCount(), 0);
    QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("runExportFilter"))->currentText(),
             QStringLiteral("Premium lookalike seed"));
    view.setExportFilter(DemoWorkspace::kSharedExportId);
    QCOMPARE(view.runList()->topLevelItemCount(), 5);
}

QTEST_MAIN(TestRunHistoryView)
#include "tst_runhistoryview.moc"
