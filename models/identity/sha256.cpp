#include "sha256.h"

#include "asciitext.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace Identity {

Sha256::Sha256()
    // An explicitly fetched digest skips OpenSSL 3's per-call implicit provider lookup, which
    // costs about as much as hashing a short email.
    : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_context(EVP_MD_CTX_new())
{
    if (!m_md || !m_context)
        throw std::runtime_error("OpenSSL has no SHA-256 implementation available");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
    EVP_MD_free(m_md);
}

Sha256::Digest Sha256::digest(QByteArrayView data)
{
    Digest result{};
    unsigned int length = 0;
    if (EVP_DigestInit_ex2(m_context, m_md, nullptr) != 1
        || EVP_DigestUpdate(m_context, data.data(), static_cast<size_t>(data.size())) != 1
        || EVP_DigestFinal_ex(m_context, result.data(), &length) != 1 || length != kDigestSize) {
        throw std::runtime_error("OpenSSL SHA-256 failed");
    }
    return result;
}

void Sha256::hexDigest(QByteArrayView data, char *out)
{
    const Digest bytes = digest(data);
    AsciiText::toLowerHex(bytes.data(), kDigestSize, out);
}

QByteArray Sha256::hexDigest(QByteArrayView data)
{
    QByteArray hex(kHexSize, Qt::Uninitialized);
    hexDigest(data, hex.data());
    return hex;
}

} // namespace Identity
