#include <exporting/hashledger.h>
#include <workspace/runstore.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Exporting;
using Identity::IdentifierType;
using Identity::Sha256;

class TestHashLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsDuplicatesAndAlreadySent();
    void mirrorListsRemovals();
    void batchesCoverEveryPendingHashOnce();
    void confirmedBatchesAreNotPendingNextRun();

private:
    static Sha256::Digest digestOf(int n);
    std::set<Sha256::Digest> syncState(IdentifierType schema) const;

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

Sha256::Digest TestHashLedger::digestOf(int n)
{
    Sha256 sha;
    return sha.digest(QByteArray::number(n));
}

void TestHashLedger::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ledger"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("ledger.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (export_id INTEGER NOT NULL,"
                                      " schema TEXT NOT NULL, hash BLOB NOT NULL,"
                                      " PRIMARY KEY (export_id, schema, hash)) WITHOUT ROWID")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM sync_state")));
}

void TestHashLedger::cleanup()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("ledger"));
}

std::set<Sha256::Digest> TestHashLedger::syncState(IdentifierType schema) const
{
    std::set<Sha256::Digest> result;
    Workspace::SyncStateStore(m_db).forEachHash(1, Identity::schemaName(schema), [&](QByteArrayView hash) {
        Sha256::Digest digest{};
        std::copy_n(hash.data(), Sha256::kDigestSize, digest.begin());
        result.insert(digest);
        return true;
    });
    return result;
}

void TestHashLedger::findsDuplicatesAndAlreadySent()
{
    QSqlQuery seed(m_db);
    seed.prepare(QStringLiteral("INSERT INTO sync_state VALUES (?, ?, ?)"));
    for (int n : {1, 2}) {
        const Sha256::Digest d = digestOf(n);
        seed.addBindValue(n == 1 ? 1 : 2); // digest 2 belongs to another export
        seed.addBindValue(QStringLiteral("EMAIL_SHA256"));
        seed.addBindValue(QByteArray(reinterpret_cast<const char *>(d.data()), Sha256::kDigestSize));
        QVERIFY(seed.exec());
    }

    HashLedger ledger(m_db, 1);
    for (int n : {1, 2, 3, 3})
        QVERIFY(ledger.addSeen(IdentifierType::Email, digestOf(n)));
    QVERIFY(ledger.addSeen(IdentifierType::Phone, digestOf(3)));

    SyncPlan plan;
    QVERIFY2(ledger.plan(false, plan), qPrintable(ledger.error()));
    QCOMPARE(plan.seen[0], 4);
    QCOMPARE(plan.distinct[0], 3);
    QCOMPARE(plan.duplicates(IdentifierType::Email), 1);
    QCOMPARE(plan.toAdd[0], 2);
    QCOMPARE(plan.alreadyInAudience(IdentifierType::Email), 1);
    QCOMPARE(plan.toAdd[1], 1); // schemas are separate sets
    QCOMPARE(plan.duplicates(IdentifierType::Phone), 0);
    QCOMPARE(plan.toRemove[0], 0);
}

void TestHashLedger::mirrorListsRemovals()
{
    {
        HashLedger first(m_db, 1);
        for (int n = 0; n < 10; ++n)
            first.addSeen(IdentifierType::Email, digestOf(n));
        SyncPlan plan;
        QVERIFY(first.plan(true, plan));
        PendingBatch batch;
        QVERIFY(first.nextBatch(IdentifierType::Email, SyncAction::Add, 0, 100, batch));
        QCOMPARE(batch.digests.size(), size_t(10));
        QVERIFY(first.confirm(batch));
    }
    HashLedger second(m_db, 1);
    for (int n = 5; n < 12; ++n) // 0..4 left the segments, 10 and 11 joined
        second.addSeen(IdentifierType::Email, digestOf(n));
    SyncPlan plan;
    QVERIFY(second.plan(true, plan));
    QCOMPARE(plan.toAdd[0], 2);
    QCOMPARE(plan.toRemove[0], 5);
    QCOMPARE(plan.alreadyInAudience(IdentifierType::Email), 5);

    PendingBatch removals;
    QVERIFY(second.nextBatch(IdentifierType::Email, SyncAction::Remove, 0, 100, removals));
    QCOMPARE(removals.digests.size(), size_t(5));
    QVERIFY(second.confirm(removals));
    PendingBatch additions;
    QVERIFY(second.nextBatch(IdentifierType::Email, SyncAction::Add, 0, 100, additions));
    QVERIFY(second.confirm(additions));

    std::set<Sha256::Digest> expected;
    for (int n = 5; n < 12; ++n)
        expected.insert(digestOf(n));
    QCOMPARE(syncState(IdentifierType::Email), expected);
}

void TestHashLedger::batchesCoverEveryPendingHashOnce()
{
    HashLedger ledger(m_db, 1, 700); // spills sorted runs to disk
    for (int n = 0; n < 2500; ++n)
        ledger.addSeen(IdentifierType::Email, digestOf(n));
    SyncPlan plan;
    QVERIFY(ledger.plan(false, plan));
    std::set<Sha256::Digest> collected;
    qint64 cursor = 0;
    int batches = 0;
    for (;;) {
        PendingBatch batch;
        QVERIFY(ledger.nextBatch(IdentifierType::Email, SyncAction::Add, cursor, 1000, batch));
        if (batch.isEmpty())
            break;
        QVERIFY(batch.digests.size() <= 1000);
        for (const auto &d : batch.digests)
            QVERIFY2(collected.insert(d).second, "a hash came in two batches");
        cursor = batch.end();
        ++batches;
    }
    QCOMPARE(batches, 3);
    QCOMPARE(collected.size(), size_t(2500));
}

void TestHashLedger::confirmedBatchesAreNotPendingNextRun()
{
    {
        HashLedger canceled(m_db, 1);
        for (int n = 0; n < 300; ++n)
            canceled.addSeen(IdentifierType::Email, digestOf(n));
        SyncPlan plan;
        QVERIFY(canceled.plan(false, plan));
        PendingBatch first;
        QVERIFY(canceled.nextBatch(IdentifierType::Email, SyncAction::Add, 0, 100, first));
        QVERIFY(canceled.confirm(first)); // then the run is canceled
    }
    HashLedger resumed(m_db, 1);
    for (int n = 0; n < 300; ++n)
        resumed.addSeen(IdentifierType::Email, digestOf(n));
    SyncPlan plan;
    QVERIFY(resumed.plan(false, plan));
    QCOMPARE(plan.toAdd[0], 200);
    QCOMPARE(plan.alreadyInAudience(IdentifierType::Email), 100);
}

QTEST_GUILESS_MAIN(TestHashLedger)
#include "tst_hashledger.moc"
