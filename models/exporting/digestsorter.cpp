#include "digestsorter.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Exporting {

namespace {

constexpr qint64 kDigestBytes = Identity::Sha256::kDigestSize;
constexpr size_t kReadAhead = 4096; // digests per buffered read (128 KiB)

QString spillTemplate()
{
    return QDir::temp().filePath(QStringLiteral("audiencebridge-hashes-XXXXXX"));
}

bool readDigests(QFile &file, qint64 position, qint64 count, std::vector<Digest> &into)
{
    into.resize(static_cast<size_t>(count));
    if (!file.seek(position * kDigestBytes))
        return false;
    const qint64 bytes = count * kDigestBytes;
    return file.read(reinterpret_cast<char *>(into.data()), bytes) == bytes;
}

} // namespace

// Reads one sorted run of the spill file through a small buffer.
class DigestSorter::RunReader
{
public:
    RunReader(const QString &path, qint64 first, qint64 count)
        : m_file(path)
        , m_next(first)
        , m_end(first + count)
    {
    }

    bool open() { return m_file.open(QIODevice::ReadOnly); }

    // false at the end of the run; error set on a read failure.
    bool next(Digest &digest, bool &error)
    {
        if (m_position == m_buffer.size()) {
            if (m_next == m_end)
                return false;
            const qint64 count = std::min<qint64>(kReadAhead, m_end - m_next);
            if (!readDigests(m_file, m_next, count, m_buffer)) {
                error = true;
                return false;
            }
            m_next += count;
            m_position = 0;
        }
        digest = m_buffer[m_position++];
        return true;
    }

private:
    QFile m_file;
    qint64 m_next;
    qint64 m_end;
    std::vector<Digest> m_buffer;
    size_t m_position = 0;
};

DigestSorter::DigestSorter(qsizetype memoryBudget)
    : m_memoryBudget(std::max<qsizetype>(memoryBudget, 1))
{
}

DigestSorter::~DigestSorter() = default;

bool DigestSorter::add(const Digest &digest)
{
    m_buffer.push_back(digest);
    ++m_added;
    if (static_cast<qsizetype>(m_buffer.size()) >= m_memoryBudget)
        return spill();
    return true;
}

bool DigestSorter::spill()
{
    std::sort(m_buffer.begin(), m_buffer.end());
    m_buffer.erase(std::unique(m_buffer.begin(), m_buffer.end()), m_buffer.end());
    if (!m_spillFile) {
        m_spillFile = std::make_unique<QTemporaryFile>(spillTemplate());
        if (!m_spillFile->open()) {
            m_error = QCoreApplication::translate("Exporting", "Cannot create a temporary file in %1: %2")
                          .arg(QDir::tempPath(), m_spillFile->errorString());
            return false;
        }
    }
    const qint64 first = m_spillFile->size() / kDigestBytes;
    const qint64 bytes = static_cast<qint64>(m_buffer.size()) * kDigestBytes;
    if (!m_spillFile->seek(m_spillFile->size())
        || m_spillFile->write(reinterpret_cast<const char *>(m_buffer.data()), bytes) != bytes) {
        m_error = QCoreApplication::translate("Exporting", "Writing the temporary file %1 failed: %2")
                      .arg(m_spillFile->fileName(), m_spillFile->errorString());
        return false;
    }
    m_runs.push_back(std::make_unique<RunReader>(m_spillFile->fileName(), first,
                                                 static_cast<qint64>(m_buffer.size())));
    m_buffer.clear();
    return true;
}

bool DigestSorter::finish()
{
    m_finished = true;
    if (m_runs.empty()) {
        std::sort(m_buffer.begin(), m_buffer.end());
        return true;
    }
    if (!m_buffer.empty() && !spill())
        return false;
    m_buffer.shrink_to_fit();
    if (!m_spillFile->flush()) {
        m_error = m_spillFile->errorString();
        return false;
    }
    for (size_t i = 0; i < m_runs.size(); ++i) {
        Digest first{};
        bool failed = false;
        if (!m_runs[i]->open()) {
            m_error = QCoreApplication::translate("Exporting", "Cannot read the temporary file %1").arg(m_spillFile->fileName());
            return false;
        }
        if (m_runs[i]->next(first, failed))
            m_heap.emplace_back(first, i);
        if (failed) {
            m_error = QCoreApplication::translate("Exporting", "Reading the temporary file %1 failed").arg(m_spillFile->fileName());
            return false;
        }
    }
    std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    return true;
}

bool DigestSorter::nextSorted(Digest &digest)
{
    if (m_runs.empty()) {
        if (m_bufferPosition == m_buffer.size())
            return false;
        digest = m_buffer[m_bufferPosition++];
        return true;
    }
    if (m_heap.empty())
        return false;
    std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    auto &[smallest, run] = m_heap.back();
    digest = smallest;
    bool failed = false;
    if (m_runs[run]->next(smallest, failed)) {
        std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    } else {
        m_heap.pop_back();
        if (failed) {
            m_error = QCoreApplication::translate("Exporting", "Reading the temporary file %1 failed").arg(m_spillFile->fileName());
            return false;
        }
    }
    return true;
}

bool DigestSorter::next(Digest &digest)
{
    Q_ASSERT(m_finished);
    while (nextSorted(digest)) {
        if (m_hasLast && digest == m_last)
            continue;
        m_hasLast = true;
        m_last = digest;
        ++m_distinct;
        return true;
    }
    return false;
}

bool DigestQueue::open()
{
    if (m_file)
        return true;
    m_file = std::make_unique<QTemporaryFile>(spillTemplate());
    m_writeBuffer.reserve(kReadAhead);
    return m_file->open();
}

bool DigestQueue::append(const Digest &digest)
{
    if (!open())
        return false;
    m_writeBuffer.push_back(digest);
    ++m_size;
    return m_writeBuffer.size() < kReadAhead || flush();
}

bool DigestQueue::flush()
{
    if (m_writeBuffer.empty())
        return true;
    const qint64 bytes = static_cast<qint64>(m_writeBuffer.size()) * kDigestBytes;
    const bool written = m_file->seek(m_file->size())
        && m_file->write(reinterpret_cast<const char *>(m_writeBuffer.data()), bytes) == bytes;
    m_writeBuffer.clear();
    return written && m_file->flush();
}

bool DigestQueue::read(qint64 first, qint64 maxCount, std::vector<Digest> &digests)
{
    const qint64 count = std::clamp<qint64>(m_size - first, 0, maxCount);
    if (count == 0) {
        digests.clear();
        return true;
    }
    return flush() && readDigests(*m_file, first, count, digests);
}

QString DigestQueue::error() const
{
    return m_file ? m_file->errorString() : QString();
}

} // namespace Exporting
