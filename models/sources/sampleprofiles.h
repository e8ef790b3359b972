#pragma once

#include <QIODevice>

namespace Sources {

// Writes a CSV of made-up customer profiles, the same for the same seed: for the demo
// workspace, the benchmarks and trying the program out. Columns: customer_id, email,
// first_name, last_name, phone, country, city, ltv, mobile_ad_id. Like real CRM data it has
// mixed-case and padded emails, about 2% invalid or missing emails, 1% repeated emails, phones
// in national and international spellings (10% missing), and mobile ad IDs for a third of the
// profiles. Returns false when writing fails.
bool writeSampleProfiles(QIODevice &out, qint64 rows, quint32 seed = 1);

} // namespace Sources
