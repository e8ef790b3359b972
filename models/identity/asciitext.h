#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Byte-level helpers for the normalizers' ASCII fast paths.
namespace Identity::AsciiText {

constexpr int kSha256HexLength = 64;

constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

constexpr bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

constexpr char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Drops ASCII whitespace at both ends.
QByteArrayView trimmed(QByteArrayView text);

// True when every byte is below 0x80.
bool isAscii(QByteArrayView text);

// True for exactly 64 hex digits of either case: a value that already is a SHA-256 digest.
bool isSha256Hex(QByteArrayView text);

// Writes the ASCII-lowercased text into out (reusing out's capacity).
void assignLowercase(QByteArrayView text, QByteArray &out);

// What one pass over an address-like value found, besides lowercasing it.
struct Scan {
    bool ascii = true;           // no byte >= 0x80 (if false, out holds nothing useful)
    int atCount = 0;             // number of '@'
    bool controlOrSpace = false; // a byte <= 0x20 or 0x7f
};

// Lowercases ASCII text into out (text.size() bytes) and scans it in the same pass, 16 bytes at
// a time where SSE2 is available. The portable version is kept for other CPUs and as the
// reference the tests compare against.
Scan lowercaseAndScan(QByteArrayView text, char *out);
Scan lowercaseAndScanPortable(QByteArrayView text, char *out);

// Decodes hex digits (of either case; the caller has checked them) to hex.size() / 2 bytes.
void fromHex(QByteArrayView hex, unsigned char *out);

// Writes 2 * size lowercase hex digits to out.
void toLowerHex(const unsigned char *bytes, qsizetype size, char *out);

} // namespace Identity::AsciiText
