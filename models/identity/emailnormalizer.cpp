#include "emailnormalizer.h"

#include "asciitext.h"

#include <QString>
#include <QStringDecoder>

#include <cstring>

namespace Identity {

namespace {

constexpr qsizetype kMaxEmailBytes = 254;

bool isControlOrSpace(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f;
}

qsizetype indexOf(QByteArrayView text, char c, qsizetype from = 0)
{
    const void *found = std::memchr(text.data() + from, c, static_cast<size_t>(text.size() - from));
    return found ? static_cast<const char *>(found) - text.data() : -1;
}

// A local part before the "@" at position at, and a domain after it with a dot inside.
bool hasValidDomain(QByteArrayView address, qsizetype at)
{
    if (at <= 0)
        return false;
    const qsizetype dot = indexOf(address, '.', at + 1);
    return dot > at + 1 && address.back() != '.';
}

// Checks the shape of an already lowercased address. Works on UTF-8 bytes: "@" and "." are
// ASCII and never occur inside a multi-byte sequence; non-ASCII whitespace was checked by the
// caller.
RejectReason checkShape(QByteArrayView address)
{
    if (address.size() > kMaxEmailBytes)
        return RejectReason::TooLong;
    qsizetype at = -1;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const char c = address[i];
        if (isControlOrSpace(c))
            return RejectReason::InvalidEmail;
        if (c == '@') {
            if (at >= 0)
                return RejectReason::InvalidEmail;
            at = i;
        }
    }
    return hasValidDomain(address, at) ? RejectReason::None : RejectReason::InvalidEmail;
}

// Addresses with non-ASCII characters: decode, trim and lowercase with Qt's Unicode rules.
Normalization normalizeUnicodeEmail(QByteArrayView input, QByteArray &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(input);
    if (decoder.hasError())
        return Normalization::rejected(RejectReason::InvalidUtf8);
    text = std::move(text).trimmed().toLower();
    if (text.isEmpty())
        return Normalization::rejected(RejectReason::Empty);
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace())
            return Normalization::rejected(RejectReason::InvalidEmail);
    }
    out = text.toUtf8();
    return {checkShape(out), false};
}

} // namespace

Normalization normalizeEmail(QByteArrayView input, QByteArray &out)
{
    const QByteArrayView value = AsciiText::trimmed(input);
    if (value.isEmpty())
        return Normalization::rejected(RejectReason::Empty);

    // One pass lowercases and gathers what the shape checks need: the hash costs under 100 ns,
    // so the normalization has to stay well below that.
    out.resize(value.size());
    const AsciiText::Scan scan = AsciiText::lowercaseAndScan(value, out.data());
    if (!scan.ascii)
        return normalizeUnicodeEmail(value, out);
    if (value.size() == AsciiText::kSha256HexLength && AsciiText::isSha256Hex(value))
        return {RejectReason::None, true};
    if (value.size() > kMaxEmailBytes)
        return Normalization::rejected(RejectReason::TooLong);
    if (scan.atCount != 1 || scan.controlOrSpace || !hasValidDomain(out, indexOf(out, '@')))
        return Normalization::rejected(RejectReason::InvalidEmail);
    return {};
}

} // namespace Identity
