// The sign-in's loopback listener under hostile traffic: it listens on 127.0.0.1 only, and garbage,
// half-open connections, requests that carry no OAuth answer, wrong paths and a crowd of stray
// connections neither crash it nor end the sign-in, which still completes afterwards. (A forged
// `state` is refused: tst_oauthsession's stateMismatchIsRejected.)
#include <sandbox/sandboxserver.h>
#include <snapchat/oauthsession.h>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Snapchat;

namespace {

// The local addresses of the sockets listening on a TCP port, as /proc/net/tcp and tcp6 list
// them (hex, e.g. "0100007F" for 127.0.0.1, "00000000" for every IPv4 interface).
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    for (const char *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // readAll(): a /proc file has no size, so atEnd() cannot be trusted.
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) { // after the header
            // sl local_address rem_address st ...
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields[3] != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            bool ok = false;
            if (local.size() == 2 && local[1].toUShort(&ok, 16) == port && ok)
                addresses.append(QString::fromLatin1(table) + QLatin1Char(' ')
                                 + QString::fromLatin1(local[0]));
        }
    }
    return addresses;
}

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listensOnLoopbackOnly();
    void garbageIsAnsweredAndIgnored();
    void halfOpenConnectionsDoNotBlockTheSignIn();
    void requestWithoutAnswerIsIgnored();
    void wrongPathIsIgnored();
    void manyStrayConnections();

private:
    // Starts a loopback sign-in; the address the browser would open is in m_authorize.
    void start();
    QUrl listenerUrl(const QString &pathAndQuery) const;
    // Nothing ended the attempt: no connected(), no failed(), the listener still accepts.
    void checkStillWaiting();
    // The real browser step: the sign-in completes.
    void finishSignIn();
    // Sends bytes on a fresh connection and returns what the listener answered before it closed
    // the connection (or before timeoutMs).
    QByteArray exchange(const QByteArray &bytes, int timeoutMs = 3000);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    std::unique_ptr<OAuthSession> m_session;
    std::unique_ptr<QSignalSpy> m_connected;
    std::unique_ptr<QSignalSpy> m_failed;
    QUrl m_authorize;
};

void TestLoopbackListener::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
}

void TestLoopbackListener::cleanup()
{
    m_connected.reset();
    m_failed.reset();
    m_session.reset();
    m_browser.reset();
    m_nam.reset();
    m_server.reset();
}

void TestLoopbackListener::start()
{
    ConnectionSettings settings;
    settings.apiBaseUrl = m_server->baseUrl();
    settings.accountsBaseUrl = m_server->baseUrl();
    settings.clientId = m_server->options().clientId;
    m_session = std::make_unique<OAuthSession>(settings, m_nam.get());
    m_session->setClientSecret(m_server->options().clientSecret);
    QSignalSpy urlReady(m_session.get(), &OAuthSession::authorizeUrlReady);
    m_connected = std::make_unique<QSignalSpy>(m_session.get(), &OAuthSession::connected);
    m_failed = std::make_unique<QSignalSpy>(m_session.get(), &OAuthSession::failed);
    QString error;
    QVERIFY2(m_session->startLoopback(&error), qPrintable(error));
    QCOMPARE(urlReady.size(), 1);
    m_authorize = urlReady.first().first().toUrl();
    QVERIFY(m_session->loopbackRedirectUri().port() > 0);
}

QUrl TestLoopbackListener::listenerUrl(const QString &pathAndQuery) const
{
    QUrl url = m_session->loopbackRedirectUri();
    return url.resolved(QUrl(pathAndQuery));
}

QByteArray TestLoopbackListener::exchange(const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_session->loopbackRedirectUri().port()));
    if (!socket.waitForConnected(3000))
        return "(no connection)";
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        // The listener lives in this thread: let it run while waiting.
        QTest::qWait(20);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

void TestLoopbackListener::checkStillWaiting()
{
    QTest::qWait(100);
    QVERIFY2(m_failed->isEmpty(),
             qPrintable(m_failed->isEmpty()
                            ? QString()
                            : m_failed->first().first().value<ApiError>().userMessage()));
    QVERIFY(m_connected->isEmpty());
    QCOMPARE(m_server->tokenGrants(), 0);
    QVERIFY(!m_session->isConnected());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(m_session->loopbackRedirectUri().port()));
    QVERIFY2(probe.waitForConnected(3000), "the listener stopped accepting connections");
}

void TestLoopbackListener::finishSignIn()
{
    QNetworkRequest request(m_authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_browser->get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_connected->size(), 1, 10000);
    QVERIFY(m_failed->isEmpty());
    QVERIFY(m_session->isConnected());
    QCOMPARE(m_server->tokenGrants(), 1);
}

