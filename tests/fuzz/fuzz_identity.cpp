// Normalizes arbitrary bytes as an email, a phone number and a mobile ad ID.
#include "identity/emailnormalizer.h"
#include "identity/mobileadidnormalizer.h"
#include "identity/phonenormalizer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Identity::PhoneNormalizer withRegion(QStringLiteral("DE"));
    static const Identity::PhoneNormalizer withoutRegion;
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QByteArray out;

    const auto checkOutput = [&out](const Identity::Normalization &result) {
        // What is accepted is sent (hashed): it must not be empty.
        if (result.ok() && out.isEmpty())
            __builtin_trap();
    };
    checkOutput(Identity::normalizeEmail(input, out));
    out.clear();
    checkOutput(Identity::normalizeMobileAdId(input, out));
    out.clear();
    checkOutput(withRegion.normalize(input, out));
    out.clear();
    checkOutput(withoutRegion.normalize(input, out));
    return 0;
}
