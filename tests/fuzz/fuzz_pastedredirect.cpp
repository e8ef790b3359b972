// Parses arbitrary text as the address the user pasted after signing in.
#include "snapchat/pastedredirect.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QString state = QStringLiteral("s7Kq2v");
    static const QUrl redirect(QStringLiteral("https://example.com/snap/callback"));
    for (const QUrl &expected : {QUrl(), redirect}) {
        const auto result = Snapchat::PastedRedirect::parse(text, state, expected);
        if (result.ok() && result.code.isEmpty())
            __builtin_trap(); // an accepted address must carry a code
    }
    return 0;
}
