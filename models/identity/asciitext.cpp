#include "asciitext.h"

#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Identity::AsciiText {

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text[begin]))
        ++begin;
    while (end > begin && isAsciiSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

bool isAscii(QByteArrayView text)
{
    // No early exit: a plain OR over the bytes is what the compiler vectorizes.
    unsigned char highBits = 0;
    for (const char c : text)
        highBits |= static_cast<unsigned char>(c);
    return (highBits & 0x80) == 0;
}

bool isSha256Hex(QByteArrayView text)
{
    if (text.size() != kSha256HexLength)
        return false;
    for (const char c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

void assignLowercase(QByteArrayView text, QByteArray &out)
{
    out.resize(text.size());
    char *dst = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = toLowerAscii(text[i]);
}

void fromHex(QByteArrayView hex, unsigned char *out)
{
    const auto nibble = [](char c) {
        return static_cast<unsigned char>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    };
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        out[i / 2] = static_cast<unsigned char>(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
}

Scan lowercaseAndScanPortable(QByteArrayView text, char *out)
{
    Scan scan;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        scan.ascii &= byte < 0x80;
        scan.atCount += byte == '@';
        scan.controlOrSpace |= byte <= 0x20 || byte == 0x7f;
        out[i] = toLowerAscii(static_cast<char>(byte));
    }
    return scan;
}

#ifdef __SSE2__

namespace {

// Lowercases 16 bytes of which the lowest `valid` count, and folds their scan into scan.
void lowercaseAndScan16(__m128i bytes, int validMask, Scan &scan, __m128i &lowered)
{
    // Signed compares: bytes >= 0x80 are negative, so they are neither upper case letters nor
    // missed by the ascii check (movemask reads their top bit).
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('A' - 1)),
                                        _mm_cmplt_epi8(bytes, _mm_set1_epi8('Z' + 1)));
    lowered = _mm_or_si128(bytes, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
    const int high = _mm_movemask_epi8(bytes) & validMask;
    const int at = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('@'))) & validMask;
    const int control = _mm_movemask_epi8(
                            _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x21)),
                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x7f))))
        & validMask & ~high;
    scan.ascii &= high == 0;
    scan.atCount += std::popcount(static_cast<unsigned>(at));
    scan.controlOrSpace |= control != 0;
}

} // namespace

Scan lowercaseAndScan(QByteArrayView text, char *out)
{
    Scan scan;
    const char *in = text.data();
    qsizetype remaining = text.size();
    __m128i lowered;
    for (; remaining >= 16; remaining -= 16, in += 16, out += 16) {
        lowercaseAndScan16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in)), 0xffff, scan,
                           lowered);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), lowered);
    }
    if (remaining > 0) {
        alignas(16) char tail[16] = {};
        std::memcpy(tail, in, static_cast<size_t>(remaining));
        lowercaseAndScan16(_mm_load_si128(reinterpret_cast<const __m128i *>(tail)),
                           (1 << remaining) - 1, scan, lowered);
        _mm_store_si128(reinterpret_cast<__m128i *>(tail), lowered);
        std::memcpy(out, tail, static_cast<size_t>(remaining));
    }
    return scan;
}

void toLowerHex(const unsigned char *bytes, qsizetype size, char *out)
{
    // Nibble n becomes '0' + n, plus ('a' - '0' - 10) where n > 9; high and low nibbles are
    // then interleaved. Four times faster than a table walk, which matters next to a ~90 ns hash.
    const auto toHexDigits = [](__m128i nibbles) {
        const __m128i above9 = _mm_cmpgt_epi8(nibbles, _mm_set1_epi8(9));
        return _mm_add_epi8(_mm_add_epi8(nibbles, _mm_set1_epi8('0')),
                            _mm_and_si128(above9, _mm_set1_epi8('a' - '0' - 10)));
    };
    qsizetype i = 0;
    for (; i + 16 <= size; i += 16) {
        const __m128i value = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + i));
        const __m128i low = toHexDigits(_mm_and_si128(value, _mm_set1_epi8(0x0f)));
        const __m128i high =
            toHexDigits(_mm_and_si128(_mm_srli_epi16(value, 4), _mm_set1_epi8(0x0f)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 2 * i), _mm_unpacklo_epi8(high, low));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 2 * i + 16),
                         _mm_unpackhi_epi8(high, low));
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    for (; i < size; ++i) {
        out[2 * i] = kDigits[bytes[i] >> 4];
        out[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
}

#else

Scan lowercaseAndScan(QByteArrayView text, char *out)
{
    return lowercaseAndScanPortable(text, out);
}

void toLowerHex(const unsigned char *bytes, qsizetype size, char *out)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (qsizetype i = 0; i < size; ++i) {
        out[2 * i] = kDigits[bytes[i] >> 4];
        out[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
}

#endif

} // namespace Identity::AsciiText
