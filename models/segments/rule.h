#pragma once

#include <QString>

#include <vector>

namespace Segments {

enum class Operator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    StartsWith,
    In,
    IsEmpty,
    IsNotEmpty,
};

QString operatorText(Operator op); // "=", "starts with", "is not empty", ...

// A literal: text ('quoted' in the text form) or a number (compared numerically).
struct Value {
    enum class Type { Text, Number };
    Type type = Type::Text;
    QString text;      // the text, or the number as written
    double number = 0; // for numbers

    static Value fromText(const QString &text) { return {Type::Text, text, 0}; }
    static Value fromNumber(const QString &literal, double number)
    {
        return {Type::Number, literal, number};
    }
    bool operator==(const Value &other) const
    {
        return type == other.type && text == other.text;
    }
};

// The one rule model behind the GUI's builder and the text form: a tree of conditions joined
// by "and"/"or". Build it in code or with parseRule(); print it with toText().
struct Rule {
    enum class Kind { Condition, All /* and */, Any /* or */ };
    Kind kind = Kind::Condition;

    // Kind::Condition
    QString field;
    Operator op = Operator::Equal;
    std::vector<Value> values; // none for is (not) empty, one or more for in, else one

    // Kind::All and Kind::Any
    std::vector<Rule> children;

    static Rule condition(const QString &field, Operator op, std::vector<Value> values = {});
    static Rule all(std::vector<Rule> children);
    static Rule any(std::vector<Rule> children);

    bool operator==(const Rule &other) const;
};

// The canonical text form, which parseRule() reads back to an equal rule.
QString toText(const Rule &rule);

// Quotes a field name for the text form when it is not a plain identifier or is a keyword.
QString fieldText(const QString &field);

} // namespace Segments
