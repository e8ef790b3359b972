#pragma once

#include "apierror.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Snapchat {

// The outcome of a call: a value, or an error (value left default-constructed).
template<typename T>
struct Result
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

struct Me
{
    QString id;
    QString displayName;
    QString email;
    QString organizationId;
};

struct AdAccount
{
    QString id;
    QString name;
    QString organizationId;
    QString status;
};

struct Organization
{
    QString id;
    QString name;
    QList<AdAccount> adAccounts;
};

struct Segment
{
    QString id;
    QString adAccountId;
    QString name;
    QString description;
    QString sourceType;       // FIRST_PARTY for customer lists
    int retentionInDays = 0;
    QString status;           // ACTIVE, PENDING, ... (unknown values kept as they come)
    QString uploadStatus;     // NO_UPLOAD, PROCESSING, COMPLETE
    QString targetableStatus; // NOT_READY, TOO_FEW_USERS, READY
    qint64 approximateNumberUsers = 0;

    bool isFirstParty() const { return sourceType == QLatin1StringView("FIRST_PARTY"); }
};

struct SegmentPage
{
    QList<Segment> segments;
    QUrl nextLink; // empty on the last page
};

struct NewSegment
{
    QString adAccountId;
    QString name;
    QString description;
    int retentionInDays = 9999; // 9999: lifetime; cannot be changed later
};

struct UsersResult
{
    qint64 numberUploadedUsers = 0;
};

} // namespace Snapchat
