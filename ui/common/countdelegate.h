#pragma once

#include <QStyledItemDelegate>

// Shows whole numbers with the locale's digit grouping ("24,000", "24.000"), which Qt's item
// views leave out (they set QLocale::OmitGroupSeparator). The models keep counts as numbers, so
// they still sort as numbers.
class CountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
