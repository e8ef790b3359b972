#pragma once

#include <identity/sha256.h>

#include <QFile>
#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <vector>

namespace Exporting {

using Digest = Identity::Sha256::Digest;

// Sorts any number of digests with bounded memory and hands them back distinct and in ascending
// byte order (the order SQLite sorts BLOBs in). Up to `memoryBudget` digests are sorted in
// memory; beyond that, sorted runs spill to a temporary file and are merged at the end. This is
// what keeps an export's memory flat from 1 million to 10 million profiles.
class DigestSorter
{
public:
    explicit DigestSorter(qsizetype memoryBudget = kDefaultMemoryBudget);
    ~DigestSorter();
    Q_DISABLE_COPY_MOVE(DigestSorter)

    static constexpr qsizetype kDefaultMemoryBudget = 1 << 20; // 32 MiB of digests

    // Adds a digest; false with error() when spilling to disk failed.
    bool add(const Digest &digest);
    // Ends adding; reading starts.
    bool finish();
    // The next distinct digest; false at the end (or on a read error: see error()).
    bool next(Digest &digest);

    qint64 added() const { return m_added; }
    // Distinct digests handed out by next() so far; once next() returned false, added() minus
    // this is the number of duplicates.
    qint64 distinct() const { return m_distinct; }
    int spilledRuns() const { return static_cast<int>(m_runs.size()); }
    QString error() const { return m_error; }

private:
    class RunReader;

    bool spill();
    bool nextSorted(Digest &digest);

    qsizetype m_memoryBudget;
    std::vector<Digest> m_buffer;
    size_t m_bufferPosition = 0;
    std::unique_ptr<QTemporaryFile> m_spillFile;
    std::vector<std::unique_ptr<RunReader>> m_runs;
    std::vector<std::pair<Digest, size_t>> m_heap;
    bool m_finished = false;
    bool m_hasLast = false;
    Digest m_last{};
    qint64 m_added = 0;
    qint64 m_distinct = 0;
    QString m_error;
};

// An append-only file of digests read back in batches by position: the hashes a run still has
// to send, for one schema and one action.
class DigestQueue
{
public:
    DigestQueue() = default;
    Q_DISABLE_COPY_MOVE(DigestQueue)

    bool append(const Digest &digest);
    bool flush();
    qint64 size() const { return m_size; }
    // Up to maxCount digests starting at position first (0-based).
    bool read(qint64 first, qint64 maxCount, std::vector<Digest> &digests);
    QString error() const;

private:
    bool open();

    std::unique_ptr<QTemporaryFile> m_file;
    std::vector<Digest> m_writeBuffer;
    qint64 m_size = 0;
};

} // namespace Exporting
