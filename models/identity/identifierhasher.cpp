#include "identifierhasher.h"

#include "asciitext.h"
#include "emailnormalizer.h"
#include "mobileadidnormalizer.h"

#include <cstring>

namespace Identity {

IdentifierHasher::IdentifierHasher(IdentifierType type, const QString &defaultRegion)
    : m_type(type)
    , m_phone(defaultRegion)
{
    m_normalized.reserve(256);
}

Normalization IdentifierHasher::normalize(QByteArrayView input)
{
    switch (m_type) {
    case IdentifierType::Email:
        return normalizeEmail(input, m_normalized);
    case IdentifierType::Phone:
        return m_phone.normalize(input, m_normalized);
    case IdentifierType::MobileAdId:
        return normalizeMobileAdId(input, m_normalized);
    }
    return Normalization::rejected(RejectReason::Empty);
}

Normalization IdentifierHasher::hash(QByteArrayView input, char *hexOut)
{
    const Normalization outcome = normalize(input);
    if (!outcome.ok())
        return outcome;
    if (outcome.alreadyHashed)
        std::memcpy(hexOut, m_normalized.constData(), Sha256::kHexSize);
    else
        m_sha256.hexDigest(m_normalized, hexOut);
    return outcome;
}

Normalization IdentifierHasher::digest(QByteArrayView input, Sha256::Digest &digestOut)
{
    const Normalization outcome = normalize(input);
    if (!outcome.ok())
        return outcome;
    if (outcome.alreadyHashed)
        AsciiText::fromHex(m_normalized, digestOut.data());
    else
        digestOut = m_sha256.digest(m_normalized);
    return outcome;
}

QByteArray IdentifierHasher::hashToHex(QByteArrayView input, Normalization *outcome)
{
    QByteArray hex(Sha256::kHexSize, Qt::Uninitialized);
    const Normalization result = hash(input, hex.data());
    if (outcome)
        *outcome = result;
    return result.ok() ? hex : QByteArray();
}

} // namespace Identity
