#include "ruleparser.h"

#include <QCoreApplication>

namespace Segments {

namespace {

struct Token {
    enum class Type { End, Word, QuotedName, Text, Number, LeftParen, RightParen, Comma, Compare };
    Type type = Type::End;
    QString text;
    qsizetype position = 0; // 0-based
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    std::optional<Rule> parse(QString *error)
    {
        if (!advance())
            return fail(error);
        std::optional<Rule> rule = parseOr();
        if (!rule)
            return fail(error);
        if (m_token.type != Token::Type::End) {
            m_error = expected(tr("'and', 'or' or the end of the rule"));
            return fail(error);
        }
        return rule;
    }

private:
    std::optional<Rule> fail(QString *error)
    {
        *error = m_error;
        return std::nullopt;
    }

    QString describe(const Token &token) const
    {
        return token.type == Token::Type::End ? tr("the end of the rule")
                                              : QLatin1Char('\'') + token.text + QLatin1Char('\'');
    }

    QString expected(const QString &what) const
    {
        return tr("Position %1: expected %2, found %3.")
            .arg(m_token.position + 1)
            .arg(what, describe(m_token));
    }

    bool isWord(QLatin1StringView word) const
    {
        return m_token.type == Token::Type::Word
            && m_token.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    // Reads the next token into m_token; false (with m_error) on a lexical error.
    bool advance()
    {
        qsizetype i = m_pos;
        while (i < m_text.size() && m_text[i].isSpace())
            ++i;
        m_token = Token{};
        m_token.position = i;
        if (i >= m_text.size()) {
            m_pos = i;
            return true;
        }
        const QChar c = m_text[i];
        auto single = [&](Token::Type type) {
            m_token.type = type;
            m_token.text = c;
            m_pos = i + 1;
            return true;
        };
        if (c == QLatin1Char('('))
            return single(Token::Type::LeftParen);
        if (c == QLatin1Char(')'))
            return single(Token::Type::RightParen);
        if (c == QLatin1Char(','))
            return single(Token::Type::Comma);
        if (c == QLatin1Char('=') || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char('!')) {
            qsizetype end = i + 1;
            if (end < m_text.size() && (m_text[end] == QLatin1Char('=')
                                        || (c == QLatin1Char('<') && m_text[end] == QLatin1Char('>'))))
                ++end;
            m_token.type = Token::Type::Compare;
            m_token.text = m_text.mid(i, end - i).toString();
            if (m_token.text == QLatin1StringView("!") || m_token.text == QLatin1StringView("==")) {
                m_error = tr("Position %1: unknown operator '%2'.").arg(i + 1).arg(m_token.text);
                return false;
            }
            if (m_token.text == QLatin1StringView("<>"))
                m_token.text = QStringLiteral("!=");
            m_pos = end;
            return true;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Quoted text or name; a doubled quote stands for one.
            QString content;
            qsizetype j = i + 1;
            for (;;) {
                if (j >= m_text.size()) {
                    m_error = tr("Position %1: the quote opened here is not closed.").arg(i + 1);
                    return false;
                }
                if (m_text[j] == c) {
                    if (j + 1 < m_text.size() && m_text[j + 1] == c) {
                        content.append(c);
                        j += 2;
                        continue;
                    }
                    break;
                }
                content.append(m_text[j]);
                ++j;
            }
            m_token.type = c == QLatin1Char('\'') ? Token::Type::Text : Token::Type::QuotedName;
            m_token.text = content;
            m_pos = j + 1;
            return true;
        }
        if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.'))
                            && i + 1 < m_text.size() && (m_text[i + 1].isDigit() || m_text[i + 1] == QLatin1Char('.')))) {
            qsizetype j = i + 1;
            while (j < m_text.size() && (m_text[j].isDigit() || m_text[j] == QLatin1Char('.')))
                ++j;
            const QString literal = m_text.mid(i, j - i).toString();
            bool ok = false;
            literal.toDouble(&ok);
            if (!ok || (j < m_text.size() && (m_text[j].isLetter() || m_text[j] == QLatin1Char('_')))) {
                m_error = tr("Position %1: '%2' is not a number.").arg(i + 1).arg(
                    m_text.mid(i, std::min<qsizetype>(j + 1, m_text.size()) - i).toString());
                return false;
            }
            m_token.type = Token::Type::Number;
            m_token.text = literal;
            m_pos = j;
            return true;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i + 1;
            while (j < m_text.size() && (m_text[j].isLetterOrNumber() || m_text[j] == QLatin1Char('_')))
                ++j;
            m_token.type = Token::Type::Word;
            m_token.text = m_text.mid(i, j - i).toString();
            m_pos = j;
            return true;
        }
        m_error = tr("Position %1: unexpected character '%2'.").arg(i + 1).arg(c);
        return false;
    }

