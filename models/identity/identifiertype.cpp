#include "identifiertype.h"

#include <array>

namespace Identity {

namespace {
struct TypeNames {
    IdentifierType type;
    QLatin1StringView shortName;
    QLatin1StringView schema;
};
constexpr std::array kTypeNames{
    TypeNames{IdentifierType::Email, QLatin1StringView("email"), QLatin1StringView("EMAIL_SHA256")},
    TypeNames{IdentifierType::Phone, QLatin1StringView("phone"), QLatin1StringView("PHONE_SHA256")},
    TypeNames{IdentifierType::MobileAdId, QLatin1StringView("maid"),
              QLatin1StringView("MOBILE_AD_ID_SHA256")},
};

const TypeNames &namesOf(IdentifierType type)
{
    return kTypeNames[static_cast<size_t>(type)];
}
} // namespace

QLatin1StringView schemaName(IdentifierType type)
{
    return namesOf(type).schema;
}

QLatin1StringView typeName(IdentifierType type)
{
    return namesOf(type).shortName;
}

std::optional<IdentifierType> typeFromName(QStringView name)
{
    for (const TypeNames &names : kTypeNames) {
        if (name.compare(names.shortName, Qt::CaseInsensitive) == 0)
            return names.type;
    }
    return std::nullopt;
}

} // namespace Identity
