#include "demoworkspace.h"

#include <itemmodels/profiletablemodel.h>
#include <views/profilesview.h>

#include <sources/csvimporter.h>
#include <workspace/workspace.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The profiles view on a workspace of a million profiles: it opens and scrolls to any row
// without reading the table.
class TestProfilesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensFastOnAMillionRows();
    void scrollsToTheEndReadingOnlyVisiblePages();
    void filtersById();
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
    QCoreApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    qInfo("1M profiles: view filled in %lld ms, %d page(s) read", elapsed, view.model()->pagesRead());
    QCOMPARE(view.model()->rowCount(), 1'000'000);
    QCOMPARE(view.model()->columnCount(), 5);
    QCOMPARE(view.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("email"));
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("C0000001"));
    QVERIFY(view.model()->pagesRead() <= 2);
    QVERIFY2(elapsed < 2000, "opening the view must not read the whole table");
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("profileSummary"))->text(),
             QStringLiteral("1,000,000 profiles"));
}

void TestProfilesView::scrollsToTheEndReadingOnlyVisiblePages()
{
    ProfilesView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWorkspace(m_workspace.get());
    QTableView *table = view.table();
    table->setFocus();
    QElapsedTimer timer;
    timer.start();
    // Ctrl+End as a user would press it: the last row comes into view.
    table->setCurrentIndex(view.model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCoreApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    qInfo("1M profiles: jump to the last row in %lld ms", elapsed);
    QCOMPARE(table->currentIndex().row(), 999'999);
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("C1000000"));
    QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    QVERIFY2(elapsed < 2000, "a jump reads one page, not the table");
    // Page Up a few times: the rows before come from the neighbouring page.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(table, Qt::Key_PageUp);
    QCoreApplication::processEvents();
    const int row = table->currentIndex().row();
    QVERIFY(row < 999'900);
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("C%1").arg(row + 1, 7, 10, QLatin1Char('0')));
    QVERIFY2(view.model()->pagesRead() <= 8, qPrintable(QString::number(view.model()->pagesRead())));
}

void TestProfilesView::filtersById()
{
    ProfilesView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWorkspace(m_workspace.get());
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("profileFilter"));
    QTest::keyClicks(filter, QStringLiteral("C099999"));
    QTRY_COMPARE(view.model()->rowCount(), 10);
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("C0999990"));
    QCOMPARE(view.model()->index(9, 0).data().toString(), QStringLiteral("C0999999"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("profileSummary"))->text(), QStringLiteral("10 matching"));
    filter->clear();
    QTRY_COMPARE(view.model()->rowCount(), 1'000'000);
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
