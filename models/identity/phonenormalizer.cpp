#include "phonenormalizer.h"

#include "asciitext.h"
#include "internationalnumbershortcut.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>

namespace Identity {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// libphonenumber's region code for "no region: the number must carry its country code".
constexpr char kUnknownRegion[] = "ZZ";

std::string withInternationalPrefix(QByteArrayView value)
{
    // "0049 170 ..." is the international dialling prefix used across Europe: libphonenumber
    // only understands it relative to a calling region, so write it as "+".
    if (value.startsWith("00"))
        return "+" + std::string(value.data() + 2, static_cast<size_t>(value.size() - 2));
    return std::string(value.data(), static_cast<size_t>(value.size()));
}

// True when the number starts with "+" (ignoring punctuation before it): it names its country,
// so a failure to parse it is an invalid number, not a missing country code.
bool hasExplicitCountryCode(const std::string &number)
{
    for (const char c : number) {
        if (c == '+')
            return true;
        if (c >= '0' && c <= '9')
            return false;
    }
    return false;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().toUpper().toStdString())
{
}

Normalization PhoneNormalizer::normalize(QByteArrayView input, QByteArray &out) const
{
    static const InternationalNumberShortcut shortcut;
    return normalize(input, out, &shortcut);
}

Normalization PhoneNormalizer::normalizeWithoutShortcut(QByteArrayView input, QByteArray &out) const
{
    return normalize(input, out, nullptr);
}

Normalization PhoneNormalizer::normalize(QByteArrayView input, QByteArray &out,
                                         const InternationalNumberShortcut *shortcut) const
{
    const QByteArrayView value = AsciiText::trimmed(input);
    if (value.isEmpty())
        return Normalization::rejected(RejectReason::Empty);
    if (AsciiText::isSha256Hex(value)) {
        AsciiText::assignLowercase(value, out);
        return {RejectReason::None, true};
    }
    if (shortcut) {
        switch (shortcut->normalize(value, out)) {
        case InternationalNumberShortcut::Outcome::Normalized:
            return {};
        case InternationalNumberShortcut::Outcome::Impossible:
            return Normalization::rejected(RejectReason::InvalidPhone);
        case InternationalNumberShortcut::Outcome::NotApplicable:
            break;
        }
    }

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::string number = withInternationalPrefix(value);
    const std::string region = m_defaultRegion.empty() ? kUnknownRegion : m_defaultRegion;
    PhoneNumber parsed;
    const PhoneNumberUtil::ErrorType error = util.Parse(number, region, &parsed);
    if (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR && m_defaultRegion.empty()
        && !hasExplicitCountryCode(number))
        return Normalization::rejected(RejectReason::NoCountryCode);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsPossibleNumber(parsed))
        return Normalization::rejected(RejectReason::InvalidPhone);

    std::string e164;
    util.Format(parsed, PhoneNumberUtil::E164, &e164);
    // E.164 is "+" followed by digits; Snapchat wants the digits alone.
    out.resize(static_cast<qsizetype>(e164.size()) - 1);
    std::copy(e164.begin() + 1, e164.end(), out.begin());
    return {};
}

bool PhoneNormalizer::isSupportedRegion(const QString &region)
{
    return supportedRegions().contains(region.trimmed().toUpper());
}

QStringList PhoneNormalizer::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList result;
    result.reserve(static_cast<qsizetype>(regions.size()));
    for (const std::string &region : regions)
        result.append(QString::fromStdString(region));
    return result;
}

} // namespace Identity
