#include <snapchat/pastedredirect.h>

#include <QTest>

using namespace Snapchat;

class TestPastedRedirect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCodeAndChecksState_data();
    void readsCodeAndChecksState();
};

void TestPastedRedirect::readsCodeAndChecksState_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("code");     // expected code, empty when refused
    QTest::addColumn<QString>("errorPart"); // a word the refusal must contain

    const QString page = QStringLiteral("https://crm.example.com/done");
    QTest::newRow("full address") << page + QStringLiteral("?code=ab%2Fc%3D&state=S1") << QStringLiteral("ab/c=") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  ") + page + QStringLiteral("?state=S1&code=xyz \n") << QStringLiteral("xyz") << QString();
    QTest::newRow("query only") << QStringLiteral("code=q1&state=S1") << QStringLiteral("q1") << QString();
    QTest::newRow("query with ?") << QStringLiteral("?code=q1&state=S1") << QStringLiteral("q1") << QString();
    QTest::newRow("wrong state") << page + QStringLiteral("?code=abc&state=S2") << QString() << QStringLiteral("state");
    QTest::newRow("no state") << page + QStringLiteral("?code=abc") << QString() << QStringLiteral("state");
    QTest::newRow("no code") << page + QStringLiteral("?state=S1") << QString() << QStringLiteral("code");
    QTest::newRow("denied") << page + QStringLiteral("?error=access_denied&state=S1") << QString() << QStringLiteral("access_denied");
    QTest::newRow("other page") << QStringLiteral("https://evil.example.com/done?code=abc&state=S1") << QString() << QStringLiteral("redirect page");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("address");
}

void TestPastedRedirect::readsCodeAndChecksState()
{
    QFETCH(QString, pasted);
    QFETCH(QString, code);
    QFETCH(QString, errorPart);
    const PastedRedirect result = PastedRedirect::parse(pasted, QStringLiteral("S1"), QUrl(QStringLiteral("https://crm.example.com/done")));
    QCOMPARE(result.code, code);
    QCOMPARE(result.ok(), errorPart.isEmpty());
    if (!errorPart.isEmpty())
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPastedRedirect)
#include "tst_pastedredirect.moc"
