#include "runcounts.h"

#include <numeric>

namespace Exporting {

using Identity::IdentifierType;
using Identity::RejectReason;

namespace {
const QLatin1StringView kProfiles("profiles");
const QLatin1StringView kUploaded("uploaded");
const QLatin1StringView kAlreadyInAudience("already_in_audience");
const QLatin1StringView kDuplicates("duplicates");
const QLatin1StringView kFailed("failed");
const QLatin1StringView kNotSent("not_sent");
const QLatin1StringView kRejected("rejected");
const QLatin1StringView kRemoved("removed");
const QLatin1StringView kSchemas("schemas");

constexpr std::array kAllTypes{IdentifierType::Email, IdentifierType::Phone,
                               IdentifierType::MobileAdId};
} // namespace

QLatin1StringView rejectionKey(RejectReason reason)
{
    return reason == RejectReason::Empty ? QLatin1StringView("missing_field")
                                         : Identity::reasonCode(reason);
}

qint64 SchemaCounts::rejectedTotal() const
{
    return std::accumulate(rejected.begin(), rejected.end(), qint64(0));
}

qint64 SchemaCounts::accountedFor() const
{
    return uploaded + alreadyInAudience + duplicates + failed + notSent + rejectedTotal();
}

QJsonObject SchemaCounts::toJson() const
{
    QJsonObject reasons;
    for (int i = 1; i < kReasonCount; ++i) {
        if (rejected[static_cast<size_t>(i)] > 0)
            reasons.insert(rejectionKey(static_cast<RejectReason>(i)), rejected[static_cast<size_t>(i)]);
    }
    return {{kProfiles, profiles},   {kUploaded, uploaded}, {kAlreadyInAudience, alreadyInAudience},
            {kDuplicates, duplicates}, {kFailed, failed},   {kNotSent, notSent},
            {kRejected, reasons},      {kRemoved, removed}};
}

SchemaCounts SchemaCounts::fromJson(const QJsonObject &object)
{
    SchemaCounts counts;
    counts.profiles = object.value(kProfiles).toInteger();
    counts.uploaded = object.value(kUploaded).toInteger();
    counts.alreadyInAudience = object.value(kAlreadyInAudience).toInteger();
    counts.duplicates = object.value(kDuplicates).toInteger();
    counts.failed = object.value(kFailed).toInteger();
    counts.notSent = object.value(kNotSent).toInteger();
    counts.removed = object.value(kRemoved).toInteger();
    const QJsonObject reasons = object.value(kRejected).toObject();
    for (int i = 1; i < kReasonCount; ++i) {
        counts.rejected[static_cast<size_t>(i)] =
            reasons.value(rejectionKey(static_cast<RejectReason>(i))).toInteger();
    }
    return counts;
}

bool RunCounts::addsUp() const
{
    for (size_t i = 0; i < bySchema.size(); ++i) {
        if (active[i] && (bySchema[i].profiles != profiles || !bySchema[i].addsUp()))
            return false;
    }
    return true;
}

qint64 RunCounts::uploaded() const
{
    qint64 total = 0;
    for (const SchemaCounts &counts : bySchema)
        total += counts.uploaded;
    return total;
}

QJsonObject RunCounts::toJson() const
{
    QJsonObject schemas;
    for (const IdentifierType type : kAllTypes) {
        if (active[static_cast<size_t>(type)])
            schemas.insert(Identity::schemaName(type), (*this)[type].toJson());
    }
    return {{kProfiles, profiles}, {kSchemas, schemas}};
}

RunCounts RunCounts::fromJson(const QJsonObject &object)
{
    RunCounts counts;
    counts.profiles = object.value(kProfiles).toInteger();
    const QJsonObject schemas = object.value(kSchemas).toObject();
    for (const IdentifierType type : kAllTypes) {
        const QJsonValue value = schemas.value(Identity::schemaName(type));
        if (value.isObject()) {
            counts.active[static_cast<size_t>(type)] = true;
            counts[type] = SchemaCounts::fromJson(value.toObject());
        }
    }
    return counts;
}

} // namespace Exporting
