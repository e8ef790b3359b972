#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <vector>

namespace Sources {

// A streaming RFC 4180 reader built for speed: it reads the device in large chunks and hands out
// each record's fields as views into its buffer (valid until the next readRecord()), copying
// only fields that contain doubled quotes.
//
// Accepts quoted fields with delimiters, doubled quotes and line breaks; CRLF, LF or CR line
// ends; a UTF-8 byte order mark; ',' ';' or tab as delimiter, detected from the first line
// unless given. Blank lines are skipped. The reader does not check UTF-8 (see Utf8).
class CsvReader
{
    Q_DISABLE_COPY_MOVE(CsvReader)
public:
    enum class Status {
        Record,    // fields() holds a record
        End,       // no more records
        Malformed, // the record at line() is not valid CSV; reading continues after it
        IoError,
    };

    // delimiter 0: detect from the first line.
    explicit CsvReader(QIODevice &device, char delimiter = 0, qsizetype chunkSize = 1 << 20);

    Status readRecord();

    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    qint64 line() const { return m_recordLine; }        // 1-based line the record starts on
    const QString &problem() const { return m_problem; } // why the record is Malformed
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_hadBom; }
    qint64 bytesConsumed() const { return m_consumed + static_cast<qint64>(m_pos); }

private:
    enum class Parse { Done, NeedMore, Malformed };
    Parse parseRecord(size_t *recordEnd);
    bool fill(); // moves the unparsed tail to the front and reads more; false at end of input
    void detectDelimiter();
    void skipBadRecord();

    static constexpr size_t kMaxRecordSize = 64u << 20; // bounds memory on a stray quote

    QIODevice &m_device;
    std::vector<char> m_buffer;
    size_t m_pos = 0; // start of the unparsed data
    size_t m_end = 0; // end of valid data
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_ioError = false;
    bool m_tooLong = false;
    size_t m_problemOffset = 0;
    bool m_started = false;
    bool m_hadBom = false;
    char m_delimiter = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_linesInRecord = 0;
    QString m_problem;

    struct FieldRef {
        size_t offset; // into m_buffer, or into m_scratch when scratch
        size_t size;
        bool scratch;
    };
    std::vector<FieldRef> m_refs;
    std::vector<QByteArrayView> m_fields;
    std::string m_scratch;
    bool m_special[256] = {};
};

} // namespace Sources
