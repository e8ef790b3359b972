#include "sqlvalues.h"

#include <QJsonDocument>

namespace Workspace {

QString textOrEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime timeFromText(const QVariant &text)
{
    return text.isNull() ? QDateTime() : QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace Workspace
