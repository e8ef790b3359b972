#include "rule.h"

#include <QStringList>

namespace Segments {

namespace {

bool isKeyword(const QString &word)
{
    static const QStringList keywords{
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("in"),
        QStringLiteral("is"), QStringLiteral("not"), QStringLiteral("empty"),
        QStringLiteral("contains"), QStringLiteral("starts"), QStringLiteral("with"),
    };
    return keywords.contains(word.toLower());
}

bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QString valueText(const Value &value)
{
    if (value.type == Value::Type::Number)
        return value.text;
    QString escaped = value.text;
    escaped.replace(QLatin1Char('\''), QLatin1StringView("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString print(const Rule &rule, bool insideAll)
{
    switch (rule.kind) {
    case Rule::Kind::Condition: {
        QString text = fieldText(rule.field) + QLatin1Char(' ') + operatorText(rule.op);
        if (rule.op == Operator::IsEmpty || rule.op == Operator::IsNotEmpty)
            return text;
        if (rule.op == Operator::In) {
            QStringList items;
            for (const Value &value : rule.values)
                items.append(valueText(value));
            return text + QLatin1StringView(" (") + items.join(QLatin1StringView(", "))
                + QLatin1Char(')');
        }
        return text + QLatin1Char(' ')
            + (rule.values.empty() ? QString() : valueText(rule.values.front()));
    }
    case Rule::Kind::All:
    case Rule::Kind::Any: {
        if (rule.children.size() == 1)
            return print(rule.children.front(), insideAll);
        const bool all = rule.kind == Rule::Kind::All;
        QStringList parts;
        for (const Rule &child : rule.children)
            parts.append(print(child, all));
        const QString joined = parts.join(all ? QLatin1StringView(" and ") : QLatin1StringView(" or "));
        // "and" binds tighter than "or": only an "or" inside an "and" needs parentheses.
        return !all && insideAll ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
    }
    }
    return {};
}

} // namespace

QString operatorText(Operator op)
{
    switch (op) {
    case Operator::Equal: return QStringLiteral("=");
    case Operator::NotEqual: return QStringLiteral("!=");
    case Operator::Less: return QStringLiteral("<");
    case Operator::LessOrEqual: return QStringLiteral("<=");
    case Operator::Greater: return QStringLiteral(">");
    case Operator::GreaterOrEqual: return QStringLiteral(">=");
    case Operator::Contains: return QStringLiteral("contains");
    case Operator::StartsWith: return QStringLiteral("starts with");
    case Operator::In: return QStringLiteral("in");
    case Operator::IsEmpty: return QStringLiteral("is empty");
    case Operator::IsNotEmpty: return QStringLiteral("is not empty");
    }
    return {};
}

QString fieldText(const QString &field)
{
    if (isPlainIdentifier(field) && !isKeyword(field))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Rule Rule::condition(const QString &field, Operator op, std::vector<Value> values)
{
    Rule rule;
    rule.field = field;
    rule.op = op;
    rule.values = std::move(values);
    return rule;
}

Rule Rule::all(std::vector<Rule> children)
{
    Rule rule;
    rule.kind = Kind::All;
    rule.children = std::move(children);
    return rule;
}

Rule Rule::any(std::vector<Rule> children)
{
    Rule rule;
    rule.kind = Kind::Any;
    rule.children = std::move(children);
    return rule;
}

bool Rule::operator==(const Rule &other) const
{
    if (kind != other.kind)
        return false;
    if (kind == Kind::Condition)
        return field == other.field && op == other.op && values == other.values;
    return children == other.children;
}

QString toText(const Rule &rule)
{
    return print(rule, false);
}

} // namespace Segments
