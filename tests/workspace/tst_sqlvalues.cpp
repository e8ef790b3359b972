// How the stores keep text, JSON and times: what SQLite receives and what reads back.
#include <workspace/auditlog.h>
#include <workspace/sqlvalues.h>

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestSqlValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unsetTextFitsANotNullColumn();
    void jsonIsCompactAndReadsBack();
    void unreadableJsonIsAnEmptyObject();
    void timesReadBackToTheMillisecond();
    void nullTimeIsInvalid();

private:
    QSqlDatabase m_db;
};

void TestSqlValues::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_sqlvalues"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE t(value TEXT NOT NULL)")));
}

void TestSqlValues::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_sqlvalues"));
}

void TestSqlValues::unsetTextFitsANotNullColumn()
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t(value) VALUES(?)")));
    query.addBindValue(QString()); // what textOrEmpty() is for: a null QString binds as NULL
    QVERIFY(!query.exec());
    query.addBindValue(Workspace::textOrEmpty(QString()));
    QVERIFY(query.exec());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM t")));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).isNull());
    QCOMPARE(query.value(0).toString(), QString());
    QCOMPARE(Workspace::textOrEmpty(QStringLiteral("x")), QStringLiteral("x"));
}

void TestSqlValues::jsonIsCompactAndReadsBack()
{
    const QJsonObject object{{QStringLiteral("redirect_uri"), QStringLiteral("https://example.com/cb")},
                             {QStringLiteral("ids"), QJsonArray{1, 2}}};
    const QString text = Workspace::jsonText(object);
    QCOMPARE(text, QStringLiteral("{\"ids\":[1,2],\"redirect_uri\":\"https://example.com/cb\"}"));
    QCOMPARE(Workspace::jsonObject(text), object);
    QCOMPARE(Workspace::jsonText({}), QStringLiteral("{}"));
}

void TestSqlValues::unreadableJsonIsAnEmptyObject()
{
    QCOMPARE(Workspace::jsonObject(QStringLiteral("{not json")), QJsonObject());
    QCOMPARE(Workspace::jsonObject(QVariant()), QJsonObject());
}

void TestSqlValues::timesReadBackToTheMillisecond()
{
    const QString now = Workspace::nowText();
    const QDateTime time = Workspace::timeFromText(now);
    QVERIFY(time.isValid());
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QCOMPARE(time.toString(Qt::ISODateWithMs), now);
    QCOMPARE(Workspace::timeFromText(QStringLiteral("2026-03-01T07:30:00.123Z")),
             QDateTime(QDate(2026, 3, 1), QTime(7, 30, 0, 123), Qt::UTC));
}

void TestSqlValues::nullTimeIsInvalid()
{
    QVERIFY(!Workspace::timeFromText(QVariant()).isValid()); // a run still going has no end
    QVERIFY(!Workspace::timeFromText(QStringLiteral("")).isValid());
}

QTEST_GUILESS_MAIN(TestSqlValues)
#include "tst_sqlvalues.moc"
