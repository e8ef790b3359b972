// Certificate checks are never turned off: a guard over the sources (no call that disables them,
// no listener on every interface), and at run time the API client and the OAuth token exchange
// refuse an https server whose certificate nobody vouches for, sending it no request.
#include <snapchat/apisession.h>
#include <snapchat/oauthsession.h>
#include <snapchat/requestexecutor.h>
#include <snapchat/snapchatclient.h>

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Snapchat;

namespace {

// A bearer token that never changes: this test is about the connection, not the sign-in.
class FixedToken : public AccessTokenProvider
{
public:
    QString accessToken() const override { return QStringLiteral("fixed-test-token"); }
    void refreshAccessToken(const RefreshCallback &done) override
    {
        done(ApiError::auth(QStringLiteral("no refresh in this test")));
    }
};

} // namespace

class TestTlsVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourcesNeverDisableCertificateChecks();
    void controlTrustedClientConnects();
    void apiClientRefusesUntrustedCertificate();
    void tokenExchangeRefusesUntrustedCertificate();

private:
    QUrl serverUrl() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslServer m_server;
    int m_handshakes = 0; // completed TLS handshakes
    QByteArray m_received; // decrypted bytes any client sent
};

void TestTlsVerification::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    // A self-signed certificate for 127.0.0.1, made now: valid in every way but trusted by nobody.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !key.isNull());

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(key);
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_handshakes;
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { m_received += socket->readAll(); });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

void TestTlsVerification::sourcesNeverDisableCertificateChecks()
{
    // Every production source: the models, the widgets and the application.
    const QList<QPair<QRegularExpression, const char *>> forbidden {
        { QRegularExpression(QStringLiteral("ignoreSslErrors")), "ignores TLS errors" },
        { QRegularExpression(QStringLiteral("VerifyNone|QueryPeer|setPeerVerifyMode")),
          "weakens peer verification" },
        { QRegularExpression(QStringLiteral("setInsecureFallback\\s*\\(\\s*true")),
          "stores secrets outside the keychain" },
        { QRegularExpression(QStringLiteral("QHostAddress::Any")), "listens on every interface" },
        { QRegularExpression(
              QStringLiteral("QOAuthHttpServerReplyHandler\\s*\\(\\s*(this|nullptr|\\)|[0-9])")),
          "listens on every interface (the default constructor binds all of them)" },
    };
    int files = 0;
    QStringList findings;
    for (const char *folder : { "models", "ui", "app" }) {
        QDirIterator it(QStringLiteral(AB_SOURCE_DIR "/") + QLatin1StringView(folder),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                for (const auto &[pattern, why] : forbidden) {
                    if (pattern.match(lines[i]).hasMatch())
                        findings.append(QStringLiteral("%1:%2 %3: %4")
                                            .arg(file.fileName())
                                            .arg(i + 1)
                                            .arg(QLatin1StringView(why), lines[i].trimmed()));
                }
            }
        }
    }
    QVERIFY2(files > 100, qPrintable(QString::number(files)));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestTlsVerification::controlTrustedClientConnects()
{
    // The server itself works: a client that trusts the certificate completes the handshake.
    const int before = m_handshakes;
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_certificate);
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(socket.isEncrypted(), qPrintable(socket.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_handshakes, before + 1, 5000);
    socket.disconnectFromHost();
}

void TestTlsVerification::apiClientRefusesUntrustedCertificate()
{
    const int handshakes = m_handshakes;
    m_received.clear();
    QNetworkAccessManager network;
    FixedToken tokens;
    RequestExecutor executor(&network, &tokens);
    RetryPolicy once;
    once.maxAttempts = 1;
    executor.setRetryPolicy(once);
    executor.setTransferTimeoutMs(10000);
    ConnectionSettings settings;
    settings.apiBaseUrl = serverUrl();
    settings.accountsBaseUrl = serverUrl();
    SnapchatClient client(settings, &executor);
    std::optional<Result<Me>> me;
    client.me(this, [&](const Result<Me> &result) { me = result; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 20000);
    QVERIFY(!me->ok());
    QCOMPARE(me->error.kind, ApiError::Kind::Transport);
    QCOMPARE(me->error.networkError, QNetworkReply::SslHandshakeFailedError);
    QTest::qWait(200);
    QCOMPARE(m_handshakes, handshakes);
    QVERIFY2(m_received.isEmpty(), m_received.left(200).constData()); // no request, no bearer token
}

void TestTlsVerification::tokenExchangeRefusesUntrustedCertificate()
{
    const int handshakes = m_handshakes;
    m_received.clear();
    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.apiBaseUrl = serverUrl();
    settings.accountsBaseUrl = serverUrl();
    settings.clientId = QStringLiteral("client");
    OAuthSession session(settings, &network);
    session.setClientSecret(QStringLiteral("client-secret-that-must-not-leave"));
    QSignalSpy failed(&session, &OAuthSession::failed);
    QSignalSpy connected(&session, &OAuthSession::connected);
    // A stored refresh token is sent to the token endpoint with the client secret: never over a
    // connection to a server that could not prove who it is.
    session.restore(QStringLiteral("refresh-token-that-must-not-leave"));
    QVERIFY(failed.wait(30000));
    QVERIFY(connected.isEmpty());
    QVERIFY(!session.isConnected());
    QTest::qWait(200);
    QCOMPARE(m_handshakes, handshakes);
    QVERIFY2(m_received.isEmpty(), m_received.left(200).constData());
}

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"
