#pragma once

#include "runcounts.h"

#include <identity/identifiertype.h>
#include <identity/rejectreason.h>
#include <identity/sha256.h>

#include <QByteArray>
#include <QString>

#include <vector>

namespace Exporting {

// The raw identifier values of one profile, UTF-8, one per schema (empty when the profile's
// field is empty or the export does not match on that schema).
struct ProfileIdentifiers {
    std::array<QByteArray, kSchemaCount> values;

    QByteArray &operator[](Identity::IdentifierType type) { return values[static_cast<size_t>(type)]; }
};

// The outcome for one identifier: its digest, or why it was rejected.
struct HashOutcome {
    Identity::RejectReason reason = Identity::RejectReason::None;
    Identity::Sha256::Digest digest{};

    bool ok() const { return reason == Identity::RejectReason::None; }
};

// Normalizes and hashes the identifiers of many profiles at once, spread over all cores (phone
// numbers cost ~10 µs each in libphonenumber, emails ~0.15 µs).
class ProfileHasher
{
public:
    ProfileHasher(std::array<bool, kSchemaCount> activeSchemas, const QString &defaultRegion);

    // outcomes[row][schema] for every row; inactive schemas are left untouched.
    using RowOutcomes = std::array<HashOutcome, kSchemaCount>;
    void hash(const std::vector<ProfileIdentifiers> &rows, std::vector<RowOutcomes> &outcomes) const;

private:
    void hashSlice(const ProfileIdentifiers *rows, RowOutcomes *outcomes, qsizetype count) const;

    std::array<bool, kSchemaCount> m_active;
    QString m_defaultRegion;
    int m_threads;
};

} // namespace Exporting
