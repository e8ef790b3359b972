#pragma once

#include "rejectreason.h"

namespace Identity {

// The outcome of normalizing one value. The normalized text itself goes into a caller-owned
// buffer so the hot loop reuses its memory instead of allocating per value.
struct Normalization {
    RejectReason reason = RejectReason::None;
    // The input already was a SHA-256 hex digest: it is sent as it is (lowercased), never hashed
    // a second time.
    bool alreadyHashed = false;

    bool ok() const { return reason == RejectReason::None; }
    static Normalization rejected(RejectReason why) { return {why, false}; }
};

} // namespace Identity
