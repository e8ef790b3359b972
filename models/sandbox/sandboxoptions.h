#pragma once

#include <QString>
#include <QStringList>

namespace Sandbox {

// Everything the `audiencebridge sandbox` options set. Fault injection is off by default.
struct SandboxOptions
{
    QString clientId = QStringLiteral("sandbox-client-id");
    QString clientSecret = QStringLiteral("sandbox-client-secret");
    // Registered redirect URIs; empty accepts any http loopback or https URI.
    QStringList redirectUris;
    QString statePath;            // --state FILE: loaded at start, saved after changes
    // --issued-tokens FILE: every access and refresh token issued is appended to it, for tests
    // that search what the client wrote for them.
    QString issuedTokensPath;
    int tokenTtlSeconds = 1800;   // --token-ttl
    int codeTtlSeconds = 600;
    bool autoApprove = true;      // false: the authorize URL serves an approve page
    int rateLimitPerSecond = 10;  // per access token; 0 disables
    int retryAfterSeconds = 0;    // --retry-after: sent with 429 when > 0
    int latencyMs = 0;            // --latency-ms: added to every /v1 answer
    double throttleRate = 0;      // --throttle-rate: random 429 on top of the rate limit
    double failRate = 0;          // --fail-rate: random 500 or 503
    double resetRate = 0;         // --reset-rate: connection closed mid-response
    double partialFailureRate = 0; // --partial-failure-rate: 200 with sub_request_status ERROR
    int revokeAfter = -1;         // --revoke-after N: at the Nth request the refresh tokens issued so far stop working
    quint32 seed = 1;             // --seed
    int saveDelayMs = 1000;       // state file written this long after the last change
};

} // namespace Sandbox
