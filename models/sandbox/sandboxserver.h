#pragma once

#include "sandboxdata.h"
#include "sandboxoptions.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

namespace Sandbox {

class HttpServer;
class SandboxApi;
class SandboxOAuth;
struct HttpRequest;
struct HttpResponse;

// The local Snapchat: accounts (OAuth) and Marketing API on one loopback port. Used in-process
// by tests and by `audiencebridge sandbox`.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;
    Q_DISABLE_COPY_MOVE(SandboxServer)

    // Loads the state file if one is set and exists, then listens on 127.0.0.1.
    // Returns the bound port, or 0 with errorString() set.
    quint16 listen(quint16 port = 0);
    QString errorString() const { return m_errorString; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT, both the API and the accounts base URL

    const SandboxOptions &options() const { return m_options; }
    SandboxOptions &options() { return m_options; } // fault injection may change between steps
    const SandboxData &data() const { return m_data; }
    QString organizationId() const { return m_data.organizationId; }
    QString adAccountId() const;        // the ad account the user may manage
    QString foreignAdAccountId() const; // exists, but the user has no role on it (E3002)
    QString firstPartySegmentId() const;
    QString nonFirstPartySegmentId() const;

    // The exact hashes (lowercase hex) an audience holds for one schema.
    QSet<QByteArray> hashes(const QString &segmentId, const QString &schema) const;
    qsizetype userCount(const QString &segmentId) const;

    // Tokens without the browser step, and ways to age them.
    std::pair<QString, QString> issueTokens();
    void expireAccessTokens();
    void revokeRefreshTokens();
    void failNextTokenRequests(int count);
    int tokenGrants() const;
    int refreshGrants() const;

    // Counts of /v1 answers by HTTP status (fault injections included) and of injected resets.
    int apiRequests() const { return m_apiRequests; }
    int statusCount(int status) const { return m_statusCounts.value(status); }
    int resets() const { return m_resets; }
    int partialFailures() const;
    // One line of the counts above and of the token grants, for scripts: "key=value ...".
    QString statsLine() const;

    bool saveState(QString *error) const;

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse handleApi(const HttpRequest &request);
    bool rateLimited(const QString &token);
    bool chance(double rate);
    void scheduleSave();

    SandboxOptions m_options;
    SandboxData m_data;
    std::unique_ptr<SandboxOAuth> m_oauth;
    std::unique_ptr<SandboxApi> m_api;
    HttpServer *m_http = nullptr;
    QRandomGenerator m_random;
    QHash<QString, std::deque<qint64>> m_requestTimes; // per token, the last second's requests
    QHash<int, int> m_statusCounts;
    int m_apiRequests = 0;
    int m_resets = 0;
    QString m_errorString;
    QTimer m_saveTimer;
};

} // namespace Sandbox
