// Rule and list segments over imported profiles: validation, counts, streaming members.
#include <sources/csvimporter.h>
#include <workspace/connectionstore.h>
#include <workspace/exportstore.h>
#include <workspace/segmentstore.h>
#include <workspace/workspace.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Workspace;

class TestSegmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ruleSegmentStoresCanonicalText();
    void invalidRulesAreRefused_data();
    void invalidRulesAreRefused();
    void listSegmentFromCsv();
    void membersStreamInIdOrder();
    void unionOfSegments();
    void segmentUsedByExportStays();
    void updateRule();

private:
    QString write(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace::Workspace> m_workspace;
};

QString TestSegmentStore::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestSegmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace = Workspace::Workspace::open(m_dir->filePath(QStringLiteral("w.ab")), {QStringLiteral("ada"), 5000}, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    Sources::CsvImportOptions options;
    options.idColumn = QStringLiteral("customer_id");
    const Sources::CsvImportSummary summary = Sources::CsvImporter(*m_workspace).import(
        write(QStringLiteral("p.csv"), "customer_id,email,country,ltv\n"
                                       "c3,c@x.de,DE,250\n"
                                       "c1,a@x.de,DE,120\n"
                                       "c2,b@x.fr,FR,300\n"
                                       "c4,,DE,50\n"
                                       "c5,e@x.at,AT,\n"),
        options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
}

void TestSegmentStore::ruleSegmentStoresCanonicalText()
{
    SegmentStore store(*m_workspace);
    Segment segment;
    QString error;
    QVERIFY2(store.createRule(QStringLiteral("DE high"), QStringLiteral("Country='DE'  AND ltv>=100"), &segment, &error),
             qPrintable(error));
    QCOMPARE(segment.rule, QStringLiteral("Country = 'DE' and ltv >= 100"));
    QCOMPARE(store.find(QStringLiteral("DE high"))->rule, segment.rule);
    QCOMPARE(store.memberCount(segment, &error), 2);
    QVERIFY(!store.createRule(QStringLiteral("DE high"), QStringLiteral("ltv > 1"), nullptr, &error));
    QVERIFY2(error.contains(QLatin1StringView("already exists")), qPrintable(error));
    const QList<Segment> all = store.list(&error);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].createdBy, QStringLiteral("ada"));
}

void TestSegmentStore::invalidRulesAreRefused_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << QStringLiteral("city = 'Berlin'") << QStringLiteral("Unknown field 'city'; the profiles have: country, customer_id, email, id, ltv.");
    QTest::newRow("syntax") << QStringLiteral("country = ") << QStringLiteral("expected a value");
    QTest::newRow("injection") << QStringLiteral("country = 'DE'; DELETE FROM profiles") << QStringLiteral("unexpected character ';'");
}

