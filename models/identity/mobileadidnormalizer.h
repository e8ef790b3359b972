#pragma once

#include "normalization.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Identity {

// Mobile advertising IDs (Apple IDFA, Google GAID): a UUID in its 8-4-4-4-12 hex form,
// lowercased with the hyphens kept.
Normalization normalizeMobileAdId(QByteArrayView input, QByteArray &out);

} // namespace Identity
