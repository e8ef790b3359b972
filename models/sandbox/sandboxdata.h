#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <cstring>

namespace Sandbox {

// A SHA-256 digest kept as 32 raw bytes: a set of 10 million of them stays well under 1 GB.
struct HashKey
{
    std::array<unsigned char, 32> bytes{};

    // hex must be 64 lowercase hex characters (checked by the caller).
    static HashKey fromHex(const char *hex);
    QByteArray toHex() const;
    friend bool operator==(const HashKey &a, const HashKey &b) { return a.bytes == b.bytes; }
};

inline size_t qHash(const HashKey &key, size_t seed = 0) noexcept
{
    // The key is already a uniformly distributed digest: its first bytes are a good hash.
    size_t value = 0;
    std::memcpy(&value, key.bytes.data(), sizeof value);
    return value ^ seed;
}

using HashSet = QSet<HashKey>;

// True for exactly 64 lowercase hex characters: the only identifier form Snapchat accepts.
inline bool isSha256Hex(const char *data, qsizetype size)
{
    if (size != 64)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

struct SandboxAdAccount
{
    QString id;
    QString organizationId;
    QString name;
    bool accessible = true; // false: the signed-in user has no role on it (403 E3002)
};

struct SandboxSegment
{
    QString id;
    QString adAccountId;
    QString name;
    QString description;
    QString sourceType = QStringLiteral("FIRST_PARTY");
    int retentionInDays = 9999;
    QString createdAt;
    QHash<QString, HashSet> hashesBySchema; // "EMAIL_SHA256" -> hashes

    qsizetype userCount() const;
};

// Everything the sandbox knows: one organization, its ad accounts and their audiences.
class SandboxData
{
public:
    static const QStringList &schemas(); // EMAIL_SHA256, PHONE_SHA256, MOBILE_AD_ID_SHA256

    // The fixed seed: one organization, one accessible and one foreign ad account, audiences.
    static SandboxData seeded();

    QString organizationId;
    QString organizationName;
    QString userId;
    QString userDisplayName;
    QString userEmail;
    QList<SandboxAdAccount> adAccounts;
    QList<SandboxSegment> segments; // in creation order

    const SandboxAdAccount *adAccount(const QString &id) const;
    SandboxSegment *segment(const QString &id);
    const SandboxSegment *segment(const QString &id) const;
    QString newSegmentId();

    // The state file: a line format that scales to millions of hashes and that a test or a
    // shell can read: "segment\t<id>\t<ad account>\t<source type>\t<retention>\t<name>\t<description>"
    // (name and description percent-encoded) and "hash\t<segment id>\t<schema>\t<hex>".
    bool save(const QString &path, QString *error) const;
    // Replaces the segments with those in the file. Returns false on an unreadable file.
    bool load(const QString &path, QString *error);

private:
    quint64 m_nextSegmentNumber = 1000;
};

} // namespace Sandbox