void TestSegmentStore::invalidRulesAreRefused()
{
    QFETCH(QString, rule);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SegmentStore(*m_workspace).createRule(QStringLiteral("bad"), rule, nullptr, &error));
    QVERIFY2(error.startsWith(QLatin1StringView("The rule is not valid: ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!SegmentStore(*m_workspace).find(QStringLiteral("bad")));
}

void TestSegmentStore::listSegmentFromCsv()
{
    SegmentStore store(*m_workspace);
    Segment segment;
    ListImport report;
    QString error;
    QVERIFY2(store.createList(QStringLiteral("VIP"), write(QStringLiteral("vip.csv"), "customer_id,note\nc2,x\nc9,unknown\nc4\r\nc2,again\n"),
                              &segment, &report, &error),
             qPrintable(error));
    QCOMPARE(segment.kind, Segment::Kind::List);
    QCOMPARE(report.idsRead, 4);
    QCOMPARE(report.unknownIds, 1);
    QCOMPARE(store.memberCount(segment, &error), 2);
    // Without a header every line is an ID.
    QVERIFY(store.createList(QStringLiteral("Plain"), write(QStringLiteral("plain.csv"), "c1\nc3\n"), &segment, &report, &error));
    QCOMPARE(store.memberCount(segment, &error), 2);
    // A missing file is named in the error and leaves no segment behind.
    QVERIFY(!store.createList(QStringLiteral("Ghost"), m_dir->filePath(QStringLiteral("missing.csv")), nullptr, nullptr, &error));
    QVERIFY2(error.contains(QLatin1StringView("missing.csv")), qPrintable(error));
    QVERIFY(!store.find(QStringLiteral("Ghost")));
}

void TestSegmentStore::membersStreamInIdOrder()
{
    SegmentStore store(*m_workspace);
    Segment segment;
    QString error;
    QVERIFY(store.createRule(QStringLiteral("DE"), QStringLiteral("country = 'DE'"), &segment, &error));
    MemberCursor cursor(m_workspace->database());
    QVERIFY2(cursor.start({segment}, {QStringLiteral("email"), QStringLiteral("LTV")}, &error), qPrintable(error));
    QStringList rows;
    while (cursor.next())
        rows.append(cursor.id() + QLatin1Char('|') + cursor.value(0) + QLatin1Char('|') + cursor.value(1));
    QCOMPARE(rows, (QStringList{QStringLiteral("c1|a@x.de|120"), QStringLiteral("c3|c@x.de|250"),
                                QStringLiteral("c4||50")}));
    QVERIFY(!cursor.start({segment}, {QStringLiteral("phone")}, &error));
    QVERIFY(error.contains(QLatin1StringView("no field 'phone'")));
}

void TestSegmentStore::unionOfSegments()
{
    SegmentStore store(*m_workspace);
    Segment rule;
    Segment list;
    QString error;
    QVERIFY(store.createRule(QStringLiteral("FR"), QStringLiteral("country = 'FR'"), &rule, &error));
    QVERIFY(store.createList(QStringLiteral("L"), write(QStringLiteral("l.csv"), "c2\nc5\n"), &list, nullptr, &error));
    MemberCursor cursor(m_workspace->database());
    QVERIFY2(cursor.start({rule, list}, {}, &error), qPrintable(error));
    QStringList ids;
    while (cursor.next())
        ids.append(cursor.id());
    QCOMPARE(ids, (QStringList{QStringLiteral("c2"), QStringLiteral("c5")}));
    // The count agrees with the cursor, and a profile in both segments counts once.
    QCOMPARE(store.unionCount({rule, list}, &error), 2);
    QCOMPARE(store.unionCount({rule}, &error), store.memberCount(rule, &error));
    QCOMPARE(store.unionCount({list, list}, &error), 2);
    QCOMPARE(store.unionCount({}, &error), 0);
}

void TestSegmentStore::segmentUsedByExportStays()
{
    QString error;
    Segment segment;
    QVERIFY(SegmentStore(*m_workspace).createRule(QStringLiteral("DE"), QStringLiteral("country = 'DE'"), &segment, &error));
    Connection connection;
    connection.name = QStringLiteral("Snap");
    QVERIFY(ConnectionStore(*m_workspace).add(connection, &error));
    Export e;
    e.name = QStringLiteral("E");
    e.connectionId = connection.id;
    e.adAccountId = QStringLiteral("acc");
    e.emailField = QStringLiteral("email");
    e.segmentIds = {segment.id};
    QVERIFY2(ExportStore(*m_workspace).create(e, &error), qPrintable(error));
    QVERIFY(!SegmentStore(*m_workspace).remove(segment.id, &error));
    QVERIFY2(error.contains(QLatin1StringView("used by export 'E'")), qPrintable(error));
    QVERIFY(ExportStore(*m_workspace).remove(e.id, &error));
    QVERIFY2(SegmentStore(*m_workspace).remove(segment.id, &error), qPrintable(error));
}

void TestSegmentStore::updateRule()
{
    SegmentStore store(*m_workspace);
    Segment segment;
    QString error;
    QVERIFY(store.createRule(QStringLiteral("S"), QStringLiteral("ltv > 100"), &segment, &error));
    QCOMPARE(store.memberCount(segment, &error), 3);
    QVERIFY(!store.updateRule(segment.id, QStringLiteral("nope > 1"), &error));
    QVERIFY2(store.updateRule(segment.id, QStringLiteral("ltv > 100 and email is not empty and country in ('DE','AT')"), &error), qPrintable(error));
    const Segment updated = *store.get(segment.id);
    QCOMPARE(updated.rule, QStringLiteral("ltv > 100 and email is not empty and country in ('DE', 'AT')"));
    QCOMPARE(store.memberCount(updated, &error), 2);
}

QTEST_GUILESS_MAIN(TestSegmentStore)
#include "tst_segmentstore.moc"
