#include <exporting/runcounts.h>

#include <QTest>

using namespace Exporting;
using Identity::IdentifierType;
using Identity::RejectReason;

class TestRunCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsUpOnlyWhenEveryProfileIsAccountedFor();
    void jsonRoundTrip();
};

void TestRunCounts::addsUpOnlyWhenEveryProfileIsAccountedFor()
{
    RunCounts run;
    run.profiles = 10;
    run.active[static_cast<size_t>(IdentifierType::Email)] = true;
    SchemaCounts &email = run[IdentifierType::Email];
    email.profiles = 10;
    email.uploaded = 5;
    email.alreadyInAudience = 2;
    email.duplicates = 1;
    email.reject(RejectReason::Empty);
    QVERIFY(!email.addsUp());
    QVERIFY(!run.addsUp());
    email.reject(RejectReason::InvalidEmail);
    QVERIFY(email.addsUp());
    QVERIFY(run.addsUp());
    email.removed = 7; // removals are not profiles of this run
    QVERIFY(run.addsUp());

    run.active[static_cast<size_t>(IdentifierType::Phone)] = true;
    QVERIFY2(!run.addsUp(), "an active schema with no profiles counted does not add up");
}

void TestRunCounts::jsonRoundTrip()
{
    RunCounts run;
    run.profiles = 4;
    run.active[static_cast<size_t>(IdentifierType::Phone)] = true;
    SchemaCounts &phone = run[IdentifierType::Phone];
    phone.profiles = 4;
    phone.uploaded = 1;
    phone.failed = 1;
    phone.reject(RejectReason::Empty);
    phone.reject(RejectReason::NoCountryCode);

    const QJsonObject json = run.toJson();
    const QJsonObject phoneJson = json[QStringLiteral("schemas")][QStringLiteral("PHONE_SHA256")].toObject();
    QCOMPARE(phoneJson[QStringLiteral("rejected")][QStringLiteral("missing_field")].toInt(), 1);
    QCOMPARE(phoneJson[QStringLiteral("rejected")][QStringLiteral("no_country_code")].toInt(), 1);
    QVERIFY(!json[QStringLiteral("schemas")].toObject().contains(QStringLiteral("EMAIL_SHA256")));

    const RunCounts back = RunCounts::fromJson(json);
    QCOMPARE(back.profiles, 4);
    QVERIFY(back.active[static_cast<size_t>(IdentifierType::Phone)]);
    QVERIFY(!back.active[static_cast<size_t>(IdentifierType::Email)]);
    QCOMPARE(back[IdentifierType::Phone].rejectedTotal(), 2);
    QCOMPARE(back[IdentifierType::Phone].failed, 1);
    QVERIFY(back.addsUp());
}

QTEST_GUILESS_MAIN(TestRunCounts)
#include "tst_runcounts.moc"
