#pragma once

#include "apitypes.h"
#include "connectionsettings.h"

#include <identity/identifiertype.h>

#include <QByteArray>
#include <QList>

namespace Snapchat {

// Builds the Marketing API's URLs and bodies. Pure functions: tested without a network.
namespace ApiRequests {

constexpr qsizetype kMaxIdentifiersPerRequest = 100000;
constexpr int kMinPageSize = 50;
constexpr int kMaxPageSize = 1000;

QUrl meUrl(const ConnectionSettings &settings);
QUrl organizationsUrl(const ConnectionSettings &settings); // with_ad_accounts=true
QUrl segmentsUrl(const ConnectionSettings &settings, const QString &adAccountId, int limit = kMaxPageSize);
QUrl createSegmentUrl(const ConnectionSettings &settings, const QString &adAccountId);
QUrl segmentUrl(const ConnectionSettings &settings, const QString &segmentId);
QUrl usersUrl(const ConnectionSettings &settings, const QString &segmentId);
QUrl allUsersUrl(const ConnectionSettings &settings, const QString &segmentId);

QByteArray createSegmentBody(const NewSegment &segment);

// True for exactly 64 lowercase hex characters.
bool isSha256Hex(QByteArrayView value);

// {"users":[{"schema":["EMAIL_SHA256"],"data":[["<hex>"],...]}]} built by plain appends
// (about 70 bytes a hash, no JSON document). The hashes must be 64 lowercase hex characters:
// returns an empty array, and sets *badIndex, for the first one that is not; also empty when
// there are none or more than kMaxIdentifiersPerRequest.
QByteArray usersBody(Identity::IdentifierType schema, const QList<QByteArray> &hashes,
                     qsizetype *badIndex = nullptr);

} // namespace ApiRequests
} // namespace Snapchat
