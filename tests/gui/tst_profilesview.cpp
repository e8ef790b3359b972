#include "demoworkspace.h"

#include <itemmodels/profiletablemodel.h>
#include <views/profilesview.h>

#include <sources/csvimporter.h>
#include <workspace/workspace.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The profiles view on a workspace of a million profiles: it opens and scrolls without reading
// the table.
class TestProfilesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensFastOnAMillionRows();
    void scrollingReadsTheNextPageOnly();
    void emptyWorkspaceSaysHowToImport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
};

void TestProfilesView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    const QString csv = m_dir.filePath(QStringLiteral("million.csv"));
    QString error;
    QVERIFY2(DemoWorkspace::writeProfilesCsv(csv, 1'000'000, &error), qPrintable(error));
    m_workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("big.audiencebridge")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("id");
    const Sources::CsvImportSummary summary = Sources::CsvImporter(*m_workspace).import(csv, options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.imported, 1'000'000);
}

void TestProfilesView::opensFastOnAMillionRows()
{
    ProfilesView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.setWorkspace(m_workspace.get());
    QTRY_VERIFY(view.model()->rowCount() > 0); // the view asks for the first page when shown
    const qint64 elapsed = timer.elapsed();
    qInfo("1M profiles: view filled in %lld ms, %d rows loaded", elapsed, view.model()->rowCount());
    QCOMPARE(view.model()->totalCount(), 1'000'000);
    QCOMPARE(view.model()->columnCount(), 5);
    QCOMPARE(view.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("email"));
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("C0000001"));
    QVERIFY2(view.model()->rowCount() <= 1000, "only the first page(s) are read");
    QVERIFY2(elapsed < 2000, "opening the view must not read the whole table");
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("profileSummary"))->text(),
             QStringLiteral("1,000,000 profiles"));
}

void TestProfilesView::scrollingReadsTheNextPageOnly()
{
    ProfilesView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWorkspace(m_workspace.get());
    QTRY_VERIFY(view.model()->rowCount() > 0);
    QTableView *table = view.table();
    const int loaded = view.model()->rowCount();
    table->setFocus();
    table->setCurrentIndex(view.model()->index(0, 0));
    // Ctrl+End as a user presses it: to the last row loaded, which brings the next page.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCoreApplication::processEvents();
    }
    qInfo("1M profiles: three jumps to the end in %lld ms, %d rows loaded", timer.elapsed(),
          view.model()->rowCount());
    const int row = table->currentIndex().row();
    QVERIFY(row >= loaded - 1);
    QVERIFY2(view.model()->rowCount() <= loaded + 4 * 500, "one page per jump");
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("C%1").arg(row + 1, 7, 10, QLatin1Char('0')));
}

void TestProfilesView::emptyWorkspaceSaysHowToImport()
{
    QString error;
    auto empty = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("empty.audiencebridge")), &error);
    QVERIFY(empty);
    ProfilesView view;
    view.show();
    view.setWorkspace(empty.get());
    QVERIFY(view.table()->isHidden());
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    const bool explained = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("Import Profiles"));
    });
    QVERIFY(explained);
    QVERIFY(view.viewActions().constFirst()->isEnabled());
}

QTEST_MAIN(TestProfilesView)
#include "tst_profilesview.moc"