void TestLoopbackListener::listensOnLoopbackOnly()
{
    start();
    const quint16 port = quint16(m_session->loopbackRedirectUri().port());
    QCOMPARE(m_session->loopbackRedirectUri().host(), QStringLiteral("127.0.0.1"));
    // Exactly one listening socket on the port, bound to 127.0.0.1: not 0.0.0.0, not [::].
    QCOMPARE(listeningAddresses(port), QStringList { QStringLiteral("/proc/net/tcp 0100007F") });
    // Reached through any other address of this machine, the port is closed.
    int otherAddresses = 0;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ++otherAddresses;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
    }
    qInfo("checked %d non-loopback addresses", otherAddresses);
    checkStillWaiting();
    finishSignIn();
    // And gone once the sign-in ended.
    QTRY_VERIFY_WITH_TIMEOUT(listeningAddresses(port).isEmpty(), 5000);
}

void TestLoopbackListener::garbageIsAnsweredAndIgnored()
{
    start();
    auto *random = QRandomGenerator::global();
    QByteArray binary(4096, Qt::Uninitialized);
    for (char &byte : binary)
        byte = char(random->bounded(256));
    const QList<QByteArray> garbage {
        binary,
        QByteArray(10000, 'A'), // one endless token, no space, no newline
        "\r\n\r\n\r\n",
        QByteArray("GET ") + QByteArray(10000, '/') + " HTTP/1.1\r\n\r\n", // an endless path
        "GET /callback?%00=%ff%fe&a%00b HTTP/1.1\r\nHost: x\r\n\r\n", // NUL, invalid UTF-8, no
                                                                      // answer
        "BREW /callback HTTP/1.1\r\n\r\n",
        "GET /callback HTTP/9.9\r\nHost: \x01\x02\r\n\r\n",
        "GET\r\n\r\n",
        QByteArray("\0\0\0\0GET / HTTP/1.1\r\n\r\n", 22),
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", // a TLS ClientHello's first bytes
    };
    for (const QByteArray &bytes : garbage) {
        exchange(bytes, 1000);
        checkStillWaiting();
        if (QTest::currentTestFailed()) {
            qWarning("after sending %s", bytes.left(40).toHex().constData());
            return;
        }
    }
    finishSignIn();
}

void TestLoopbackListener::halfOpenConnectionsDoNotBlockTheSignIn()
{
    start();
    const quint16 port = quint16(m_session->loopbackRedirectUri().port());
    // Connected and silent, and one stopped in the middle of its request line: both stay open
    // while the browser comes back.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(3000));
    QTcpSocket halfway;
    halfway.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(halfway.waitForConnected(3000));
    halfway.write("GET /callback?code=stolen&st");
    halfway.flush();
    QTest::qWait(300);
    checkStillWaiting();
    finishSignIn();
}

void TestLoopbackListener::requestWithoutAnswerIsIgnored()
{
    start();
    // A browser or another program asking the listener's address with no OAuth answer in it
    // (no code, no state, no error): not an answer, so the sign-in goes on.
    for (const char *path :
         { "/callback", "/callback?", "/callback?foo=bar", "/callback/favicon.ico" }) {
        QNetworkReply *reply
            = m_browser->get(QNetworkRequest(listenerUrl(QString::fromLatin1(path))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        reply->deleteLater();
        checkStillWaiting();
        if (QTest::currentTestFailed()) {
            qWarning("after GET %s", path);
            return;
        }
    }
    finishSignIn();
}

void TestLoopbackListener::wrongPathIsIgnored()
{
    start();
    // Even with the right state, an answer on another path is not taken.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), QStringLiteral("injected-code"));
    query.addQueryItem(QStringLiteral("state"), m_session->pendingState());
    for (const char *path : { "/", "/other", "/index.html", "/../callback/../x" }) {
        QUrl url = listenerUrl(QString::fromLatin1(path));
        url.setQuery(query);
        QNetworkReply *reply = m_browser->get(QNetworkRequest(url));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        reply->deleteLater();
        checkStillWaiting();
        if (QTest::currentTestFailed()) {
            qWarning("after GET %s", path);
            return;
        }
    }
    finishSignIn();
}

void TestLoopbackListener::manyStrayConnections()
{
    start();
    const quint16 port = quint16(m_session->loopbackRedirectUri().port());
    // 300 connections, 50 at a time (the listen backlog), the listener running meanwhile: silent
    // ones that stay open, ones that close at once, ones stopping halfway through a request.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int connected = 0;
    for (int round = 0; round < 6; ++round) {
        std::vector<QTcpSocket *> batch;
        for (int i = 0; i < 50; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port);
            batch.push_back(sockets.back().get());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(batch.begin(), batch.end(),
                                             [](QTcpSocket *socket) {
                                                 return socket->state()
                                                     == QAbstractSocket::ConnectedState;
                                             }),
                                 10000);
        for (size_t i = 0; i < batch.size(); ++i) {
            ++connected;
            if (i % 3 == 1)
                batch[i]->abort();
            else if (i % 3 == 2)
                batch[i]->write("GET /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        }
    }
    QCOMPARE(connected, 300);
    QTest::qWait(300);
    checkStillWaiting();
    finishSignIn();
    sockets.clear();
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
