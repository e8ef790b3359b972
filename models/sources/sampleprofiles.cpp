#include "sampleprofiles.h"

#include <QRandomGenerator>

#include <array>
#include <cstdio>

namespace Sources {

namespace {

struct Country {
    const char *code;
    const char *city;
    const char *nationalPrefix; // a national spelling, valid with the country as default region
    const char *international;
    int subscriberDigits; // digits after the prefix that make a valid mobile number
};

constexpr std::array kCountries{
    Country{"DE", "Berlin", "0170 ", "+49 170 ", 7},
    Country{"FR", "Paris", "06 ", "+33 6 ", 8},
    Country{"US", "Chicago", "(312) 55", "+1 312 55", 5},
    Country{"GB", "London", "07911 ", "+44 7911 ", 6},
};

constexpr std::array kFirstNames{"Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Giulia", "Hugo"};
constexpr std::array kLastNames{"Müller", "Martin", "Smith", "Jones", "Schmidt", "Bernard", "Brown", "Rossi"};
constexpr std::array kDomains{"example.com", "Example.org", "mail.example.net", "EXAMPLE.de"};

} // namespace

bool writeSampleProfiles(QIODevice &out, qint64 rows, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray chunk("customer_id,email,first_name,last_name,phone,country,city,ltv,mobile_ad_id\n");
    chunk.reserve(1 << 21);
    char line[512];
    for (qint64 i = 0; i < rows; ++i) {
        const quint32 r = random.generate();
        const Country &country = kCountries[r % kCountries.size()];
        const char *first = kFirstNames[(r >> 3) % kFirstNames.size()];
        const char *last = kLastNames[(r >> 6) % kLastNames.size()];

        char email[128];
        const quint32 kind = (r >> 9) % 100;
        if (kind == 0)
            email[0] = '\0';                                                       // missing
        else if (kind == 1)
            std::snprintf(email, sizeof email, "%s.%s at example.com", first, last); // invalid
        else if (kind == 2 && i > 0)
            std::snprintf(email, sizeof email, "customer%lld@example.com", static_cast<long long>(i / 2)); // repeated
        else
            std::snprintf(email, sizeof email, "%sCustomer%lld@%s%s", kind < 20 ? " " : "", static_cast<long long>(i),
                          kDomains[(r >> 16) % kDomains.size()], kind < 20 ? " " : "");

        char phone[64];
        // Subscriber numbers from 1 0...0 up, so that each country's numbers have its length.
        static constexpr std::array<quint32, 9> kPowers{1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
        const quint32 lowest = kPowers[static_cast<size_t>(country.subscriberDigits - 1)];
        const quint32 digits = lowest + static_cast<quint32>(i % (9 * lowest - 1));
        if ((r >> 20) % 10 == 0)
            phone[0] = '\0';
        else
            // National spellings only for Germany, the demo's default region: elsewhere a
            // number without its country code could not be matched.
            std::snprintf(phone, sizeof phone, "%s%u",
                          (r >> 24) % 2 && country.code == kCountries[0].code ? country.nationalPrefix : country.international,
                          digits);

        char maid[48] = "";
        if ((r >> 26) % 3 == 0) {
            std::snprintf(maid, sizeof maid, "%08X-%04X-4%03X-A%03X-%012llX", random.generate(), r & 0xffff, r & 0xfff,
                          (r >> 12) & 0xfff, static_cast<unsigned long long>(i));
        }
        const int length = std::snprintf(line, sizeof line, "C%09lld,%s,%s,%s,%s,%s,%s,%u.%02u,%s\n",
                                          static_cast<long long>(i), email, first, last, phone, country.code,
                                          country.city, (r >> 4) % 5000, r % 100, maid);
        chunk.append(line, length);
        if (chunk.size() > (1 << 20)) {
            if (out.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return out.write(chunk) == chunk.size();
}

} // namespace Sources
