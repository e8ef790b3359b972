#include "rulecompiler.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Segments {

namespace {

class Compiler
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
public:
    Compiler(const FieldColumns &fields, Dialect dialect)
        : m_fields(fields)
        , m_dialect(dialect)
    {
    }

    std::optional<QString> compile(const Rule &rule)
    {
        if (rule.kind != Rule::Kind::Condition) {
            if (rule.children.empty()) {
                m_error = tr("An empty group of conditions.");
                return std::nullopt;
            }
            QStringList parts;
            for (const Rule &child : rule.children) {
                std::optional<QString> part = compile(child);
                if (!part)
                    return std::nullopt;
                parts.append(*part);
            }
            const QLatin1StringView joiner = rule.kind == Rule::Kind::All
                ? QLatin1StringView(" AND ")
                : QLatin1StringView(" OR ");
            return QLatin1Char('(') + parts.join(joiner) + QLatin1Char(')');
        }
        return condition(rule);
    }

    const QString &error() const { return m_error; }
    QVariantList takeBindings() { return std::move(m_bindings); }

private:
    // The column as text (PostgreSQL columns may have any type).
    QString text(const QString &column) const
    {
        return m_dialect == Dialect::Sqlite ? column
                                            : QLatin1StringView("CAST(") + column
                + QLatin1StringView(" AS text)");
    }

    // The column as a number, or NULL when it does not hold a plain decimal number.
    QString number(const QString &column) const
    {
        if (m_dialect == Dialect::Sqlite)
            return QLatin1StringView("ab_number(") + column + QLatin1Char(')');
        const QString asText = text(column);
        return QLatin1StringView("(CASE WHEN ") + asText
            // No '?' in the pattern: QPSQL would take it for a placeholder.
            + QLatin1StringView(" ~ '^[ \\t]*[-+]{0,1}([0-9]+([.][0-9]*){0,1}|[.][0-9]+)[ \\t]*$' THEN CAST(")
            + asText + QLatin1StringView(" AS double precision) END)");
    }

    QString textParameter(const QString &value)
    {
        m_bindings.append(value);
        return m_dialect == Dialect::Sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS text)");
    }

    QString numberParameter(double value)
    {
        m_bindings.append(value);
        return m_dialect == Dialect::Sqlite ? QStringLiteral("?")
                                            : QStringLiteral("CAST(? AS double precision)");
    }

    // Byte-order comparison of text, whatever the database's collation.
    QString ordered(const QString &expression) const
    {
        return m_dialect == Dialect::Sqlite ? expression
                                            : expression + QLatin1StringView(" COLLATE \"C\"");
    }

    std::optional<QString> condition(const Rule &rule)
    {
        const auto found = m_fields.constFind(rule.field.toLower());
        if (found == m_fields.cend()) {
            QStringList known = m_fields.keys();
            std::sort(known.begin(), known.end());
            m_error = tr("Unknown field '%1'; the profiles have: %2.")
                          .arg(rule.field, known.join(QLatin1StringView(", ")));
            return std::nullopt;
        }
        const QString column = quoteName(found.value());
        const bool needsOne = rule.op != Operator::IsEmpty && rule.op != Operator::IsNotEmpty
            && rule.op != Operator::In;
        if ((needsOne && rule.values.size() != 1) || (rule.op == Operator::In && rule.values.empty())) {
            m_error = tr("The condition on '%1' needs a value.").arg(rule.field);
            return std::nullopt;
        }
        const Value *value = rule.values.empty() ? nullptr : &rule.values.front();
        const bool numeric = value && value->type == Value::Type::Number;

        switch (rule.op) {
        case Operator::IsEmpty:
            return QLatin1Char('(') + column + QLatin1StringView(" IS NULL OR trim(") + text(column)
                + QLatin1StringView(") = '')");
        case Operator::IsNotEmpty:
            return QLatin1Char('(') + column + QLatin1StringView(" IS NOT NULL AND trim(")
                + text(column) + QLatin1StringView(") <> '')");
        case Operator::Contains:
            return m_dialect == Dialect::Sqlite
                ? QLatin1StringView("instr(") + column + QLatin1StringView(", ")
                    + textParameter(value->text) + QLatin1StringView(") > 0")
                : QLatin1StringView("strpos(") + text(column) + QLatin1StringView(", ")
                    + textParameter(value->text) + QLatin1StringView(") > 0");
        case Operator::StartsWith:
            if (m_dialect == Dialect::Sqlite) {
                // substr() counts characters like the prefix's length() does.
                const QString length = textParameter(value->text);
                return QLatin1StringView("substr(") + column + QLatin1StringView(", 1, length(")
                    + length + QLatin1StringView(")) = ") + textParameter(value->text);
            }
            return QLatin1StringView("starts_with(") + text(column) + QLatin1StringView(", ")
                + textParameter(value->text) + QLatin1Char(')');
        case Operator::In: {
            QStringList texts;
            QStringList numbers;
            for (const Value &item : rule.values) {
                if (item.type == Value::Type::Number)
                    numbers.append(numberParameter(item.number));
                else
                    texts.append(textParameter(item.text));
            }
            QStringList parts;
            if (!texts.isEmpty())
                parts.append(text(column) + QLatin1StringView(" IN (") + texts.join(QLatin1StringView(", ")) + QLatin1Char(')'));
            if (!numbers.isEmpty())
                parts.append(number(column) + QLatin1StringView(" IN (") + numbers.join(QLatin1StringView(", ")) + QLatin1Char(')'));
            return parts.size() == 1 ? parts.front()
                                     : QLatin1Char('(') + parts.join(QLatin1StringView(" OR ")) + QLatin1Char(')');
        }
        case Operator::NotEqual: {
            const QString left = numeric ? number(column) : text(column);
            const QString right = numeric ? numberParameter(value->number) : textParameter(value->text);
            return QLatin1Char('(') + left + QLatin1StringView(" IS NULL OR ") + left
                + QLatin1StringView(" <> ") + right + QLatin1Char(')');
        }
        case Operator::Equal:
        case Operator::Less:
        case Operator::LessOrEqual:
        case Operator::Greater:
        case Operator::GreaterOrEqual: {
            const QString op = operatorText(rule.op);
            if (numeric)
                return number(column) + QLatin1Char(' ') + op + QLatin1Char(' ') + numberParameter(value->number);
            const QString left = rule.op == Operator::Equal ? text(column) : ordered(text(column));
            return left + QLatin1Char(' ') + op + QLatin1Char(' ') + textParameter(value->text);
        }
        }
        m_error = tr("Unknown operator.");
        return std::nullopt;
    }

    const FieldColumns &m_fields;
    Dialect m_dialect;
    QVariantList m_bindings;
    QString m_error;
};

} // namespace

QString quoteName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

std::optional<CompiledRule> compileRule(const Rule &rule, const FieldColumns &fields,
                                        Dialect dialect, QString *error)
{
    Compiler compiler(fields, dialect);
    std::optional<QString> where = compiler.compile(rule);
    if (!where) {
        *error = compiler.error();
        return std::nullopt;
    }
    return CompiledRule{*where, compiler.takeBindings()};
}

} // namespace Segments
