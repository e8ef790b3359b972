// The rule language: parsing, printing, compiling to parameterized SQL, and what the compiled
// SQL selects, including injection attempts.
#include <segments/rulecompiler.h>
#include <segments/ruleparser.h>
#include <workspace/sqlitefunctions.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Segments;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsesEveryOperator_data();
    void parsesEveryOperator();
    void precedenceAndParentheses();
    void printsCanonicalForm_data();
    void printsCanonicalForm();
    void printedRuleParsesBackEqual();
    void builtRulePrints();
    void rejectsBadText_data();
    void rejectsBadText();
    void compilesToBoundParameters();
    void rejectsUnknownFields();
    void injectionAttemptsStayValues_data();
    void injectionAttemptsStayValues();
    void selects_data();
    void selects();
    void postgresDialect();

private:
    QStringList select(const QString &ruleText, QString *error = nullptr);
    QSqlDatabase m_db;
    FieldColumns m_fields;
};

void TestRules::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rules"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QVERIFY(Workspace::registerSqliteFunctions(m_db));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TABLE profiles(id TEXT, name TEXT, country TEXT, ltv TEXT, \"first name\" TEXT)")));
    const char *rows[][5] = {
        {"p1", "Ann", "DE", "150", "Ann"},
        {"p2", "Bob", "DE", "99.5", "Bob"},
        {"p3", "Cé", "FR", "1000", ""},
        {"p4", "x' or 1=1 --", "de", "abc", "  "},
        {"p5", "O'Brien", "", "-5", "Olivia"},
        {"p6", "Zoë", "AT", "", "Zoë"},
    };
    for (const auto &row : rows) {
        query.prepare(QStringLiteral("INSERT INTO profiles VALUES(?, ?, ?, ?, ?)"));
        for (const char *value : row)
            query.addBindValue(QString::fromUtf8(value));
        QVERIFY(query.exec());
    }
    m_fields = {{QStringLiteral("id"), QStringLiteral("id")},
                {QStringLiteral("name"), QStringLiteral("name")},
                {QStringLiteral("country"), QStringLiteral("country")},
                {QStringLiteral("ltv"), QStringLiteral("ltv")},
                {QStringLiteral("first name"), QStringLiteral("first name")}};
}

void TestRules::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("rules"));
}

QStringList TestRules::select(const QString &ruleText, QString *error)
{
    QString problem;
    const std::optional<Rule> rule = parseRule(ruleText, &problem);
    if (!rule) {
        if (error)
            *error = problem;
        return {QStringLiteral("parse error")};
    }
    const std::optional<CompiledRule> compiled = compileRule(*rule, m_fields, Dialect::Sqlite, &problem);
    if (!compiled) {
        if (error)
            *error = problem;
        return {QStringLiteral("compile error")};
    }
    QSqlQuery query(m_db);
    query.prepare(QLatin1StringView("SELECT id FROM profiles WHERE ") + compiled->where
                  + QLatin1StringView(" ORDER BY id"));
    for (const QVariant &value : compiled->bindings)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("sql error: ") + query.lastError().text()};
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

void TestRules::parsesEveryOperator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("valueCount");
    QTest::newRow("=") << QStringLiteral("country = 'DE'") << int(Operator::Equal) << 1;
    QTest::newRow("!=") << QStringLiteral("country != 'DE'") << int(Operator::NotEqual) << 1;
    QTest::newRow("<>") << QStringLiteral("country <> 'DE'") << int(Operator::NotEqual) << 1;
    QTest::newRow("<") << QStringLiteral("ltv < 5") << int(Operator::Less) << 1;
    QTest::newRow("<=") << QStringLiteral("ltv <= 5.5") << int(Operator::LessOrEqual) << 1;
    QTest::newRow(">") << QStringLiteral("ltv > -1") << int(Operator::Greater) << 1;
    QTest::newRow(">=") << QStringLiteral("ltv>=100") << int(Operator::GreaterOrEqual) << 1;
    QTest::newRow("contains") << QStringLiteral("name contains 'an'") << int(Operator::Contains) << 1;
    QTest::newRow("starts with") << QStringLiteral("name STARTS With 'A'") << int(Operator::StartsWith) << 1;
    QTest::newRow("in") << QStringLiteral("country in ('DE', 'AT', 1)") << int(Operator::In) << 3;
    QTest::newRow("is empty") << QStringLiteral("country is empty") << int(Operator::IsEmpty) << 0;
    QTest::newRow("is not empty") << QStringLiteral("country IS NOT EMPTY") << int(Operator::IsNotEmpty) << 0;
}

void TestRules::parsesEveryOperator()
{
    QFETCH(QString, text);
    QFETCH(int, op);
    QFETCH(int, valueCount);
    QString error;
    const std::optional<Rule> rule = parseRule(text, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, Rule::Kind::Condition);
    QCOMPARE(int(rule->op), op);
    QCOMPARE(int(rule->values.size()), valueCount);
}

