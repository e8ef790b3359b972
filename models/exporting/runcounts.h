#pragma once

#include <identity/identifiertype.h>
#include <identity/rejectreason.h>

#include <QJsonObject>

#include <array>

namespace Exporting {

inline constexpr int kSchemaCount = 3;
inline constexpr int kReasonCount = static_cast<int>(Identity::RejectReason::InvalidMobileAdId) + 1;

// The account of one schema (email, phone or mobile ad ID) in one run: every profile in the
// export's segments lands in exactly one bucket, so the buckets always add up to `profiles`.
struct SchemaCounts {
    qint64 profiles = 0;
    qint64 uploaded = 0;          // sent in this run and confirmed by Snapchat
    qint64 alreadyInAudience = 0; // this export had sent the same hash before
    qint64 duplicates = 0;        // another profile in this run had the same hash
    qint64 failed = 0;            // in a batch Snapchat did not confirm
    qint64 notSent = 0;           // the run was canceled or stopped before sending it
    // By reason; RejectReason::Empty is the profile's field being empty ("missing_field").
    std::array<qint64, kReasonCount> rejected{};
    // Mirror mode only: hashes removed from the audience because their profiles left the
    // segments. Not profiles of this run, so not part of the sum.
    qint64 removed = 0;

    qint64 rejectedTotal() const;
    qint64 accountedFor() const;
    bool addsUp() const { return accountedFor() == profiles; }

    void reject(Identity::RejectReason reason) { ++rejected[static_cast<size_t>(reason)]; }

    QJsonObject toJson() const;
    static SchemaCounts fromJson(const QJsonObject &object);
};

// The counts of a run: one SchemaCounts per schema the export matches on.
struct RunCounts {
    qint64 profiles = 0;
    std::array<SchemaCounts, kSchemaCount> bySchema{};
    std::array<bool, kSchemaCount> active{};

    SchemaCounts &operator[](Identity::IdentifierType type)
    {
        return bySchema[static_cast<size_t>(type)];
    }
    const SchemaCounts &operator[](Identity::IdentifierType type) const
    {
        return bySchema[static_cast<size_t>(type)];
    }

    bool addsUp() const;
    qint64 uploaded() const;

    // {"profiles": N, "schemas": {"EMAIL_SHA256": {...}, ...}}
    QJsonObject toJson() const;
    static RunCounts fromJson(const QJsonObject &object);
};

// "missing_field" for Empty, otherwise the identity reason code.
QLatin1StringView rejectionKey(Identity::RejectReason reason);

} // namespace Exporting
