#include <exporting/profilehasher.h>
#include <identity/identifierhasher.h>

#include <QTest>

using namespace Exporting;
using Identity::IdentifierType;
using Identity::RejectReason;

class TestProfileHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parallelAgreesWithSingleHasher();
    void inactiveSchemasUntouched();
};

void TestProfileHasher::parallelAgreesWithSingleHasher()
{
    // Enough rows to be split over threads, with every kind of outcome mixed in.
    std::vector<ProfileIdentifiers> rows(20000);
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i][IdentifierType::Email] = i % 7 == 0 ? QByteArray() : "User" + QByteArray::number(i % 15000) + "@Example.com";
        rows[i][IdentifierType::Phone] = i % 5 == 0 ? QByteArray("1") : "+49 170 " + QByteArray::number(1000000 + i);
    }
    const ProfileHasher hasher({true, true, false}, QStringLiteral("DE"));
    std::vector<ProfileHasher::RowOutcomes> outcomes;
    hasher.hash(rows, outcomes);
    QCOMPARE(outcomes.size(), rows.size());

    Identity::IdentifierHasher email(IdentifierType::Email);
    Identity::IdentifierHasher phone(IdentifierType::Phone, QStringLiteral("DE"));
    for (size_t i = 0; i < rows.size(); ++i) {
        Identity::Sha256::Digest expected{};
        const auto emailReason = email.digest(rows[i][IdentifierType::Email], expected).reason;
        const HashOutcome &gotEmail = outcomes[i][0];
        QCOMPARE(gotEmail.reason, emailReason);
        if (gotEmail.ok())
            QCOMPARE(gotEmail.digest, expected);
        const auto phoneReason = phone.digest(rows[i][IdentifierType::Phone], expected).reason;
        QCOMPARE(outcomes[i][1].reason, phoneReason);
        if (outcomes[i][1].ok())
            QCOMPARE(outcomes[i][1].digest, expected);
    }
    QCOMPARE(outcomes[0][0].reason, RejectReason::Empty);
    QCOMPARE(outcomes[5][1].reason, RejectReason::InvalidPhone);
}

void TestProfileHasher::inactiveSchemasUntouched()
{
    std::vector<ProfileIdentifiers> rows(3);
    rows[1][IdentifierType::MobileAdId] = "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6";
    const ProfileHasher hasher({false, false, true}, QString());
    std::vector<ProfileHasher::RowOutcomes> outcomes;
    hasher.hash(rows, outcomes);
    QCOMPARE(outcomes[0][2].reason, RejectReason::Empty);
    QVERIFY(outcomes[1][2].ok());
    QCOMPARE(outcomes[1][0].reason, RejectReason::None); // email inactive: default, never looked at
}

QTEST_GUILESS_MAIN(TestProfileHasher)
#include "tst_profilehasher.moc"
