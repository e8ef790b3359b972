#include "profilehasher.h"

#include <identity/identifierhasher.h>

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

namespace Exporting {

using Identity::IdentifierHasher;
using Identity::IdentifierType;

namespace {
// Below this many rows a thread costs more than it saves.
constexpr qsizetype kMinRowsPerThread = 2048;
} // namespace

ProfileHasher::ProfileHasher(std::array<bool, kSchemaCount> activeSchemas,
                             const QString &defaultRegion)
    : m_active(activeSchemas)
    , m_defaultRegion(defaultRegion)
    , m_threads(std::max(1, QThread::idealThreadCount()))
{
}

void ProfileHasher::hash(const std::vector<ProfileIdentifiers> &rows,
                         std::vector<RowOutcomes> &outcomes) const
{
    const auto count = static_cast<qsizetype>(rows.size());
    outcomes.resize(rows.size());
    const qsizetype slices = std::clamp<qsizetype>(count / kMinRowsPerThread, 1, m_threads);
    if (slices == 1) {
        hashSlice(rows.data(), outcomes.data(), count);
        return;
    }
    struct Slice {
        qsizetype begin;
        qsizetype end;
    };
    std::vector<Slice> work;
    for (qsizetype i = 0; i < slices; ++i)
        work.push_back({i * count / slices, (i + 1) * count / slices});
    QtConcurrent::blockingMap(work, [&](const Slice &slice) {
        hashSlice(rows.data() + slice.begin, outcomes.data() + slice.begin, slice.end - slice.begin);
    });
}

void ProfileHasher::hashSlice(const ProfileIdentifiers *rows, RowOutcomes *outcomes,
                              qsizetype count) const
{
    // Hashers own OpenSSL contexts and buffers: one set per slice, never shared between threads.
    std::array<std::unique_ptr<IdentifierHasher>, kSchemaCount> hashers;
    for (size_t s = 0; s < hashers.size(); ++s) {
        if (m_active[s])
            hashers[s] = std::make_unique<IdentifierHasher>(static_cast<IdentifierType>(s), m_defaultRegion);
    }
    for (qsizetype row = 0; row < count; ++row) {
        for (size_t s = 0; s < hashers.size(); ++s) {
            if (!hashers[s])
                continue;
            HashOutcome &outcome = outcomes[row][s];
            outcome.reason = hashers[s]->digest(rows[row].values[s], outcome.digest).reason;
        }
    }
}

} // namespace Exporting
