// Feeds arbitrary bytes to the CSV reader, with a small chunk size so records cross chunk
// boundaries, and checks the UTF-8 of every field as the importer does.
#include "sources/csvreader.h"
#include "sources/utf8.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the delimiter (or detection) and the chunk size.
    const uint8_t control = data[0];
    static constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    const char delimiter = kDelimiters[control & 3];
    const qsizetype chunkSize = (control & 4) ? 7 : 4096;

    QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    Sources::CsvReader reader(device, delimiter, chunkSize);
    for (int records = 0; records < 100000; ++records) {
        const auto status = reader.readRecord();
        if (status == Sources::CsvReader::Status::End || status == Sources::CsvReader::Status::IoError)
            break;
        if (status == Sources::CsvReader::Status::Malformed) {
            if (reader.problem().isEmpty() || reader.line() < 1)
                __builtin_trap(); // a malformed record must say why and where
            continue;
        }
        for (const QByteArrayView field : reader.fields())
            (void)Sources::isValidUtf8(field);
        if (reader.bytesConsumed() > bytes.size())
            __builtin_trap();
    }
    return 0;
}
