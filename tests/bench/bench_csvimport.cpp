// Imports a generated 1,000,000-row, 8-column CSV with `audiencebridge profiles import` and
// with sqlite3's own `.import` into a plain table, in the same run, and prints both times and
// the import's peak memory.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Rows of about 120 bytes; IDs in a scrambled order as a CRM export sorted by another key.
bool generate(const QString &fileName, int rows)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const countries[] = {"DE", "FR", "US", "GB", "ES", "IT", "NL", "PL"};
    static const char *const cities[] = {"Berlin-Charlottenburg", "Paris-Montmartre",
                                         "New York City", "London-Westminster", "Madrid-Centro",
                                         "Roma-Trastevere", "Amsterdam-Noord", "Warszawa-Mokotow"};
    QByteArray chunk;
    chunk.reserve(1 << 21);
    chunk.append("customer_id,email,first_name,last_name,phone,country,city,ltv\n");
    quint32 state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    char line[256];
    for (int i = 0; i < rows; ++i) {
        const qint64 id = (static_cast<qint64>(i) * 7919) % rows; // a permutation of 0..rows-1
        const quint32 r = next();
        const int n = std::snprintf(
            line, sizeof line,
            "C%08lld,customer.%08lld@example-mailbox-provider.com,Firstname%04u,Lastname%05u,"
            "+49170%07u,%s,%s,%u.%02u\n",
            static_cast<long long>(id), static_cast<long long>(id), r % 5000, (r >> 3) % 50000,
            (r * 7u) % 10000000u, countries[r % 8], cities[(r >> 5) % 8], r % 2000, r % 100);
        chunk.append(line, n);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long childPeakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

// Wall time; *cpu gets the process's user + system time, which other load on a shared machine
// disturbs much less.
double runTimed(const QString &program, const QStringList &arguments, bool *ok, double *cpu = nullptr)
{
    const double cpuBefore = childCpuSeconds();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    *ok = process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (cpu)
        *cpu = childCpuSeconds() - cpuBefore;
    if (!*ok)
        out() << program << " failed: " << process.readAllStandardOutput() << '\n';
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("profiles.csv"));
    if (!generate(csv, rows)) {
        out() << "cannot write " << csv << '\n';
        return 1;
    }
    const qint64 bytes = QFileInfo(csv).size();
    out() << "rows:                   " << rows << " (8 columns, " << bytes / rows
          << " bytes a row, " << bytes / (1 << 20) << " MB)\n";
    out().flush();

    bool ok = false;
    double oursCpu = 0;
    double sqliteCpu = 0;
    const double ours = runTimed(QStringLiteral(AB_EXECUTABLE),
                                 {QStringLiteral("profiles"), QStringLiteral("import"), csv,
                                  QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                  QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.ab"))},
                                 &ok, &oursCpu);
    const long peakKb = childPeakRssKb();
    if (!ok)
        return 1;
    const double sqlite = runTimed(QStringLiteral("sqlite3"),
                                   {dir.filePath(QStringLiteral("plain.db")),
                                    QStringLiteral(".import --csv %1 profiles").arg(csv)},
                                   &ok, &sqliteCpu);
    if (!ok)
        return 1;
    // Importing the same file again updates every profile through the ID index.
    const double update = runTimed(QStringLiteral(AB_EXECUTABLE),
                                   {QStringLiteral("profiles"), QStringLiteral("import"), csv,
                                    QStringLiteral("--id-column"), QStringLiteral("customer_id"),
                                    QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.ab"))},
                                   &ok);
    if (!ok)
        return 1;
    out() << "audiencebridge import:  " << QString::number(ours, 'f', 2) << " s ("
          << qRound(rows / ours) << " rows/s), CPU " << QString::number(oursCpu, 'f', 2)
          << " s, peak RSS " << peakKb / 1024 << " MB (target < 200)\n";
    out() << "re-import (update all): " << QString::number(update, 'f', 2) << " s, peak RSS "
          << childPeakRssKb() / 1024 << " MB (largest of all runs)\n";
    out() << "sqlite3 .import:        " << QString::number(sqlite, 'f', 2) << " s, CPU "
          << QString::number(sqliteCpu, 'f', 2) << " s\n";
    out() << "ratio:                  " << QString::number(ours / sqlite, 'f', 2)
          << " wall, " << QString::number(oursCpu / sqliteCpu, 'f', 2) << " CPU (target <= 1.50)\n";

    // Counting a rule segment's members over all profiles.
    const QString workspace = dir.filePath(QStringLiteral("w.ab"));
    runTimed(QStringLiteral(AB_EXECUTABLE),
             {QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("DE high"),
              QStringLiteral("--rule"), QStringLiteral("country = 'DE' and ltv >= 100"),
              QStringLiteral("--workspace"), workspace},
             &ok);
    const double list = runTimed(QStringLiteral(AB_EXECUTABLE),
                                 {QStringLiteral("segments"), QStringLiteral("list"),
                                  QStringLiteral("--workspace"), workspace},
                                 &ok);
    if (!ok)
        return 1;
    out() << "segments list (count 1 rule segment over all rows, whole command): "
          << QString::number(list, 'f', 2) << " s (target < 1)\n";
    return 0;
}
