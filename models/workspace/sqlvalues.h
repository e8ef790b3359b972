#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace Workspace {

// How the stores keep the values SQLite has no type of its own for, so that every table writes
// and reads them the same way.

// A null QString binds as NULL; the NOT NULL text columns keep "not set" as "".
QString textOrEmpty(const QString &value);

// JSON objects are kept as compact UTF-8 text.
QString jsonText(const QJsonObject &object);
QJsonObject jsonObject(const QVariant &text);

// Times are kept as nowText() writes them (UTC, ISO 8601 with milliseconds). NULL, a time that
// has not come yet (a run still going), reads as an invalid QDateTime.
QDateTime timeFromText(const QVariant &text);

} // namespace Workspace
