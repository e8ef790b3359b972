#pragma once

#include <QByteArrayView>

namespace Sources {

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF), with a fast path
// for ASCII, which is most of a CSV file.
bool isValidUtf8(QByteArrayView text);

} // namespace Sources
