#pragma once

#include "sandboxdata.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Sandbox {

// The body of POST/DELETE /v1/segments/{id}/users:
// {"users":[{"schema":["EMAIL_SHA256"],"data":[["<hex>"],...]}]}
struct UsersBody
{
    QString schema;
    QString segmentId; // optional "id" inside users[0]
    std::vector<HashKey> hashes;
    QString error; // empty when the body is valid; names the offending field otherwise
};

// Parses and validates: one users element, exactly one known schema, every data row a
// one-element list holding 64 lowercase hex characters, at most maxIdentifiers rows.
UsersBody parseUsersBody(const QByteArray &body, qsizetype maxIdentifiers);

} // namespace Sandbox
