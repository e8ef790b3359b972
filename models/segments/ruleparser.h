#pragma once

#include "rule.h"

#include <QString>

#include <optional>

namespace Segments {

// Reads the text form of a rule:
//   rule      := and-group ("or" and-group)*
//   and-group := item ("and" item)*
//   item      := "(" rule ")" | condition
//   condition := field ( ("=" | "!=" | "<" | "<=" | ">" | ">=") value
//                      | "contains" value | "starts with" value
//                      | "in" "(" value ("," value)* ")"
//                      | "is empty" | "is not empty" )
//   field     := name ([A-Za-z_][A-Za-z0-9_]*) | "double-quoted name" ("" for a quote)
//   value     := 'single-quoted text' ('' for a quote) | number (-12, 3.5)
// Keywords are case-insensitive; "and" binds tighter than "or".
// Returns nullopt with *error naming the position (1-based character) and what was expected.
std::optional<Rule> parseRule(QStringView text, QString *error);

} // namespace Segments