    std::optional<Rule> parseOr()
    {
        std::vector<Rule> parts;
        for (;;) {
            std::optional<Rule> part = parseAnd();
            if (!part)
                return std::nullopt;
            if (part->kind == Rule::Kind::Any) {
                for (Rule &child : part->children)
                    parts.push_back(std::move(child));
            } else {
                parts.push_back(std::move(*part));
            }
            if (!isWord(QLatin1StringView("or")))
                break;
            if (!advance())
                return std::nullopt;
        }
        return parts.size() == 1 ? std::move(parts.front()) : Rule::any(std::move(parts));
    }

    std::optional<Rule> parseAnd()
    {
        std::vector<Rule> parts;
        for (;;) {
            std::optional<Rule> part = parseItem();
            if (!part)
                return std::nullopt;
            if (part->kind == Rule::Kind::All) {
                for (Rule &child : part->children)
                    parts.push_back(std::move(child));
            } else {
                parts.push_back(std::move(*part));
            }
            if (!isWord(QLatin1StringView("and")))
                break;
            if (!advance())
                return std::nullopt;
        }
        return parts.size() == 1 ? std::move(parts.front()) : Rule::all(std::move(parts));
    }

    std::optional<Rule> parseItem()
    {
        if (m_token.type == Token::Type::LeftParen) {
            // Parsing, compiling and freeing a rule recurse once per level: without a bound,
            // a few thousand '(' overflow the stack.
            if (m_depth == kMaxDepth) {
                m_error = tr("Position %1: parentheses nested more than %2 deep.")
                              .arg(m_token.position + 1)
                              .arg(kMaxDepth);
                return std::nullopt;
            }
            if (!advance())
                return std::nullopt;
            ++m_depth;
            std::optional<Rule> inner = parseOr();
            --m_depth;
            if (!inner)
                return std::nullopt;
            if (m_token.type != Token::Type::RightParen) {
                m_error = expected(tr("')'"));
                return std::nullopt;
            }
            if (!advance())
                return std::nullopt;
            return inner;
        }
        return parseCondition();
    }

    std::optional<Value> parseValue()
    {
        if (m_token.type == Token::Type::Text) {
            Value value = Value::fromText(m_token.text);
            if (!advance())
                return std::nullopt;
            return value;
        }
        if (m_token.type == Token::Type::Number) {
            Value value = Value::fromNumber(m_token.text, m_token.text.toDouble());
            if (!advance())
                return std::nullopt;
            return value;
        }
        m_error = expected(tr("a value ('text' or a number)"));
        return std::nullopt;
    }

