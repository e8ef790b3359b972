#include "httpserver.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxHttp, "audiencebridge.sandbox")

namespace Sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.addHeader("Content-Type", "application/json; charset=utf-8");
    response.body = body;
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.addHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = body;
    return response;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse response;
    response.status = 302;
    response.addHeader("Location", location);
    return response;
}

struct HttpServer::Connection
{
    QByteArray buffer;
    bool busy = false; // a response is pending (latency): later requests wait in the buffer
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    qDeleteAll(m_connections);
}

quint16 HttpServer::listen(quint16 port)
{
    // Loopback only: the sandbox must never be reachable from another machine.
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [socket](QAbstractSocket::SocketError error) {
            qCDebug(lcSandboxHttp) << "connection error" << error << socket->errorString();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::processBuffer(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer.append(socket->readAll());
    if (connection->busy)
        return;

    QByteArray &buffer = connection->buffer;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderSize)
            sendResponse(socket, HttpResponse::text(400, "header too large\n"), false);
        return;
    }

    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        sendResponse(socket, HttpResponse::text(400, "malformed request line\n"), false);
        return;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        sendResponse(socket, HttpResponse::text(411, "send a Content-Length body\n"), false);
        return;
    }
    bool ok = true;
    const QByteArray lengthHeader = request.header("content-length");
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodySize) {
        sendResponse(socket, HttpResponse::text(413, "body too large\n"), false);
        return;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < length)
        return; // wait for the rest of the body
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    request.url = baseUrl().resolved(QUrl::fromEncoded(request.target));

    const bool keepAlive = request.header("connection").toLower() != "close"
        && requestLine[2] == "HTTP/1.1";
    const HttpResponse response = m_handler(request);
    if (response.delayMs <= 0) {
        sendResponse(socket, response, keepAlive);
        return;
    }
    connection->busy = true;
    QTimer::singleShot(response.delayMs, socket, [this, socket, response, keepAlive] {
        if (Connection *c = m_connections.value(socket))
            c->busy = false;
        sendResponse(socket, response, keepAlive);
    });
}

void HttpServer::sendResponse(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += keepAlive ? QByteArray("Connection: keep-alive\r\n\r\n") : QByteArray("Connection: close\r\n\r\n");

    if (response.resetConnection) {
        qCDebug(lcSandboxHttp) << "injected reset";
        // Headers and half the body, then a hard close: the client sees a connection reset
        // in the middle of a response, not a clean error it could mistake for an answer.
        socket->write(head);
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(head);
    socket->write(response.body);
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    // Requests that arrived while this one was delayed.
    const Connection *connection = m_connections.value(socket);
    if (connection && !connection->buffer.isEmpty()) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [this, guard] {
            if (guard)
                processBuffer(guard);
        });
    }
}

} // namespace Sandbox
