#pragma once

#include "normalization.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Identity {

// Email addresses as Snapchat matches them: surrounding whitespace trimmed, lowercased the way
// QString::toLower does it (no case folding: "ß" stays "ß"). Rejects what is not an address:
// empty, not exactly one "@", whitespace or control characters inside, an empty local part, a
// domain without an inner dot, or more than 254 bytes.
//
// input is UTF-8; the normalized address is written to out as UTF-8.
Normalization normalizeEmail(QByteArrayView input, QByteArray &out);

} // namespace Identity
