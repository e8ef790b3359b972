#include "hashcommand.h"

#include "clicommand.h"

#include <identity/identifierhasher.h>
#include <identity/phonenormalizer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace Cli {

namespace {

constexpr size_t kReadChunk = 1 << 20;
constexpr size_t kFlushThreshold = 1 << 20;

// Streams stdin to stdout line by line through big buffers: stdio's per-line calls would cost
// more than the hashing itself.
class HashFilter
{
public:
    explicit HashFilter(Identity::IdentifierHasher &hasher)
        : m_hasher(hasher)
    {
        m_output.reserve(kFlushThreshold + 4096);
    }

    bool run(std::FILE *in, std::FILE *out)
    {
        std::vector<char> buffer(kReadChunk);
        std::string carry;
        size_t read = 0;
        while ((read = std::fread(buffer.data(), 1, buffer.size(), in)) > 0) {
            const char *data = buffer.data();
            const char *end = data + read;
            while (data < end) {
                const auto *newline = static_cast<const char *>(std::memchr(data, '\n', static_cast<size_t>(end - data)));
                if (!newline) {
                    carry.append(data, end);
                    break;
                }
                if (carry.empty()) {
                    processLine(QByteArrayView(data, newline - data));
                } else {
                    carry.append(data, newline);
                    processLine(QByteArrayView(carry));
                    carry.clear();
                }
                data = newline + 1;
                if (m_output.size() >= kFlushThreshold && !flush(out))
                    return false;
            }
        }
        if (!carry.empty())
            processLine(QByteArrayView(carry));
        return flush(out) && !std::ferror(in);
    }

private:
    void processLine(QByteArrayView line)
    {
        char hex[Identity::Sha256::kHexSize];
        const Identity::Normalization outcome = m_hasher.hash(line, hex);
        if (!outcome.ok()) {
            m_output.push_back('!');
            const QLatin1StringView code = Identity::reasonCode(outcome.reason);
            m_output.append(code.data(), static_cast<size_t>(code.size()));
        } else {
            const QByteArray &normalized = m_hasher.normalized();
            m_output.append(normalized.constData(), static_cast<size_t>(normalized.size()));
            m_output.push_back('\t');
            m_output.append(hex, sizeof hex);
        }
        m_output.push_back('\n');
    }

    bool flush(std::FILE *out)
    {
        const bool written = std::fwrite(m_output.data(), 1, m_output.size(), out) == m_output.size();
        m_output.clear();
        return written;
    }

    Identity::IdentifierHasher &m_hasher;
    std::string m_output;
};

} // namespace

int runHashCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Reads one value per line from standard input and writes, per line, the "
               "normalized value and its SHA-256 separated by a tab, or '!' and the reason the "
               "value was rejected."));
    parser.addHelpOption();
    const QCommandLineOption typeOption(
        QStringLiteral("type"), QCoreApplication::translate("Cli", "Identifier type: email, phone or maid."),
        QStringLiteral("type"));
    const QCommandLineOption regionOption(
        QStringLiteral("default-region"),
        QCoreApplication::translate(
            "Cli", "Region for phone numbers written without a country code, such as DE or US."),
        QStringLiteral("region"));
    parser.addOption(typeOption);
    parser.addOption(regionOption);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser, arguments.constFirst());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Unexpected argument: %1")
                                   .arg(parser.positionalArguments().constFirst())
                            << '\n';
        return UsageError;
    }
    const std::optional<Identity::IdentifierType> type =
        Identity::typeFromName(parser.value(typeOption));
    if (!type) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Cli", "--type must be email, phone or maid (got '%1').")
                                   .arg(parser.value(typeOption))
                            << '\n';
        return UsageError;
    }
    const QString region = parser.value(regionOption);
    if (!region.isEmpty() && !Identity::PhoneNormalizer::isSupportedRegion(region)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Cli", "--default-region: '%1' is not a region code such as "
                                          "DE, FR or US.")
                                   .arg(region)
                            << '\n';
        return UsageError;
    }

    Identity::IdentifierHasher hasher(*type, region);
    HashFilter filter(hasher);
    if (!filter.run(stdin, stdout)) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Reading or writing failed.")
                            << '\n';
        return Failure;
    }
    return Success;
}

} // namespace Cli
