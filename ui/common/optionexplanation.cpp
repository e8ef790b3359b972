#include "optionexplanation.h"

#include <QLabel>

QLabel *optionExplanation(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}