    std::optional<Rule> parseCondition()
    {
        static const QStringList reserved{QStringLiteral("and"), QStringLiteral("or"),
                                          QStringLiteral("in"), QStringLiteral("is"),
                                          QStringLiteral("not"), QStringLiteral("contains"),
                                          QStringLiteral("starts"), QStringLiteral("with"),
                                          QStringLiteral("empty")};
        const bool nameToken = m_token.type == Token::Type::QuotedName
            || (m_token.type == Token::Type::Word && !reserved.contains(m_token.text.toLower()));
        if (!nameToken) {
            m_error = expected(tr("a field name"));
            return std::nullopt;
        }
        const QString field = m_token.text;
        if (field.isEmpty()) {
            m_error = tr("Position %1: a field name cannot be empty.").arg(m_token.position + 1);
            return std::nullopt;
        }
        if (!advance())
            return std::nullopt;

        if (m_token.type == Token::Type::Compare) {
            static const QList<std::pair<QLatin1StringView, Operator>> compares{
                {QLatin1StringView("="), Operator::Equal},
                {QLatin1StringView("!="), Operator::NotEqual},
                {QLatin1StringView("<"), Operator::Less},
                {QLatin1StringView("<="), Operator::LessOrEqual},
                {QLatin1StringView(">"), Operator::Greater},
                {QLatin1StringView(">="), Operator::GreaterOrEqual},
            };
            Operator op = Operator::Equal;
            for (const auto &[text, candidate] : compares) {
                if (m_token.text == text)
                    op = candidate;
            }
            if (!advance())
                return std::nullopt;
            std::optional<Value> value = parseValue();
            if (!value)
                return std::nullopt;
            return Rule::condition(field, op, {*value});
        }
        if (isWord(QLatin1StringView("contains"))) {
            if (!advance())
                return std::nullopt;
            std::optional<Value> value = parseValue();
            if (!value)
                return std::nullopt;
            return Rule::condition(field, Operator::Contains, {*value});
        }
        if (isWord(QLatin1StringView("starts"))) {
            if (!advance())
                return std::nullopt;
            if (!isWord(QLatin1StringView("with"))) {
                m_error = expected(tr("'with'"));
                return std::nullopt;
            }
            if (!advance())
                return std::nullopt;
            std::optional<Value> value = parseValue();
            if (!value)
                return std::nullopt;
            return Rule::condition(field, Operator::StartsWith, {*value});
        }
        if (isWord(QLatin1StringView("in"))) {
            if (!advance())
                return std::nullopt;
            if (m_token.type != Token::Type::LeftParen) {
                m_error = expected(tr("'(' after 'in'"));
                return std::nullopt;
            }
            if (!advance())
                return std::nullopt;
            std::vector<Value> values;
            for (;;) {
                std::optional<Value> value = parseValue();
                if (!value)
                    return std::nullopt;
                values.push_back(*value);
                if (m_token.type == Token::Type::Comma) {
                    if (!advance())
                        return std::nullopt;
                    continue;
                }
                if (m_token.type != Token::Type::RightParen) {
                    m_error = expected(tr("',' or ')'"));
                    return std::nullopt;
                }
                if (!advance())
                    return std::nullopt;
                break;
            }
            return Rule::condition(field, Operator::In, std::move(values));
        }
        if (isWord(QLatin1StringView("is"))) {
            if (!advance())
                return std::nullopt;
            bool negated = false;
            if (isWord(QLatin1StringView("not"))) {
                negated = true;
                if (!advance())
                    return std::nullopt;
            }
            if (!isWord(QLatin1StringView("empty"))) {
                m_error = expected(negated ? tr("'empty'") : tr("'empty' or 'not empty'"));
                return std::nullopt;
            }
            if (!advance())
                return std::nullopt;
            return Rule::condition(field, negated ? Operator::IsNotEmpty : Operator::IsEmpty);
        }
        m_error = expected(tr("an operator (=, !=, <, <=, >, >=, contains, starts with, in, is "
                              "empty, is not empty) after field '%1'").arg(field));
        return std::nullopt;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    static constexpr int kMaxDepth = 50; // far beyond any rule a person writes

    Token m_token;
    QString m_error;
    int m_depth = 0;
};

} // namespace

std::optional<Rule> parseRule(QStringView text, QString *error)
{
    return Parser(text).parse(error);
}

} // namespace Segments
