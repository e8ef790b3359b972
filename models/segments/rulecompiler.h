#pragma once

#include "rule.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Segments {

enum class Dialect { Sqlite, PostgreSql };

// A WHERE condition with '?' placeholders and the values to bind, in order. Field names
// become quoted column names checked against the source's columns; values are only ever
// bound, never written into the SQL.
struct CompiledRule {
    QString where;
    QVariantList bindings;
};

// The fields a rule may name: lower-cased field name -> column name in the source table.
using FieldColumns = QHash<QString, QString>;

// Semantics, identical in both dialects:
//  - a number literal compares numerically with fields that hold a plain decimal number
//    ([+-]digits[.digits]); fields holding anything else never match <, <=, >, >=, = or in,
//    and always match != ;
//  - text compares exactly (case-sensitive, by code point);
//  - "contains" and "starts with" are case-sensitive;
//  - "is empty" matches a missing value or one of only spaces.
// Needs the ab_number() SQL function in SQLite (registered on every workspace connection).
std::optional<CompiledRule> compileRule(const Rule &rule, const FieldColumns &fields,
                                        Dialect dialect, QString *error);

// An identifier from outside (a table or column name) quoted for SQL (both dialects).
QString quoteName(const QString &name);

} // namespace Segments
