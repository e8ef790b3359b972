// Runs the real `audiencebridge sandbox` as a script or a test harness would.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsAddressAndServesUntilTerminated();
    void rejectsBadOption();
};

void TestSandboxCommand::printsAddressAndServesUntilTerminated()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.tsv"));
    QProcess process;
    process.start(QStringLiteral(AB_EXECUTABLE),
                  {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--state"), state, QStringLiteral("--client-id"), QStringLiteral("my-id")});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    while (!output.contains("ready\n") && process.waitForReadyRead(10000))
        output += process.readAllStandardOutput();
    const QList<QByteArray> lines = output.split('\n');
    QVERIFY2(lines[0].startsWith("listening http://127.0.0.1:"), output.constData());
    QVERIFY(output.contains("\nclient_id my-id\n"));
    QVERIFY(output.contains("\nclient_secret "));
    QVERIFY(output.contains("\nad_account_id "));
    QVERIFY(output.contains("\nsegment_id seg-0001 FIRST_PARTY "));
    const QUrl base(QString::fromLatin1(lines[0].mid(10)));
    QVERIFY(base.port() > 0);

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/v1/me")))));
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    delete reply;

    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(state)); // written on the way out
    // And what it answered: the one request above, refused for want of a token.
    const QByteArray stats = process.readAllStandardOutput();
    QVERIFY2(stats.startsWith("stats api_requests=1 status_401=1 resets=0 partial_failures=0 "), stats.constData());
}

void TestSandboxCommand::rejectsBadOption()
{
    QProcess process;
    process.start(QStringLiteral(AB_EXECUTABLE),
                  {QStringLiteral("sandbox"), QStringLiteral("--fail-rate"), QStringLiteral("2")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--fail-rate"));
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