void TestRules::precedenceAndParentheses()
{
    QString error;
    // and binds tighter than or.
    std::optional<Rule> rule = parseRule(QStringLiteral("a = 1 or b = 2 and c = 3"), &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, Rule::Kind::Any);
    QCOMPARE(rule->children.size(), size_t(2));
    QCOMPARE(rule->children[1].kind, Rule::Kind::All);
    rule = parseRule(QStringLiteral("(a = 1 or b = 2) and c = 3"), &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, Rule::Kind::All);
    QCOMPARE(rule->children[0].kind, Rule::Kind::Any);
    // Chains flatten; redundant parentheses disappear.
    rule = parseRule(QStringLiteral("a = 1 and (b = 2 and c = 3) and ((d = 4))"), &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->children.size(), size_t(4));
    // 50 levels of genuinely nested groups (alternating and/or) still parse and compile.
    QString deep = QStringLiteral("country = 'DE'");
    for (int i = 0; i < 50; ++i)
        deep = QStringLiteral("ltv = %1 %2 (%3)").arg(i).arg(i % 2 ? QStringLiteral("or") : QStringLiteral("and"), deep);
    rule = parseRule(deep, &error);
    QVERIFY2(rule, qPrintable(error));
    QVERIFY(compileRule(*rule, m_fields, Dialect::Sqlite, &error));
    // Text with a doubled quote.
    rule = parseRule(QStringLiteral("name = 'O''Brien'"), &error);
    QCOMPARE(rule->values.front().text, QStringLiteral("O'Brien"));
    QCOMPARE(rule->values.front().type, Value::Type::Text);
    // Quoted field names.
    rule = parseRule(QStringLiteral("\"first name\" = 'Ann' and \"and\" = 1"), &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->children[0].field, QStringLiteral("first name"));
    QCOMPARE(rule->children[1].field, QStringLiteral("and"));
}

void TestRules::printsCanonicalForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("printed");
    QTest::newRow("spacing and case") << QStringLiteral("country='DE'  AND ltv>=100")
                                      << QStringLiteral("country = 'DE' and ltv >= 100");
    QTest::newRow("or inside and") << QStringLiteral("(a = 1 OR b = 2) and c = 3")
                                   << QStringLiteral("(a = 1 or b = 2) and c = 3");
    QTest::newRow("and inside or") << QStringLiteral("(a = 1 and b = 2) or c = 3")
                                   << QStringLiteral("a = 1 and b = 2 or c = 3");
    QTest::newRow("quotes") << QStringLiteral("name = 'it''s'") << QStringLiteral("name = 'it''s'");
    QTest::newRow("in list") << QStringLiteral("country in('DE','AT' , 3)")
                             << QStringLiteral("country in ('DE', 'AT', 3)");
    QTest::newRow("field needing quotes") << QStringLiteral("\"first name\" is not empty")
                                          << QStringLiteral("\"first name\" is not empty");
    QTest::newRow("keyword field") << QStringLiteral("\"in\" starts with 'x'")
                                   << QStringLiteral("\"in\" starts with 'x'");
    QTest::newRow("<> is !=") << QStringLiteral("a <> 'b'") << QStringLiteral("a != 'b'");
}

