#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>

struct evp_md_st;
struct evp_md_ctx_st;

namespace Identity {

// SHA-256 through OpenSSL's EVP API. The digest and its context are fetched once and reused, so
// one object hashes millions of short values without allocating. Not thread-safe: one object
// per thread.
class Sha256
{
public:
    static constexpr int kDigestSize = 32;
    static constexpr int kHexSize = 2 * kDigestSize;
    using Digest = std::array<unsigned char, kDigestSize>;

    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    Digest digest(QByteArrayView data);
    // Writes kHexSize lowercase hex digits to out (no terminating NUL).
    void hexDigest(QByteArrayView data, char *out);
    QByteArray hexDigest(QByteArrayView data);

private:
    evp_md_st *m_md = nullptr;
    evp_md_ctx_st *m_context = nullptr;
};

} // namespace Identity
