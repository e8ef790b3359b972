#include "countdelegate.h"

#include <QLocale>

QString CountDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        QLocale grouped = locale;
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return grouped.toString(value.toLongLong());
    }
    default:
        return QStyledItemDelegate::displayText(value, locale);
    }
}