void TestRules::printsCanonicalForm()
{
    QFETCH(QString, input);
    QFETCH(QString, printed);
    QString error;
    const std::optional<Rule> rule = parseRule(input, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(toText(*rule), printed);
}

void TestRules::printedRuleParsesBackEqual()
{
    const QStringList rules{
        QStringLiteral("country = 'DE' and (ltv >= 100 or name contains 'x''y') and id is not empty"),
        QStringLiteral("\"first name\" in ('a', 'b''c', -1.5) or country is empty"),
        QStringLiteral("((a = 1 or b = 2) and (c = 3 or d = 4)) or e starts with ''"),
    };
    for (const QString &text : rules) {
        QString error;
        const std::optional<Rule> rule = parseRule(text, &error);
        QVERIFY2(rule, qPrintable(error));
        const std::optional<Rule> again = parseRule(toText(*rule), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY2(*again == *rule, qPrintable(toText(*rule)));
    }
}

void TestRules::builtRulePrints()
{
    // What the GUI builder produces prints as the text form.
    const Rule rule = Rule::all({
        Rule::condition(QStringLiteral("country"), Operator::In,
                        {Value::fromText(QStringLiteral("DE")), Value::fromText(QStringLiteral("AT"))}),
        Rule::any({Rule::condition(QStringLiteral("ltv"), Operator::Greater,
                                   {Value::fromNumber(QStringLiteral("100"), 100)}),
                   Rule::condition(QStringLiteral("email"), Operator::IsEmpty)}),
    });
    QCOMPARE(toText(rule), QStringLiteral("country in ('DE', 'AT') and (ltv > 100 or email is empty)"));
}

void TestRules::rejectsBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("Position 1: expected a field name, found the end of the rule.");
    QTest::newRow("missing value") << QStringLiteral("ltv >=") << QStringLiteral("Position 7: expected a value ('text' or a number), found the end of the rule.");
    QTest::newRow("unclosed quote") << QStringLiteral("name = 'abc") << QStringLiteral("Position 8: the quote opened here is not closed.");
    QTest::newRow("double-quoted value") << QStringLiteral("name = \"abc\"") << QStringLiteral("Position 8: expected a value");
    QTest::newRow("unknown operator") << QStringLiteral("name like 'a%'") << QStringLiteral("Position 6: expected an operator");
    QTest::newRow("==") << QStringLiteral("a == 1") << QStringLiteral("unknown operator '=='");
    QTest::newRow("unbalanced (") << QStringLiteral("(a = 1") << QStringLiteral("expected ')'");
    QTest::newRow("unbalanced )") << QStringLiteral("a = 1)") << QStringLiteral("Position 6: expected 'and', 'or' or the end of the rule, found ')'.");
    QTest::newRow("dangling and") << QStringLiteral("a = 1 and") << QStringLiteral("expected a field name");
    QTest::newRow("starts without with") << QStringLiteral("a starts 'x'") << QStringLiteral("expected 'with'");
    QTest::newRow("in without list") << QStringLiteral("a in 'x'") << QStringLiteral("expected '(' after 'in'");
    QTest::newRow("empty in") << QStringLiteral("a in ()") << QStringLiteral("expected a value");
    QTest::newRow("is nothing") << QStringLiteral("a is 'x'") << QStringLiteral("expected 'empty' or 'not empty'");
    QTest::newRow("bad number") << QStringLiteral("a = 1.2.3") << QStringLiteral("'1.2.3' is not a number");
    QTest::newRow("number glued to word") << QStringLiteral("a = 12abc") << QStringLiteral("is not a number");
    QTest::newRow("semicolon") << QStringLiteral("a = 1; DROP TABLE profiles") << QStringLiteral("unexpected character ';'");
    QTest::newRow("comment") << QStringLiteral("a = 1 -- x") << QStringLiteral("Position 7");
    QTest::newRow("keyword as field") << QStringLiteral("and = 1") << QStringLiteral("expected a field name, found 'and'");
    // Found by fuzzing: unbounded nesting overflowed the stack.
    QTest::newRow("100,000 parentheses") << QString(100000, QLatin1Char('(')) + QStringLiteral("a = 1")
                                         << QStringLiteral("Position 51: parentheses nested more than 50 deep.");
}

void TestRules::rejectsBadText()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseRule(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestRules::compilesToBoundParameters()
{
    QString error;
    const std::optional<Rule> rule = parseRule(QStringLiteral("country = 'DE' and ltv >= 100"), &error);
    const std::optional<CompiledRule> compiled = compileRule(*rule, m_fields, Dialect::Sqlite, &error);
    QVERIFY2(compiled, qPrintable(error));
    QCOMPARE(compiled->where, QStringLiteral("(\"country\" = ? AND ab_number(\"ltv\") >= ?)"));
    QCOMPARE(compiled->bindings, (QVariantList{QStringLiteral("DE"), 100.0}));
}

void TestRules::rejectsUnknownFields()
{
    QString error;
    QCOMPARE(select(QStringLiteral("email = 'x'"), &error), QStringList{QStringLiteral("compile error")});
    QVERIFY2(error.contains(QLatin1StringView("Unknown field 'email'")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("country")));
    // A field name that is itself an injection attempt is just an unknown field.
    QCOMPARE(select(QStringLiteral("\"name\"\" = '' OR 1=1 --\" = 'x'"), &error), QStringList{QStringLiteral("compile error")});
    QVERIFY2(error.contains(QLatin1StringView("Unknown field")), qPrintable(error));
    // Field names are case-insensitive.
    QCOMPARE(select(QStringLiteral("COUNTRY = 'AT'")), QStringList{QStringLiteral("p6")});
}

void TestRules::injectionAttemptsStayValues_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("ids");
    // The whole text is one value: it matches only the profile whose name is exactly that text.
    QTest::newRow("quote break-out") << QStringLiteral("name = 'x'' or 1=1 --'")
                                     << QStringList{QStringLiteral("p4")};
    QTest::newRow("tautology") << QStringLiteral("name = 'y'' or ''1''=''1'") << QStringList{};
    QTest::newRow("matches the literal text") << QStringLiteral("name starts with 'x'' or'")
                                              << QStringList{QStringLiteral("p4")};
    QTest::newRow("union") << QStringLiteral("name = ''' UNION SELECT id FROM profiles --'") << QStringList{};
    QTest::newRow("in list") << QStringLiteral("country in ('DE'') OR (1=1', 'x')") << QStringList{};
    QTest::newRow("contains percent") << QStringLiteral("name contains '%'") << QStringList{};
    QTest::newRow("contains underscore") << QStringLiteral("name contains '_'") << QStringList{};
}

void TestRules::injectionAttemptsStayValues()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, ids);
    QString error;
    const std::optional<Rule> parsed = parseRule(rule, &error);
    QVERIFY2(parsed, qPrintable(error));
    const std::optional<CompiledRule> compiled = compileRule(*parsed, m_fields, Dialect::Sqlite, &error);
    QVERIFY2(compiled, qPrintable(error));
    // No literal text reaches the SQL: only placeholders.
    QVERIFY2(!compiled->where.contains(QLatin1Char('\'')), qPrintable(compiled->where));
    QVERIFY(!compiled->where.contains(QLatin1StringView("1=1")));
    QCOMPARE(select(rule), ids);
    // The table is intact.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM profiles")) && query.next());
    QCOMPARE(query.value(0).toInt(), 6);
}

