#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Identity {

// Why a value was not sent. The code is stable and machine-readable (it is stored in run
// records and printed by `audiencebridge hash`); the value itself is never kept or logged.
enum class RejectReason : quint8 {
    None,
    Empty,
    InvalidUtf8,
    InvalidEmail,
    TooLong,
    NoCountryCode,
    InvalidPhone,
    InvalidMobileAdId,
};

// "empty", "invalid_utf8", "invalid_email", "too_long", "no_country_code", "invalid_phone",
// "invalid_mobile_ad_id"; "" for None.
QLatin1StringView reasonCode(RejectReason reason);
std::optional<RejectReason> reasonFromCode(QStringView code);

// A sentence for people, translated.
QString reasonDescription(RejectReason reason);

} // namespace Identity
