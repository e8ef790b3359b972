#include "demoworkspace.h"

#include <itemmodels/workspacelistmodels.h>
#include <views/segmentsview.h>

#include <workspace/workspace.h>

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestSegmentsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsSegmentsWithCounts();
    void listSegmentFromCsv();
    void viewersOnlyLook();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSegmentsView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    m_path = m_dir.filePath(QStringLiteral("demo.audiencebridge"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_path, 2000, &error), qPrintable(error));
}

void TestSegmentsView::listsSegmentsWithCounts()
{
    QString error;
    auto workspace = Workspace::Workspace::open(m_path, &error);
    SegmentsView view;
    view.setWorkspace(workspace.get());
    QCOMPARE(view.model()->rowCount(), 3);
    const auto members = [&](int row) {
        return view.model()->index(row, ItemModels::SegmentListModel::Members).data().toLongLong();
    };
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Newsletter subscribers"));
    QCOMPARE(members(0), 2000);
    QCOMPARE(members(1), 334); // premium in DE or FR
    QCOMPARE(members(2), 500); // every 4th ID
    // On screen the count has the locale's digit grouping (item views leave it out by default).
    const QModelIndex first = view.model()->index(0, ItemModels::SegmentListModel::Members);
    QStyleOptionViewItem option;
    option.locale = QLocale(QLocale::German, QLocale::Germany);
    option.locale.setNumberOptions(QLocale::OmitGroupSeparator); // as the view hands it over
    auto *delegate = qobject_cast<QStyledItemDelegate *>(view.table()->itemDelegateForIndex(first));
    QVERIFY(delegate);
    QCOMPARE(delegate->displayText(first.data(), option.locale), QStringLiteral("2.000"));
    QVERIFY(view.newAction()->isEnabled());
    // Lists are not edited with the rule editor.
    view.table()->setCurrentIndex(view.model()->index(2, 0));
    QAction *edit = view.viewActions().at(2);
    QVERIFY(!edit->isEnabled());
    view.table()->setCurrentIndex(view.model()->index(1, 0));
    QVERIFY(edit->isEnabled());
}

void TestSegmentsView::listSegmentFromCsv()
{
    QString error;
    auto workspace = Workspace::Workspace::open(m_path, &error);
    SegmentsView view;
    view.setWorkspace(workspace.get());
    const QString csv = m_dir.filePath(QStringLiteral("vip.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id\nC0000001\nC0000002\nC0000003\nNOT-YET-IMPORTED\n");
    file.close();
    QSignalSpy changed(&view, &WorkspaceView::workspaceChanged);
    QString message;
    QVERIFY2(view.createListSegment(csv, QStringLiteral("VIP"), &message), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("lists 4 profile IDs; 1 of them")), qPrintable(message));
    QCOMPARE(changed.count(), 1);
    view.refresh();
    QCOMPARE(view.model()->rowCount(), 4);
    QVERIFY(!view.createListSegment(csv, QStringLiteral("VIP"), &message)); // the name is taken
    QVERIFY2(message.contains(QStringLiteral("VIP")), qPrintable(message));
}

void TestSegmentsView::viewersOnlyLook()
{
    qputenv("AUDIENCEBRIDGE_USER", "victor");
    QString error;
    auto workspace = Workspace::Workspace::open(m_path, &error);
    qputenv("AUDIENCEBRIDGE_USER", "alice");
    SegmentsView view;
    view.setWorkspace(workspace.get());
    QVERIFY(view.model()->rowCount() >= 3);
    const QList<QAction *> actions = view.viewActions();
    for (QAction *action : actions) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(action->toolTip().startsWith(QStringLiteral("Viewers cannot change segments")));
    }
}

QTEST_MAIN(TestSegmentsView)
#include "tst_segmentsview.moc"
