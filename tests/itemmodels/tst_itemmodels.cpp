// The item models the views show: paging of profiles, and the list models under the role rules.
#include <itemmodels/profiletablemodel.h>
#include <itemmodels/workspacelistmodels.h>
#include <sources/csvimporter.h>
#include <sources/profilesourcestore.h>
#include <workspace/segmentstore.h>
#include <workspace/userstore.h>
#include <workspace/workspace.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ItemModels;

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profilesLoadPageByPage();
    void segmentsShowMemberCounts();
    void sourceSegmentsShowTheirSource();
    void connectionsFollowRoles();
    void exportsAndRuns();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
    QString m_connectionId;
    qint64 m_exportId = 0;
};

void TestItemModels::initTestCase()
{
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir.filePath(QStringLiteral("w.ab")), {QStringLiteral("ada"), 5000}, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QByteArray csv("id,email,country\n");
    for (int i = 0; i < 1234; ++i)
        csv += "c" + QByteArray::number(10000 + i) + ",u" + QByteArray::number(i) + "@x.de," + (i % 3 ? "DE" : "FR") + '\n';
    QFile file(m_dir.filePath(QStringLiteral("p.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("id");
    QVERIFY(Sources::CsvImporter(*m_workspace).import(file.fileName(), options).ok);
    Workspace::Segment segment;
    QVERIFY(Workspace::SegmentStore(*m_workspace).createRule(QStringLiteral("France"), QStringLiteral("country = 'FR'"), &segment, &error));
    Workspace::Connection connection;
    connection.name = QStringLiteral("Snap");
    connection.allowContributors = true;
    QVERIFY(Workspace::ConnectionStore(*m_workspace).add(connection, &error));
    m_connectionId = connection.id;
    Workspace::Export e;
    e.name = QStringLiteral("France to Snap");
    e.connectionId = connection.id;
    e.adAccountId = QStringLiteral("acc");
    e.emailField = QStringLiteral("email");
    e.segmentIds = {segment.id};
    QVERIFY2(Workspace::ExportStore(*m_workspace).create(e, &error), qPrintable(error));
    m_exportId = e.id;
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("carl"), Workspace::Role::Contributor, &error));
    QVERIFY(Workspace::UserStore(*m_workspace).add(QStringLiteral("vera"), Workspace::Role::Viewer, &error));
}

void TestItemModels::profilesLoadPageByPage()
{
    ProfileTableModel model(*m_workspace, 500);
    QCOMPARE(model.totalCount(), 1234);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("email"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("c10000"));
    QCOMPARE(model.index(499, 0).data().toString(), QStringLiteral("c10499"));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1234);
    QCOMPARE(model.index(1233, 1).data().toString(), QStringLiteral("u1233@x.de"));
    QVERIFY(!model.canFetchMore({}));
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    // The tester fetches on its own; it checks the model's consistency while doing so.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
}

void TestItemModels::segmentsShowMemberCounts()
{
    SegmentListModel model(*m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SegmentListModel::Name).data().toString(), QStringLiteral("France"));
    QCOMPARE(model.index(0, SegmentListModel::Members).data().toLongLong(), 412);
    QCOMPARE(model.index(0, SegmentListModel::Definition).data().toString(), QStringLiteral("country = 'FR'"));
}

