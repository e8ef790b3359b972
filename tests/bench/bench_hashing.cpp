// Prints how fast emails go through normalize + SHA-256, beside raw OpenSSL SHA-256 on the same
// normalized strings, the end-to-end rate of `audiencebridge hash` over a 1M-line file, and how
// fast phone numbers normalize with and without the shortcut around libphonenumber's Parse.
//   build/tests/bench/bench_hashing [COUNT]
#include <identity/identifierhasher.h>
#include <identity/phonenormalizer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <openssl/evp.h>

#include <cstdio>
#include <vector>

namespace {

std::vector<QByteArray> generateEmails(int count)
{
    static const char *const kDomains[] = {"Example.com", "mail.example.org", "GMAIL.com",
                                           "web.de", "company.co.uk"};
    QRandomGenerator random(42);
    std::vector<QByteArray> emails;
    emails.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        QByteArray email = (random.bounded(4) == 0 ? " First.Last" : "user") + QByteArray::number(i)
            + '@' + kDomains[random.bounded(5)];
        if (random.bounded(3) == 0)
            email = email.toUpper();
        emails.push_back(std::move(email));
    }
    return emails;
}

// The spellings of the sample profiles: international in four countries, an eighth national (DE).
std::vector<QByteArray> generatePhones(int count)
{
    static const char *const kPrefixes[] = {"+49 170 ", "+33 6 ", "+1 312 55", "+44 7911 ", "0170 "};
    static const int kSubscriberDigits[] = {7, 8, 5, 6, 7};
    QRandomGenerator random(7);
    std::vector<QByteArray> phones;
    phones.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int country = random.bounded(8) == 0 ? 4 : random.bounded(4);
        QByteArray phone(kPrefixes[country]);
        phone.append(char('1' + random.bounded(9)));
        for (int digit = 1; digit < kSubscriberDigits[country]; ++digit)
            phone.append(char('0' + random.bounded(10)));
        phones.push_back(std::move(phone));
    }
    return phones;
}

double perSecond(qsizetype count, qint64 nanoseconds)
{
    return static_cast<double>(count) * 1e9 / static_cast<double>(nanoseconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const std::vector<QByteArray> emails = generateEmails(count);

    // 1. normalize + hash, as the exporter does it
    Identity::IdentifierHasher hasher(Identity::IdentifierType::Email);
    std::vector<QByteArray> normalized;
    normalized.reserve(emails.size());
    char hex[Identity::Sha256::kHexSize];
    unsigned checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &email : emails) {
        if (hasher.hash(email, hex).ok())
            checksum += static_cast<unsigned char>(hex[0]);
    }
    const qint64 pipelineNs = timer.nsecsElapsed();
    for (const QByteArray &email : emails) {
        hasher.normalize(email);
        normalized.push_back(hasher.normalized());
    }

    // 2. raw OpenSSL SHA-256 on the already normalized strings (digest fetched once, context
    // reused: the fastest way to call it, so the ratio is not flattered)
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    timer.restart();
    for (const QByteArray &text : normalized) {
        EVP_DigestInit_ex2(context, md, nullptr);
        EVP_DigestUpdate(context, text.constData(), static_cast<size_t>(text.size()));
        EVP_DigestFinal_ex(context, digest, &digestLength);
        checksum += digest[0];
    }
    const qint64 rawNs = timer.nsecsElapsed();
    EVP_MD_CTX_free(context);
    EVP_MD_free(md);

    // 3. the command line, end to end, over a file of the same emails
    QTemporaryFile input;
    if (!input.open())
        return 1;
    for (const QByteArray &email : emails) {
        input.write(email);
        input.write("\n", 1);
    }
    input.close();
    QProcess cli;
    cli.setStandardInputFile(input.fileName());
    cli.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    cli.start(QStringLiteral(AB_EXECUTABLE), {QStringLiteral("hash"), QStringLiteral("--type=email")});
    cli.waitForFinished(-1);
    const qint64 cliNs = timer.nsecsElapsed();

    const double pipelineRate = perSecond(count, pipelineNs);
    const double rawRate = perSecond(count, rawNs);
    const double cliRate = perSecond(count, cliNs);
    std::printf("emails:                         %d\n", count);
    std::printf("normalize+hash (1 thread):      %.0f emails/s\n", pipelineRate);
    std::printf("raw OpenSSL SHA-256 (1 thread): %.0f hashes/s\n", rawRate);
    std::printf("ratio normalize+hash / raw:     %.2f (target >= 0.60)\n", pipelineRate / rawRate);
    std::printf("audiencebridge hash end to end: %.0f emails/s (%.2f of normalize+hash; target >= 0.50)%s\n",
                cliRate, cliRate / pipelineRate, cli.exitCode() == 0 ? "" : "  [CLI FAILED]");

    // 4. phone numbers: the shortcut for "+CC digits" against libphonenumber's Parse for all
    const std::vector<QByteArray> phones = generatePhones(count / 5);
    const Identity::PhoneNormalizer phoneNormalizer(QStringLiteral("DE"));
    QByteArray phoneOut;
    timer.restart();
    for (const QByteArray &phone : phones)
        checksum += phoneNormalizer.normalize(phone, phoneOut).ok() ? static_cast<unsigned char>(phoneOut.back()) : 0U;
    const qint64 phoneShortcutNs = timer.nsecsElapsed();
    timer.restart();
    for (const QByteArray &phone : phones)
        checksum += phoneNormalizer.normalizeWithoutShortcut(phone, phoneOut).ok() ? static_cast<unsigned char>(phoneOut.back()) : 0U;
    const qint64 phoneParseNs = timer.nsecsElapsed();
    std::printf("phones (1 thread, 1/8 national): %zu\n", phones.size());
    std::printf("normalize with shortcut:        %.0f phones/s\n", perSecond(qsizetype(phones.size()), phoneShortcutNs));
    std::printf("normalize with Parse only:      %.0f phones/s\n", perSecond(qsizetype(phones.size()), phoneParseNs));
    std::printf("(checksum %u)\n", checksum);
    return cli.exitCode() == 0 ? 0 : 1;
}
