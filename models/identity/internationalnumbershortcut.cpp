#include "internationalnumbershortcut.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <string>

namespace Identity {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Countries whose parsing rules need nothing beyond the calling code and a one-digit national
// prefix (checked exhaustively against Parse over every four-digit start and every length from 4
// to 15). Countries such as AR, AU, BR, CN or MX strip carrier codes or longer prefixes and stay
// with Parse.
constexpr const char *kCheckedRegions[] = {"AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IN",
                                           "IT", "JP", "NL", "NO", "PL", "PT", "RU", "SE", "TR", "US"};

// Digits of a national significant number the shortcut handles; libphonenumber allows 2 to 17,
// the ends of that range are left to Parse.
constexpr int kMinNationalDigits = 4;
constexpr int kMaxNationalDigits = 15;
constexpr int kMaxDigits = 3 + kMaxNationalDigits;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSeparator(char c)
{
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

} // namespace

InternationalNumberShortcut::InternationalNumberShortcut()
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    for (int code = 1; code < int(m_codes.size()); ++code) {
        std::string region;
        util.GetRegionCodeForCountryCode(code, &region);
        m_codes[size_t(code)].exists = region != "ZZ";
    }
    for (const char *region : kCheckedRegions) {
        const int code = util.GetCountryCodeForRegion(region);
        std::string mainRegion;
        util.GetRegionCodeForCountryCode(code, &mainRegion);
        std::string prefix;
        util.GetNddPrefixForRegion(region, true, &prefix);
        // Parsing a shared code (+1, +7) follows its main region's rules.
        if (mainRegion != region || prefix.size() > 1)
            continue;
        CallingCode &entry = m_codes[size_t(code)];
        entry.eligible = true;
        entry.nationalPrefix = prefix.empty() ? 0 : prefix.front();
    }
}

InternationalNumberShortcut::Outcome InternationalNumberShortcut::normalize(QByteArrayView value, QByteArray &out) const
{
    qsizetype at = 0;
    if (value.startsWith('+'))
        at = 1;
    else if (value.startsWith("00"))
        at = 2;
    else
        return Outcome::NotApplicable;
    if (at >= value.size() || !isDigit(value[at]) || !isDigit(value.back()))
        return Outcome::NotApplicable;

    char digits[kMaxDigits];
    int count = 0;
    for (; at < value.size(); ++at) {
        const char c = value[at];
        if (isDigit(c)) {
            if (count == kMaxDigits)
                return Outcome::NotApplicable;
            digits[count++] = c;
        } else if (!isSeparator(c)) {
            return Outcome::NotApplicable; // letters, extensions, a second "+": Parse knows them
        }
    }

    // Calling codes are prefix-free: the first one to exist is the one.
    int code = 0;
    int codeLength = 0;
    while (codeLength < 3 && codeLength < count) {
        code = code * 10 + (digits[codeLength++] - '0');
        if (code == 0)
            return Outcome::NotApplicable;
        if (m_codes[size_t(code)].exists)
            break;
    }
    const CallingCode &entry = m_codes[size_t(code)];
    if (!entry.exists || !entry.eligible)
        return Outcome::NotApplicable;

    const char *national = digits + codeLength;
    const int nationalLength = count - codeLength;
    if (nationalLength < kMinNationalDigits || nationalLength > kMaxNationalDigits)
        return Outcome::NotApplicable;
    // A leading "0" is a trunk prefix to strip or an Italian-style leading zero to keep.
    if (national[0] == '0' || national[0] == entry.nationalPrefix)
        return Outcome::NotApplicable;

    quint64 nationalNumber = 0;
    for (int i = 0; i < nationalLength; ++i)
        nationalNumber = nationalNumber * 10 + quint64(national[i] - '0');
    PhoneNumber number;
    number.set_country_code(code);
    number.set_national_number(nationalNumber);
    if (!PhoneNumberUtil::GetInstance()->IsPossibleNumber(number))
        return Outcome::Impossible;
    out.resize(count); // reuses out's capacity
    std::copy(digits, digits + count, out.data());
    return Outcome::Normalized;
}

} // namespace Identity