void TestRules::selects_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("ids");
    auto ids = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *id : list)
            result.append(QString::fromLatin1(id));
        return result;
    };
    QTest::newRow("text equal is case-sensitive") << QStringLiteral("country = 'DE'") << ids({"p1", "p2"});
    QTest::newRow("not equal includes empty") << QStringLiteral("country != 'DE'") << ids({"p3", "p4", "p5", "p6"});
    QTest::newRow("number >=") << QStringLiteral("ltv >= 100") << ids({"p1", "p3"});
    QTest::newRow("number < skips non-numbers") << QStringLiteral("ltv < 100") << ids({"p2", "p5"});
    QTest::newRow("number = matches 99.50") << QStringLiteral("ltv = 99.50") << ids({"p2"});
    QTest::newRow("number != includes non-numbers") << QStringLiteral("ltv != 150") << ids({"p2", "p3", "p4", "p5", "p6"});
    QTest::newRow("text <") << QStringLiteral("country < 'E'") << ids({"p1", "p2", "p5", "p6"});
    QTest::newRow("contains is case-sensitive") << QStringLiteral("name contains 'o'") << ids({"p2", "p4", "p6"});
    QTest::newRow("contains non-ASCII") << QStringLiteral("name contains 'é'") << ids({"p3"});
    QTest::newRow("starts with") << QStringLiteral("name starts with 'O''B'") << ids({"p5"});
    QTest::newRow("starts with non-ASCII") << QStringLiteral("name starts with 'Zo'") << ids({"p6"});
    QTest::newRow("in texts") << QStringLiteral("country in ('FR', 'AT')") << ids({"p3", "p6"});
    QTest::newRow("in numbers") << QStringLiteral("ltv in (150, -5, 7)") << ids({"p1", "p5"});
    QTest::newRow("in mixed") << QStringLiteral("ltv in ('abc', 1000)") << ids({"p3", "p4"});
    QTest::newRow("is empty counts spaces") << QStringLiteral("\"first name\" is empty") << ids({"p3", "p4"});
    QTest::newRow("is not empty") << QStringLiteral("country is not empty") << ids({"p1", "p2", "p3", "p4", "p6"});
    QTest::newRow("and/or") << QStringLiteral("country = 'DE' and ltv >= 100 or country = 'AT'") << ids({"p1", "p6"});
    QTest::newRow("parentheses") << QStringLiteral("country = 'DE' and (ltv >= 100 or name = 'Bob')") << ids({"p1", "p2"});
    QTest::newRow("id field") << QStringLiteral("id in ('p1', 'p9')") << ids({"p1"});
}

void TestRules::selects()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, ids);
    QCOMPARE(select(rule), ids);
}

void TestRules::postgresDialect()
{
    QString error;
    const std::optional<Rule> rule = parseRule(
        QStringLiteral("country = 'DE' and ltv >= 100 and name starts with 'A'"), &error);
    const std::optional<CompiledRule> compiled = compileRule(*rule, m_fields, Dialect::PostgreSql, &error);
    QVERIFY2(compiled, qPrintable(error));
    QVERIFY(compiled->where.contains(QLatin1StringView("CAST(\"country\" AS text) = CAST(? AS text)")));
    QVERIFY(compiled->where.contains(QLatin1StringView("starts_with(CAST(\"name\" AS text), CAST(? AS text))")));
    QVERIFY(compiled->where.contains(QLatin1StringView("AS double precision) END) >= CAST(? AS double precision)")));
    QCOMPARE(compiled->bindings.size(), 3);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
