// Runs the real `audiencebridge hash` executable, as a user would from a shell.
#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

class TestHashCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesEachLine();
    void phonesWithDefaultRegion();
    void lastLineWithoutNewline();
    void rejectsUnknownType();
    void rejectsUnknownRegion();
    void versionAndHelp();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments, const QByteArray &input = {});
};

TestHashCommand::Result TestHashCommand::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(AB_EXECUTABLE), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestHashCommand::hashesEachLine()
{
    const QByteArray digest = QCryptographicHash::hash("test@example.com", QCryptographicHash::Sha256).toHex();
    const Result result = run({QStringLiteral("hash"), QStringLiteral("--type"), QStringLiteral("email")},
                              " Test@Example.COM \r\nnot-an-email\n\n" + digest.toUpper() + "\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("test@example.com\t" + digest + "\n!invalid_email\n!empty\n" + digest
                                    + "\t" + digest + "\n"));
}

void TestHashCommand::phonesWithDefaultRegion()
{
    const QByteArray digest = QCryptographicHash::hash("491701234567", QCryptographicHash::Sha256).toHex();
    const Result result = run({QStringLiteral("hash"), QStringLiteral("--type=phone"),
                               QStringLiteral("--default-region"), QStringLiteral("DE")},
                              "0170 1234567\n0049 170 1234567\n1\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("491701234567\t" + digest + "\n491701234567\t" + digest + "\n!invalid_phone\n"));

    const Result noRegion = run({QStringLiteral("hash"), QStringLiteral("--type=phone")}, "0170 1234567\n");
    QCOMPARE(noRegion.out, QByteArray("!no_country_code\n"));
}

void TestHashCommand::lastLineWithoutNewline()
{
    const Result result = run({QStringLiteral("hash"), QStringLiteral("--type=maid")},
                              "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("f81d4fae-7dec-11d0-a765-00a0c91e6bf6\t"));
    QCOMPARE(result.out.count('\n'), 1);
}

void TestHashCommand::rejectsUnknownType()
{
    const Result result = run({QStringLiteral("hash"), QStringLiteral("--type=fax")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--type must be email, phone or maid"), result.err.constData());
}

void TestHashCommand::rejectsUnknownRegion()
{
    const Result result = run({QStringLiteral("hash"), QStringLiteral("--type=phone"),
                               QStringLiteral("--default-region=XX")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("'XX'"), result.err.constData());
}

void TestHashCommand::versionAndHelp()
{
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("AudienceBridge " AB_VERSION), version.out.constData());

    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("hash"));

    const Result hashHelp = run({QStringLiteral("hash"), QStringLiteral("--help")});
    QCOMPARE(hashHelp.exitCode, 0);
    QVERIFY(hashHelp.out.contains("--default-region"));
}

QTEST_GUILESS_MAIN(TestHashCommand)
#include "tst_hashcommand.moc"
