#pragma once

#include "identifiertype.h"
#include "normalization.h"
#include "phonenormalizer.h"
#include "sha256.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Identity {

// Normalizes one kind of identifier and hashes it with SHA-256: the single place that turns a
// raw value into what Snapchat receives. One object per thread (it owns a hashing context);
// buffers are reused between calls so the hot loop does not allocate.
class IdentifierHasher
{
public:
    explicit IdentifierHasher(IdentifierType type, const QString &defaultRegion = {});
    Q_DISABLE_COPY_MOVE(IdentifierHasher)

    IdentifierType type() const { return m_type; }

    // Normalizes input (UTF-8) into normalized(). Does not hash.
    Normalization normalize(QByteArrayView input);

    // Normalizes input and, when it is accepted, writes the 64 lowercase hex digits of its
    // SHA-256 (or the given digest itself, lowercased) to hexOut.
    Normalization hash(QByteArrayView input, char *hexOut);

    // Normalizes input and, when it is accepted, writes its binary SHA-256 (or the given digest
    // itself, decoded) to digestOut: the compact form the exporter de-duplicates and stores.
    Normalization digest(QByteArrayView input, Sha256::Digest &digestOut);

    // Convenience for tests and single values: the hex digest, or empty when rejected.
    QByteArray hashToHex(QByteArrayView input, Normalization *outcome = nullptr);

    // The normalized text of the last value passed to normalize() or hash().
    const QByteArray &normalized() const { return m_normalized; }

private:
    IdentifierType m_type;
    PhoneNormalizer m_phone;
    Sha256 m_sha256;
    QByteArray m_normalized;
};

} // namespace Identity
