#include "sandboxdata.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace Sandbox {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return c - 'a' + 10;
}

constexpr char kHexDigits[] = "0123456789abcdef";

QByteArray encodeField(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QString decodeField(const QByteArray &field)
{
    return QUrl::fromPercentEncoding(field);
}

} // namespace

HashKey HashKey::fromHex(const char *hex)
{
    HashKey key;
    for (size_t i = 0; i < key.bytes.size(); ++i)
        key.bytes[i] = static_cast<unsigned char>(hexValue(hex[2 * i]) << 4 | hexValue(hex[2 * i + 1]));
    return key;
}

QByteArray HashKey::toHex() const
{
    QByteArray hex(64, Qt::Uninitialized);
    char *out = hex.data();
    for (unsigned char byte : bytes) {
        *out++ = kHexDigits[byte >> 4];
        *out++ = kHexDigits[byte & 0xf];
    }
    return hex;
}

qsizetype SandboxSegment::userCount() const
{
    qsizetype count = 0;
    for (const HashSet &set : hashesBySchema)
        count += set.size();
    return count;
}

const QStringList &SandboxData::schemas()
{
    static const QStringList list{QStringLiteral("EMAIL_SHA256"), QStringLiteral("PHONE_SHA256"),
                                  QStringLiteral("MOBILE_AD_ID_SHA256")};
    return list;
}

SandboxData SandboxData::seeded()
{
    SandboxData data;
    data.organizationId = QStringLiteral("org-5a4d6b1e-0001");
    data.organizationName = QStringLiteral("Sandbox Organization");
    data.userId = QStringLiteral("user-5a4d6b1e-0001");
    data.userDisplayName = QStringLiteral("Sandbox User");
    data.userEmail = QStringLiteral("sandbox.user@example.com");
    data.adAccounts = {
        {QStringLiteral("adacct-5a4d6b1e-0001"), data.organizationId,
         QStringLiteral("Sandbox Ad Account"), true},
        {QStringLiteral("adacct-f0e1d2c3-0009"), QStringLiteral("org-f0e1d2c3-0009"),
         QStringLiteral("Someone Else's Ad Account"), false},
    };
    const QString created = QStringLiteral("2026-01-01T00:00:00.000Z");
    data.segments = {
        {QStringLiteral("seg-0001"), data.adAccounts[0].id, QStringLiteral("Newsletter subscribers"),
         QStringLiteral("Customer list"), QStringLiteral("FIRST_PARTY"), 9999, created, {}},
        {QStringLiteral("seg-0002"), data.adAccounts[0].id, QStringLiteral("Loyalty members"),
         QStringLiteral("Customer list"), QStringLiteral("FIRST_PARTY"), 180, created, {}},
        {QStringLiteral("seg-0003"), data.adAccounts[0].id, QStringLiteral("Website visitors"),
         QStringLiteral("Pixel audience"), QStringLiteral("PIXEL"), 30, created, {}},
        {QStringLiteral("seg-0009"), data.adAccounts[1].id, QStringLiteral("Foreign list"),
         QString(), QStringLiteral("FIRST_PARTY"), 9999, created, {}},
    };
    return data;
}

const SandboxAdAccount *SandboxData::adAccount(const QString &id) const
{
    for (const SandboxAdAccount &account : adAccounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

SandboxSegment *SandboxData::segment(const QString &id)
{
    for (SandboxSegment &segment : segments) {
        if (segment.id == id)
            return &segment;
    }
    return nullptr;
}

const SandboxSegment *SandboxData::segment(const QString &id) const
{
    return const_cast<SandboxData *>(this)->segment(id);
}

QString SandboxData::newSegmentId()
{
    QString id;
    do {
        id = QStringLiteral("seg-%1").arg(m_nextSegmentNumber++);
    } while (segment(id));
    return id;
}

bool SandboxData::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "# audiencebridge sandbox state 1\n";
    for (const SandboxSegment &segment : segments) {
        chunk += "segment\t" + segment.id.toUtf8() + '\t' + segment.adAccountId.toUtf8() + '\t'
            + segment.sourceType.toUtf8() + '\t' + QByteArray::number(segment.retentionInDays) + '\t'
            + encodeField(segment.name) + '\t' + encodeField(segment.description) + '\n';
    }
    for (const SandboxSegment &segment : segments) {
        const QByteArray prefix = "hash\t" + segment.id.toUtf8() + '\t';
        for (auto it = segment.hashesBySchema.cbegin(); it != segment.hashesBySchema.cend(); ++it) {
            const QByteArray schemaPrefix = prefix + it.key().toUtf8() + '\t';
            for (const HashKey &key : it.value()) {
                chunk += schemaPrefix + key.toHex() + '\n';
                if (chunk.size() >= (1 << 20)) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
        }
    }
    file.write(chunk);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxData::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QList<SandboxSegment> loaded;
    QHash<QString, qsizetype> indexById;
    qsizetype lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields[0] == "segment" && fields.size() >= 6) {
            SandboxSegment segment;
            segment.id = QString::fromUtf8(fields[1]);
            segment.adAccountId = QString::fromUtf8(fields[2]);
            segment.sourceType = QString::fromUtf8(fields[3]);
            segment.retentionInDays = fields[4].toInt();
            segment.name = decodeField(fields[5]);
            segment.description = decodeField(fields.value(6));
            segment.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            indexById.insert(segment.id, loaded.size());
            loaded.append(segment);
        } else if (fields[0] == "hash" && fields.size() == 4
                   && isSha256Hex(fields[3].constData(), fields[3].size())
                   && indexById.contains(QString::fromUtf8(fields[1]))) {
            loaded[indexById.value(QString::fromUtf8(fields[1]))]
                .hashesBySchema[QString::fromUtf8(fields[2])]
                .insert(HashKey::fromHex(fields[3].constData()));
        } else {
            *error = QStringLiteral("%1:%2: unreadable line").arg(path).arg(lineNumber);
            return false;
        }
    }
    segments = loaded;
    return true;
}

} // namespace Sandbox
