#pragma once

#include "normalization.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <string>

namespace Identity {

class InternationalNumberShortcut;

// Phone numbers to E.164 digits without the "+" (country code first, no trunk "0"), parsed by
// libphonenumber. A leading "00" counts as the international prefix. A number written without a
// country code takes the default region; with no default region it is rejected
// (no_country_code). A number that libphonenumber does not consider possible for its country is
// rejected (invalid_phone).
//
// Numbers written "+<country code> <digits>" in the common countries take a shortcut that needs
// no regular expression (InternationalNumberShortcut, a few million a second); the rest go
// through libphonenumber's Parse at about 100,000 a second per core, so callers with many numbers
// spread them over threads.
// Thread-safe: normalize() is const and libphonenumber's PhoneNumberUtil is thread-safe.
class PhoneNormalizer
{
public:
    // defaultRegion is an ISO 3166 region code such as "DE" or "US", or empty for none.
    explicit PhoneNormalizer(const QString &defaultRegion = {});

    Normalization normalize(QByteArrayView input, QByteArray &out) const;
    // The same through libphonenumber's Parse alone: the reference the shortcut is checked against.
    Normalization normalizeWithoutShortcut(QByteArrayView input, QByteArray &out) const;

    QString defaultRegion() const { return QString::fromStdString(m_defaultRegion); }

    static bool isSupportedRegion(const QString &region);
    static QStringList supportedRegions();

private:
    Normalization normalize(QByteArrayView input, QByteArray &out, const InternationalNumberShortcut *shortcut) const;

    std::string m_defaultRegion;
};

} // namespace Identity
