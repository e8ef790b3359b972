#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace Identity {

// The three identifier kinds Snapchat matches audiences on.
enum class IdentifierType { Email, Phone, MobileAdId };

// The Snapchat schema name sent with the hashes, e.g. "EMAIL_SHA256".
QLatin1StringView schemaName(IdentifierType type);

// The short name used on the command line and in the workspace: "email", "phone", "maid".
QLatin1StringView typeName(IdentifierType type);
std::optional<IdentifierType> typeFromName(QStringView name);

} // namespace Identity
