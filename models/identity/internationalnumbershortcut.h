#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace Identity {

// Normalizes phone numbers written the common international way — "+49 170 1234567",
// "0033 6 12 34 56 78", digits with spaces, hyphens, dots or parentheses — without
// libphonenumber's Parse, whose regular expressions cost about 12 µs a number. It answers only
// where the outcome is known to equal Parse's: in countries whose national prefix is at most one
// digit and whose metadata strips nothing else, for national numbers that start neither with "0"
// nor with that prefix. Everything else is NotApplicable and goes through Parse.
// tst_phonenormalizer compares both paths over every three-digit start and length per country.
class InternationalNumberShortcut
{
public:
    InternationalNumberShortcut();

    enum class Outcome {
        NotApplicable, // use libphonenumber's Parse
        Normalized,    // out holds the E.164 digits without "+"
        Impossible,    // a length libphonenumber does not accept for that country (invalid_phone)
    };
    Outcome normalize(QByteArrayView trimmedValue, QByteArray &out) const;

private:
    struct CallingCode {
        bool exists = false;   // some region or service uses it
        bool eligible = false; // its main region is one of the checked ones
        char nationalPrefix = 0; // single-digit trunk prefix, 0 for none
    };
    std::array<CallingCode, 1000> m_codes;
};

} // namespace Identity
