#include "mobileadidnormalizer.h"

#include "asciitext.h"

namespace Identity {

namespace {

bool isUuid(QByteArrayView text)
{
    static constexpr qsizetype kUuidLength = 36;
    if (text.size() != kUuidLength)
        return false;
    for (qsizetype i = 0; i < kUuidLength; ++i) {
        const bool hyphenPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphenPosition ? text[i] != '-' : !AsciiText::isHexDigit(text[i]))
            return false;
    }
    return true;
}

} // namespace

Normalization normalizeMobileAdId(QByteArrayView input, QByteArray &out)
{
    const QByteArrayView value = AsciiText::trimmed(input);
    if (value.isEmpty())
        return Normalization::rejected(RejectReason::Empty);
    if (AsciiText::isSha256Hex(value)) {
        AsciiText::assignLowercase(value, out);
        return {RejectReason::None, true};
    }
    if (!isUuid(value))
        return Normalization::rejected(RejectReason::InvalidMobileAdId);
    AsciiText::assignLowercase(value, out);
    return {};
}

} // namespace Identity
