#include "sandboxserver.h"

#include "httpserver.h"
#include "sandboxapi.h"
#include "sandboxoauth.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)

namespace Sandbox {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

HttpResponse unauthorized(const char *reason)
{
    // Snapchat answers some 401s with a bare string rather than a JSON envelope.
    HttpResponse response = HttpResponse::text(401, reason);
    response.addHeader("WWW-Authenticate", "Bearer");
    return response;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_data(SandboxData::seeded())
    , m_oauth(std::make_unique<SandboxOAuth>(m_options))
    , m_http(new HttpServer([this](const HttpRequest &request) { return handle(request); }, this))
    , m_random(m_options.seed)
{
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveState(&error))
            qCWarning(lcSandboxHttp) << "cannot save the sandbox state:" << error;
    });
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive()) {
        QString error;
        saveState(&error);
    }
}

quint16 SandboxServer::listen(quint16 port)
{
    if (!m_options.statePath.isEmpty() && QFileInfo::exists(m_options.statePath)
        && !m_data.load(m_options.statePath, &m_errorString)) {
        return 0;
    }
    const quint16 bound = m_http->listen(port);
    if (bound == 0) {
        m_errorString = m_http->errorString();
        return 0;
    }
    m_api = std::make_unique<SandboxApi>(m_data, m_http->baseUrl());
    return bound;
}

QUrl SandboxServer::baseUrl() const
{
    return m_http->baseUrl();
}

QString SandboxServer::adAccountId() const
{
    return m_data.adAccounts.at(0).id;
}

QString SandboxServer::foreignAdAccountId() const
{
    return m_data.adAccounts.at(1).id;
}

QString SandboxServer::firstPartySegmentId() const
{
    return QStringLiteral("seg-0001");
}

QString SandboxServer::nonFirstPartySegmentId() const
{
    return QStringLiteral("seg-0003");
}

QSet<QByteArray> SandboxServer::hashes(const QString &segmentId, const QString &schema) const
{
    QSet<QByteArray> result;
    if (const SandboxSegment *segment = m_data.segment(segmentId)) {
        const HashSet set = segment->hashesBySchema.value(schema);
        result.reserve(set.size());
        for (const HashKey &key : set)
            result.insert(key.toHex());
    }
    return result;
}

qsizetype SandboxServer::userCount(const QString &segmentId) const
{
    const SandboxSegment *segment = m_data.segment(segmentId);
    return segment ? segment->userCount() : 0;
}

std::pair<QString, QString> SandboxServer::issueTokens()
{
    return m_oauth->issueTokens();
}

void SandboxServer::expireAccessTokens()
{
    m_oauth->expireAccessTokens();
}

void SandboxServer::revokeRefreshTokens()
{
    m_oauth->revokeRefreshTokens();
}

void SandboxServer::failNextTokenRequests(int count)
{
    m_oauth->failNextTokenRequests(count);
}

int SandboxServer::tokenGrants() const
{
    return m_oauth->tokenGrants();
}

int SandboxServer::refreshGrants() const
{
    return m_oauth->refreshGrants();
}

int SandboxServer::partialFailures() const
{
    return m_api ? m_api->partialFailures() : 0;
}

QString SandboxServer::statsLine() const
{
    QStringList fields{QStringLiteral("api_requests=%1").arg(m_apiRequests)};
    QList<int> statuses = m_statusCounts.keys();
    std::sort(statuses.begin(), statuses.end());
    for (const int status : std::as_const(statuses))
        fields.append(QStringLiteral("status_%1=%2").arg(status).arg(m_statusCounts.value(status)));
    fields.append(QStringLiteral("resets=%1").arg(m_resets));
    fields.append(QStringLiteral("partial_failures=%1").arg(partialFailures()));
    fields.append(QStringLiteral("code_grants=%1").arg(tokenGrants()));
    fields.append(QStringLiteral("refresh_grants=%1").arg(refreshGrants()));
    fields.append(QStringLiteral("refresh_revoked=%1").arg(m_oauth->refreshRevoked() ? 1 : 0));
    return fields.join(QLatin1Char(' '));
}

bool SandboxServer::saveState(QString *error) const
{
    if (m_options.statePath.isEmpty())
        return true;
    return m_data.save(m_options.statePath, error);
}

HttpResponse SandboxServer::handle(const HttpRequest &request)
{
    if (m_oauth->handles(request))
        return m_oauth->handle(request);
    if (request.url.path().startsWith(QLatin1StringView("/v1/"))) {
        HttpResponse response = handleApi(request);
        m_statusCounts[response.status] += 1;
        if (m_options.latencyMs > 0)
            response.delayMs = m_options.latencyMs;
        if (m_api->changedSinceLastCall())
            scheduleSave();
        return response;
    }
    return HttpResponse::text(404, "not found\n");
}

HttpResponse SandboxServer::handleApi(const HttpRequest &request)
{
    ++m_apiRequests;
    if (m_options.revokeAfter >= 0 && m_apiRequests >= m_options.revokeAfter && !m_oauth->refreshRevoked())
        m_oauth->revokeRefreshTokens();

    QString token;
    switch (m_oauth->checkAccessToken(request.header("authorization"), &token)) {
    case SandboxOAuth::TokenCheck::Missing:
        return unauthorized("Unauthorized: missing bearer token");
    case SandboxOAuth::TokenCheck::Unknown:
        return unauthorized("Unauthorized: invalid access token");
    case SandboxOAuth::TokenCheck::Expired:
        return unauthorized("Unauthorized: access token expired");
    case SandboxOAuth::TokenCheck::Valid:
        break;
    }
    if (rateLimited(token) || chance(m_options.throttleRate)) {
        HttpResponse response = SandboxApi::error(429, "E1008", QStringLiteral("Too many requests"),
                                                  QStringLiteral("You have made too many requests. Try again later."));
        if (m_options.retryAfterSeconds > 0)
            response.addHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        return response;
    }
    if (chance(m_options.failRate)) {
        const int status = m_random.bounded(2) == 0 ? 500 : 503;
        return SandboxApi::error(status, "E1000", QStringLiteral("Injected server error"));
    }
    const bool partialFailure = chance(m_options.partialFailureRate);
    HttpResponse response = m_api->handle(request, partialFailure);
    if (chance(m_options.resetRate)) {
        response.resetConnection = true;
        ++m_resets;
    }
    return response;
}

bool SandboxServer::rateLimited(const QString &token)
{
    if (m_options.rateLimitPerSecond <= 0)
        return false;
    std::deque<qint64> &times = m_requestTimes[token];
    const qint64 now = monotonicMs();
    while (!times.empty() && times.front() <= now - 1000)
        times.pop_front();
    if (qsizetype(times.size()) >= m_options.rateLimitPerSecond)
        return true;
    times.push_back(now);
    return false;
}

bool SandboxServer::chance(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

void SandboxServer::scheduleSave()
{
    if (!m_options.statePath.isEmpty())
        m_saveTimer.start(m_options.saveDelayMs);
}

} // namespace Sandbox