void TestItemModels::sourceSegmentsShowTheirSource()
{
    QString error;
    Sources::SqlSourceSettings crm;
    crm.name = QStringLiteral("crm");
    crm.databaseName = QStringLiteral("crm");
    crm.tableName = QStringLiteral("customers");
    crm.idColumn = QStringLiteral("customer_id");
    QVERIFY2(Sources::ProfileSourceStore(*m_workspace).save(crm, &error), qPrintable(error));
    QVERIFY2(Workspace::SegmentStore(*m_workspace).createSourceRule(QStringLiteral("CRM Germany"), QStringLiteral("country = 'DE'"),
                                                                    crm.name, nullptr, &error),
             qPrintable(error));
    SegmentListModel model(*m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(SegmentListModel::Source, Qt::Horizontal).toString(), QStringLiteral("Profiles"));
    QCOMPARE(model.index(0, SegmentListModel::Name).data().toString(), QStringLiteral("CRM Germany"));
    QCOMPARE(model.index(0, SegmentListModel::Source).data().toString(), QStringLiteral("Source “crm”"));
    // Not counted against the workspace's profiles (which would be a wrong number).
    QCOMPARE(model.index(0, SegmentListModel::Members).data().toString(), QStringLiteral("–"));
    QVERIFY(model.index(0, SegmentListModel::Members).data(Qt::ToolTipRole).toString().contains(QLatin1StringView("audiencebridge segments list")));
    QCOMPARE(model.index(1, SegmentListModel::Source).data().toString(), QStringLiteral("Workspace"));
    QCOMPARE(model.index(1, SegmentListModel::Members).data().toLongLong(), 412);
}

void TestItemModels::connectionsFollowRoles()
{
    ConnectionListModel admin(*m_workspace);
    QAbstractItemModelTester tester(&admin, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(admin.rowCount(), 1);
    QCOMPARE(admin.index(0, ConnectionListModel::WhoCanUse).data().toString(), QStringLiteral("Administrators and contributors"));
    QCOMPARE(admin.index(0, ConnectionListModel::CreatedBy).data().toString(), QStringLiteral("ada"));
    QString error;
    auto carl = Workspace::Workspace::open(m_workspace->path(), {QStringLiteral("carl"), 5000}, &error);
    ConnectionListModel contributor(*carl);
    QCOMPARE(contributor.rowCount(), 1);
    QCOMPARE(contributor.index(0, ConnectionListModel::Name).data().toString(), QStringLiteral("Snap"));
    QCOMPARE(contributor.index(0, ConnectionListModel::CreatedBy).data().toString(), QString());
    auto vera = Workspace::Workspace::open(m_workspace->path(), {QStringLiteral("vera"), 5000}, &error);
    ConnectionListModel viewer(*vera);
    QCOMPARE(viewer.rowCount(), 0);
    QVERIFY(viewer.errorString().contains(QLatin1StringView("may list connections")));
    // Viewers still see exports, with the connection's name.
    ExportListModel exports(*vera);
    QCOMPARE(exports.rowCount(), 1);
    QCOMPARE(exports.index(0, ExportListModel::Connection).data().toString(), QStringLiteral("Snap"));
}

void TestItemModels::exportsAndRuns()
{
    ExportListModel exports(*m_workspace);
    QAbstractItemModelTester tester(&exports, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(exports.index(0, ExportListModel::Segments).data().toString(), QStringLiteral("France"));
    QCOMPARE(exports.index(0, ExportListModel::Mode).data().toString(), QStringLiteral("Add only"));
    QCOMPARE(exports.index(0, 0).data(WorkspaceListModel::IdRole).toLongLong(), m_exportId);
    Workspace::RunStore runs(m_workspace->database());
    QString error;
    const qint64 first = runs.createRun(m_exportId, QStringLiteral("ada"), &error);
    QVERIFY(runs.updateRun(first, Workspace::RunStatus::Succeeded, {{QStringLiteral("sent"), 412}}, {}, &error));
    runs.createRun(m_exportId, QStringLiteral("ada"), &error);
    QCOMPARE(runs.markInterruptedRuns(&error), 1);
    RunListModel model(*m_workspace);
    QAbstractItemModelTester runTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExport(m_exportId);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RunListModel::Status).data().toString(), QStringLiteral("Failed (interrupted)"));
    QCOMPARE(model.index(1, RunListModel::Status).data().toString(), QStringLiteral("Successful"));
    QCOMPARE(model.index(1, RunListModel::Counts).data().toString(), QStringLiteral("{\"sent\":412}"));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
