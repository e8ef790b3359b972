#include <exporting/digestsorter.h>

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace Exporting;

class TestDigestSorter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distinctAndAscending_data();
    void distinctAndAscending();
    void queueReadsBackByPosition();
};

void TestDigestSorter::distinctAndAscending_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("count");
    QTest::newRow("in memory") << 100000 << 5000;
    QTest::newRow("spilled runs") << 300 << 5000;
    QTest::newRow("budget of one") << 1 << 50;
    QTest::newRow("empty") << 10 << 0;
}

void TestDigestSorter::distinctAndAscending()
{
    QFETCH(int, budget);
    QFETCH(int, count);
    QRandomGenerator random(11);
    DigestSorter sorter(budget);
    std::set<Digest> expected;
    for (int i = 0; i < count; ++i) {
        Digest digest{};
        // Few distinct values in the first byte and many repeats, so runs overlap and repeat.
        const quint32 value = random.bounded(count / 2 + 1);
        digest[0] = static_cast<unsigned char>(value % 7);
        std::memcpy(digest.data() + 1, &value, sizeof value);
        expected.insert(digest);
        QVERIFY(sorter.add(digest));
    }
    QVERIFY(sorter.finish());
    std::vector<Digest> got;
    Digest digest{};
    while (sorter.next(digest))
        got.push_back(digest);
    QVERIFY(sorter.error().isEmpty());
    QCOMPARE(got, std::vector<Digest>(expected.begin(), expected.end()));
    QCOMPARE(sorter.added(), count);
    QCOMPARE(sorter.distinct(), qint64(expected.size()));
}

void TestDigestSorter::queueReadsBackByPosition()
{
    DigestQueue queue;
    for (int i = 0; i < 10000; ++i) {
        Digest digest{};
        std::memcpy(digest.data(), &i, sizeof i);
        QVERIFY(queue.append(digest));
    }
    QCOMPARE(queue.size(), 10000);
    std::vector<Digest> batch;
    QVERIFY(queue.read(9990, 100, batch));
    QCOMPARE(batch.size(), size_t(10));
    int value = 0;
    std::memcpy(&value, batch.front().data(), sizeof value);
    QCOMPARE(value, 9990);
    QVERIFY(queue.read(10000, 100, batch));
    QVERIFY(batch.empty());
}

QTEST_GUILESS_MAIN(TestDigestSorter)
#include "tst_digestsorter.moc"
