#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Sandbox {

// One parsed HTTP/1.1 request. Header names are lowercased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // the request target as sent (path and query, still encoded)
    QUrl url;          // target resolved against the server's base URL
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowercaseName) const { return headers.value(lowercaseName); }
};

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;              // fault injection: answer after this delay
    bool resetConnection = false; // fault injection: send half the response, then abort

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse redirect(const QByteArray &location);
};

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies, any number of
// connections, one request at a time per connection. Listens on 127.0.0.1 only.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    static constexpr qsizetype kMaxBodySize = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderSize = 64 * 1024;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;
    Q_DISABLE_COPY_MOVE(HttpServer)

    // Returns the bound port, or 0 when listening failed.
    quint16 listen(quint16 port);
    quint16 port() const;
    QUrl baseUrl() const;
    QString errorString() const;

private:
    struct Connection;
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void sendResponse(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection *> m_connections;
};

} // namespace Sandbox
