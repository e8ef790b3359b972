#include "csvreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Sources {

CsvReader::CsvReader(QIODevice &device, char delimiter, qsizetype chunkSize)
    : m_device(device)
    , m_delimiter(delimiter)
{
    m_buffer.resize(static_cast<size_t>(std::max<qsizetype>(chunkSize, 4)));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unparsed tail; grow when a single record fills the whole buffer.
    const size_t tail = m_end - m_pos;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, tail);
        m_consumed += static_cast<qint64>(m_pos);
        m_pos = 0;
        m_end = tail;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= kMaxRecordSize) {
            m_tooLong = true;
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 read = m_device.read(m_buffer.data() + m_end,
                                      static_cast<qint64>(m_buffer.size() - m_end));
    if (read <= 0) {
        m_eof = true;
        m_ioError = read < 0;
        return false;
    }
    m_end += static_cast<size_t>(read);
    return true;
}

void CsvReader::detectDelimiter()
{
    // Count candidates on the first line outside quotes; ',' wins ties and empty lines.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (size_t i = m_pos; i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    m_delimiter = ',';
    if (semicolon > comma && semicolon >= tab)
        m_delimiter = ';';
    else if (tab > comma && tab > semicolon)
        m_delimiter = '\t';
}

CsvReader::Parse CsvReader::parseRecord(size_t *recordEnd)
{
    const char *const base = m_buffer.data();
    const char *p = base + m_pos;
    const char *const end = base + m_end;
    const char delimiter = m_delimiter;
    m_refs.clear();
    m_scratch.clear();
    m_linesInRecord = 0;

    for (;;) {
        // One field starts at p.
        if (p < end && *p == '"') {
            ++p;
            size_t scratchStart = std::string::npos;
            const char *segment = p;
            for (;;) {
                const auto *quote = static_cast<const char *>(
                    std::memchr(p, '"', static_cast<size_t>(end - p)));
                if (!quote) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_problem = QCoreApplication::translate("Csv", "a quoted field is not closed");
                    m_problemOffset = m_pos;
                    return Parse::Malformed;
                }
                if (quote + 1 == end && !m_eof)
                    return Parse::NeedMore; // cannot tell "" from a closing quote yet
                m_linesInRecord += std::count(p, quote, '\n');
                if (quote + 1 < end && quote[1] == '"') {
                    // A doubled quote: the field needs unescaping into the scratch buffer.
                    if (scratchStart == std::string::npos)
                        scratchStart = m_scratch.size();
                    m_scratch.append(segment, static_cast<size_t>(quote + 1 - segment));
                    p = quote + 2;
                    segment = p;
                    continue;
                }
                if (scratchStart == std::string::npos) {
                    m_refs.push_back({static_cast<size_t>(segment - base),
                                      static_cast<size_t>(quote - segment), false});
                } else {
                    m_scratch.append(segment, static_cast<size_t>(quote - segment));
                    m_refs.push_back({scratchStart, m_scratch.size() - scratchStart, true});
                }
                p = quote + 1;
                break;
            }
            if (p < end && *p != delimiter && *p != '\n' && *p != '\r') {
                m_problem = QCoreApplication::translate("Csv", "text follows a closing quote");
                m_problemOffset = static_cast<size_t>(p - base);
                return Parse::Malformed;
            }
        } else {
            const char *start = p;
            while (p < end && !m_special[static_cast<unsigned char>(*p)])
                ++p;
            if (p < end && *p == '"') {
                m_problem = QCoreApplication::translate("Csv", "a quote inside an unquoted field");
                m_problemOffset = static_cast<size_t>(p - base);
                return Parse::Malformed;
            }
            m_refs.push_back({static_cast<size_t>(start - base), static_cast<size_t>(p - start), false});
        }
        // After a field: a delimiter, a line end, or the end of the data.
        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            *recordEnd = m_end;
            return Parse::Done;
        }
        if (*p == delimiter) {
            ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            continue;
        }
        // A line end: CRLF, LF or CR.
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            if (p + 1 < end && p[1] == '\n')
                ++p;
        }
        ++p;
        ++m_linesInRecord;
        *recordEnd = static_cast<size_t>(p - base);
        return Parse::Done;
    }
}

void CsvReader::skipBadRecord()
{
    // Resume on the line after the one where the problem was found (for an unclosed quote: the
    // record's first line, so one stray quote costs one record, not the rest of the file).
    m_line += std::count(m_buffer.data() + m_pos, m_buffer.data() + m_problemOffset, '\n');
    m_pos = m_problemOffset;
    for (;;) {
        const char *base = m_buffer.data();
        const auto *newline = static_cast<const char *>(
            std::memchr(base + m_pos, '\n', m_end - m_pos));
        if (newline) {
            ++m_line;
            m_pos = static_cast<size_t>(newline + 1 - base);
            return;
        }
        m_pos = m_end;
        if (!fill())
            return;
    }
}

CsvReader::Status CsvReader::readRecord()
{
    if (!m_started) {
        m_started = true;
        while (m_end - m_pos < 4 && fill()) {
        }
        if (m_ioError)
            return Status::IoError;
        if (m_end - m_pos >= 3 && std::memcmp(m_buffer.data() + m_pos, "\xEF\xBB\xBF", 3) == 0) {
            m_pos += 3;
            m_hadBom = true;
        }
        if (!m_delimiter)
            detectDelimiter();
        for (char c : {m_delimiter, '"', '\r', '\n'})
            m_special[static_cast<unsigned char>(c)] = true;
    }
    for (;;) {
        // Skip blank lines; a CR at the end of the buffer waits for a possible LF.
        while (m_pos < m_end && (m_buffer[m_pos] == '\n' || m_buffer[m_pos] == '\r')) {
            if (m_buffer[m_pos] == '\r' && m_pos + 1 == m_end && !m_eof)
                break;
            if (m_buffer[m_pos] == '\n' || m_pos + 1 == m_end || m_buffer[m_pos + 1] != '\n')
                ++m_line;
            ++m_pos;
        }
        if (m_end - m_pos <= 1 && !m_eof && (m_pos == m_end || m_buffer[m_pos] == '\r')) {
            if (!fill() && m_ioError)
                return Status::IoError;
            continue;
        }
        if (m_pos == m_end)
            return Status::End;
        size_t recordEnd = 0;
        const Parse parse = parseRecord(&recordEnd);
        if (parse == Parse::NeedMore) {
            if (!fill()) {
                if (m_ioError)
                    return Status::IoError;
                if (m_tooLong) {
                    // Most likely an unclosed quote: report it and resume on the next line.
                    m_tooLong = false;
                    m_recordLine = m_line;
                    m_problem = QCoreApplication::translate(
                        "Csv", "the record is longer than %1 MB (a quoted field is not closed?)")
                                    .arg(kMaxRecordSize >> 20);
                    m_problemOffset = m_pos;
                    skipBadRecord();
                    return Status::Malformed;
                }
            }
            continue; // parse again with more data, or knowing there is no more
        }
        m_recordLine = m_line;
        if (parse == Parse::Malformed) {
            skipBadRecord();
            return Status::Malformed;
        }
        m_line += m_linesInRecord;
        m_pos = recordEnd;
        m_fields.resize(m_refs.size());
        for (size_t i = 0; i < m_refs.size(); ++i) {
            const FieldRef &ref = m_refs[i];
            const char *data = ref.scratch ? m_scratch.data() + ref.offset : m_buffer.data() + ref.offset;
            m_fields[i] = QByteArrayView(data, static_cast<qsizetype>(ref.size));
        }
        return Status::Record;
    }
}

} // namespace Sources
