// A core dump of AudienceBridge could hold access tokens and unhashed identifiers: release builds
// (NDEBUG) set the core size limit to 0 and mark the process not dumpable, first thing in main().
// Checked on the running executable (`audiencebridge sandbox`, which just waits), started with the
// soft core limit raised as far as the hard limit allows, the way a shell with `ulimit -c
// unlimited` would start it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

void raiseCoreLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    }
}

// "Max core file size" from /proc/PID/limits: {soft, hard} as printed ("0", "unlimited", ...).
QStringList coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    // readAll(): a /proc file has no size, so atEnd() is true from the start.
    for (const QByteArray &bytes : limits.readAll().split('\n')) {
        const QString line = QString::fromLatin1(bytes);
        if (line.startsWith(QLatin1StringView("Max core file size")))
            return line.mid(int(qstrlen("Max core file size")))
                .simplified()
                .split(QLatin1Char(' '))
                .mid(0, 2);
    }
    return {};
}

QStringList coreFilesIn(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("core*") }, QDir::Files | QDir::Hidden);
}

bool waitForLine(QProcess &process, const QByteArray &prefix)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && process.state() != QProcess::NotRunning) {
        if (process.canReadLine() && process.readLine().startsWith(prefix))
            return true;
        if (!process.canReadLine())
            process.waitForReadyRead(100);
    }
    return false;
}

} // namespace

class TestCoreDumps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreLimitIsZeroAndACrashLeavesNoCore();
    void processIsNotDumpable();
};

void TestCoreDumps::coreLimitIsZeroAndACrashLeavesNoCore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess app;
    app.setWorkingDirectory(dir.path());
    app.setChildProcessModifier(raiseCoreLimit);
    app.start(QStringLiteral(AB_EXECUTABLE),
              { QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0") });
    QVERIFY2(waitForLine(app, "listening "), app.readAllStandardError().constData());
    const QStringList limit = coreLimitOf(app.processId());
    QCOMPARE(limit.size(), 2);

    // A process started the same way that does not protect itself: the limit was raised, and on
    // this machine its crash leaves a core file in the working folder (or the kernel sends cores
    // elsewhere: then only the limit is checked).
    QTemporaryDir controlDir;
    QProcess control;
    control.setWorkingDirectory(controlDir.path());
    control.setChildProcessModifier(raiseCoreLimit);
    control.start(QStringLiteral("/bin/sleep"), { QStringLiteral("30") });
    QVERIFY(control.waitForStarted());
    const QStringList controlLimit = coreLimitOf(control.processId());
    QVERIFY(controlLimit.size() == 2 && controlLimit[0] != QLatin1StringView("0"));
    ::kill(pid_t(control.processId()), SIGQUIT);
    QVERIFY(control.waitForFinished(5000));
    QTest::qWait(200);
    const bool crashesLeaveCores = !coreFilesIn(controlDir.path()).isEmpty();
    qInfo("core limit of an ordinary process: %s; its crash %s a core file",
          qPrintable(controlLimit.join(QLatin1Char('/'))),
          crashesLeaveCores ? "left" : "did not leave");

#ifdef NDEBUG
    QCOMPARE(limit, (QStringList { QStringLiteral("0"), QStringLiteral("0") }));
#else
    // Debug builds keep core dumps for their developers.
    QCOMPARE(limit, controlLimit);
#endif

    // SIGQUIT's default action is to dump core.
    ::kill(pid_t(app.processId()), SIGQUIT);
    QVERIFY(app.waitForFinished(5000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QTest::qWait(200);
#ifdef NDEBUG
    QVERIFY2(coreFilesIn(dir.path()).isEmpty(),
             qPrintable(coreFilesIn(dir.path()).join(QLatin1Char(' '))));
#else
    QCOMPARE(coreFilesIn(dir.path()).isEmpty(), !crashesLeaveCores);
#endif
}

void TestCoreDumps::processIsNotDumpable()
{
    // The kernel shows a process that is not dumpable by making its /proc/PID files root's.
    // That only tells something when the process runs as another user: as root, the test starts
    // it as nobody.
    const bool asRoot = geteuid() == 0;
    constexpr uid_t kNobody = 65534;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess app;
    app.setWorkingDirectory(QDir::rootPath());
    if (asRoot) {
        app.setChildProcessModifier([] {
            if (setgid(kNobody) != 0 || setuid(kNobody) != 0)
                _exit(120);
        });
    }
    app.start(QStringLiteral(AB_EXECUTABLE),
              { QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0") });
    QVERIFY2(waitForLine(app, "listening "), app.readAllStandardError().constData());
    const QString status = QStringLiteral("/proc/%1/status").arg(app.processId());
    // The process's own user, from its status, and the owner the kernel gives its /proc files.
    QFile file(status);
    QVERIFY(file.open(QIODevice::ReadOnly));
    uint realUid = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            realUid = line.simplified().split(' ').value(1).toUInt();
    }
    QCOMPARE(realUid, asRoot ? uint(kNobody) : uint(geteuid()));
    const uint owner = QFileInfo(status).ownerId();
    app.terminate();
    QVERIFY(app.waitForFinished(5000));
#ifdef NDEBUG
    QCOMPARE(owner, 0u);
#else
    QCOMPARE(owner, realUid);
#endif
}

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_coredumps.moc"
