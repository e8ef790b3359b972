#include "rejectreason.h"

#include <QCoreApplication>

#include <array>

namespace Identity {

namespace {
constexpr std::array kCodes{
    QLatin1StringView(""),
    QLatin1StringView("empty"),
    QLatin1StringView("invalid_utf8"),
    QLatin1StringView("invalid_email"),
    QLatin1StringView("too_long"),
    QLatin1StringView("no_country_code"),
    QLatin1StringView("invalid_phone"),
    QLatin1StringView("invalid_mobile_ad_id"),
};
} // namespace

QLatin1StringView reasonCode(RejectReason reason)
{
    return kCodes[static_cast<size_t>(reason)];
}

std::optional<RejectReason> reasonFromCode(QStringView code)
{
    for (size_t i = 1; i < kCodes.size(); ++i) {
        if (code == kCodes[i])
            return static_cast<RejectReason>(i);
    }
    return std::nullopt;
}

QString reasonDescription(RejectReason reason)
{
    switch (reason) {
    case RejectReason::None:
        return {};
    case RejectReason::Empty:
        return QCoreApplication::translate("Identity", "The value is empty.");
    case RejectReason::InvalidUtf8:
        return QCoreApplication::translate("Identity", "The value is not valid UTF-8 text.");
    case RejectReason::InvalidEmail:
        return QCoreApplication::translate(
            "Identity", "Not an email address: it needs exactly one @, no spaces inside, and a "
                        "domain with a dot.");
    case RejectReason::TooLong:
        return QCoreApplication::translate("Identity",
                                           "The email address is longer than 254 characters.");
    case RejectReason::NoCountryCode:
        return QCoreApplication::translate(
            "Identity", "The phone number has no country code and no default region is set.");
    case RejectReason::InvalidPhone:
        return QCoreApplication::translate("Identity",
                                           "Not a possible phone number for its country.");
    case RejectReason::InvalidMobileAdId:
        return QCoreApplication::translate(
            "Identity", "Not a mobile ad ID: it must be a UUID such as "
                        "f81d4fae-7dec-11d0-a765-00a0c91e6bf6.");
    }
    return {};
}

} // namespace Identity
