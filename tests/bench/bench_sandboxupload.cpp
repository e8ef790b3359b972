// Uploads COUNT email hashes to a `audiencebridge sandbox` subprocess through the real stack
// (OAuthSession, RequestExecutor, SnapchatClient), 100,000 a request, several in flight, and
// prints the rate; then checks the sandbox holds exactly what was sent.
//   build/tests/bench/bench_sandboxupload [COUNT] [IN_FLIGHT]
#include <identity/sha256.h>
#include <snapchat/apirequests.h>
#include <snapchat/oauthsession.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/snapchatclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace Snapchat;

namespace {

QString valueOf(const QByteArray &output, const char *key)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(key) + " ")))
            return QString::fromUtf8(line.mid(qsizetype(qstrlen(key)) + 1)).section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int inFlight = argc > 2 ? QByteArray(argv[2]).toInt() : 4;
    constexpr int kBatch = 100000;

    QProcess sandbox;
    sandbox.start(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray banner;
    while (!banner.contains("ready\n") && sandbox.waitForReadyRead(10000))
        banner += sandbox.readAllStandardOutput();
    ConnectionSettings settings;
    settings.apiBaseUrl = QUrl(valueOf(banner, "listening"));
    settings.accountsBaseUrl = settings.apiBaseUrl;
    settings.clientId = valueOf(banner, "client_id");
    const QString segment = valueOf(banner, "segment_id");

    QNetworkAccessManager network;
    OAuthSession session(settings, &network);
    session.setClientSecret(valueOf(banner, "client_secret"));
    QEventLoop loop;
    QObject::connect(&session, &OAuthSession::connected, &loop, &QEventLoop::quit);
    QObject::connect(&session, &OAuthSession::failed, &loop, [&loop](const ApiError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.userMessage()));
        loop.exit(1);
    });
    QObject::connect(&session, &OAuthSession::authorizeUrlReady, &loop, [&network](const QUrl &url) {
        network.get(QNetworkRequest(url)); // the "browser": follows the redirect to the listener
    });
    QString error;
    if (!session.startLoopback(&error) || loop.exec() != 0)
        return 1;

    // Hash outside the timed part: this measures the API path only.
    Identity::Sha256 sha;
    QList<QList<QByteArray>> batches;
    for (int start = 0; start < count; start += kBatch) {
        QList<QByteArray> batch;
        for (int i = start; i < std::min(count, start + kBatch); ++i)
            batch.append(sha.hexDigest(QByteArray(QByteArray("user") + QByteArray::number(i) + "@example.com")));
        batches.append(batch);
    }

    RequestExecutor executor(&network, &session);
    SnapchatClient client(settings, &executor);
    QElapsedTimer timer;
    timer.start();
    qsizetype next = 0;
    int running = 0;
    int failures = 0;
    std::function<void()> pump = [&] {
        while (running < inFlight && next < batches.size()) {
            ++running;
            client.addUsers(segment, Identity::IdentifierType::Email, batches[next++], &app,
                            [&](const Result<UsersResult> &result) {
                                --running;
                                failures += result.ok() ? 0 : 1;
                                if (!result.ok())
                                    std::fprintf(stderr, "%s\n", qPrintable(result.error.userMessage()));
                                if (running == 0 && next == batches.size())
                                    loop.quit();
                                else
                                    pump();
                            });
        }
    };
    pump();
    loop.exec();
    const qint64 ms = timer.elapsed();

    std::optional<Result<Segment>> check;
    client.segment(segment, &app, [&](const Result<Segment> &r) {
        check = r;
        loop.quit();
    });
    loop.exec();
    std::printf("uploaded %d hashes in %d requests (%d in flight): %lld ms, %.0f hashes/s, %d retries, %d failures; "
                "sandbox reports %lld users\n",
                count, int(batches.size()), inFlight, qlonglong(ms), count * 1000.0 / double(std::max<qint64>(ms, 1)),
                executor.retryCount(), failures, check && check->ok() ? qlonglong(check->value.approximateNumberUsers) : -1LL);
    QFile status(QStringLiteral("/proc/%1/status").arg(sandbox.processId()));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM"))
                std::printf("sandbox peak memory: %s\n", line.mid(6).trimmed().constData());
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return failures == 0 && check && check->ok() && check->value.approximateNumberUsers == count ? 0 : 1;
}
