#pragma once

#include "httpserver.h"
#include "sandboxdata.h"

#include <QJsonObject>

namespace Sandbox {

// The /v1 resources: me, organizations, ad accounts, segments and their users. Answers with the
// envelopes of the real API and validates requests as strictly as Snapchat does.
class SandboxApi
{
public:
    static constexpr qsizetype kMaxIdentifiersPerRequest = 100000;
    static constexpr int kMaxSegmentsPerAdAccount = 1000;

    SandboxApi(SandboxData &data, QUrl baseUrl);
    Q_DISABLE_COPY_MOVE(SandboxApi)

    // partialFailure: answer users add/remove with HTTP 200 and a failed sub-request.
    HttpResponse handle(const HttpRequest &request, bool partialFailure);
    bool changedSinceLastCall(); // true once after a request changed the data
    int partialFailures() const { return m_partialFailures; } // users changes answered with a failed sub-request

    static QByteArray newRequestId();
    static HttpResponse error(int status, const char *errorCode, const QString &debugMessage,
                              const QString &displayMessage = {});

private:
    HttpResponse me() const;
    HttpResponse organizations(const HttpRequest &request) const;
    HttpResponse adAccounts(const QString &organizationId) const;
    HttpResponse listSegments(const HttpRequest &request, const QString &adAccountId) const;
    HttpResponse createSegments(const HttpRequest &request, const QString &adAccountId);
    HttpResponse getSegment(const QString &segmentId) const;
    HttpResponse changeUsers(const HttpRequest &request, const QString &segmentId, bool add,
                             bool partialFailure);
    HttpResponse removeAllUsers(const QString &segmentId);
    // Resolves a segment the caller may use; fills response with 404/403 otherwise.
    SandboxSegment *accessibleSegment(const QString &segmentId, HttpResponse *response);
    const SandboxAdAccount *accessibleAdAccount(const QString &adAccountId, HttpResponse *response) const;

    QJsonObject segmentJson(const SandboxSegment &segment) const;
    QJsonObject adAccountJson(const SandboxAdAccount &account) const;

    SandboxData &m_data;
    QUrl m_baseUrl;
    bool m_changed = false;
    int m_partialFailures = 0;
};

} // namespace Sandbox
