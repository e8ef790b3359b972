// Parses arbitrary text as a segment rule and compiles what parses, in both SQL dialects.
#include "segments/rulecompiler.h"
#include "segments/ruleparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<Segments::Rule> rule = Segments::parseRule(text, &error);
    if (!rule) {
        if (error.isEmpty())
            __builtin_trap(); // a rejected rule must say why
        return 0;
    }
    static const Segments::FieldColumns fields = {
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("country"), QStringLiteral("Country")},
        {QStringLiteral("age"), QStringLiteral("age")},
        {QStringLiteral("a\"b"), QStringLiteral("a\"b")},
    };
    for (const auto dialect : {Segments::Dialect::Sqlite, Segments::Dialect::PostgreSql}) {
        QString compileError;
        const auto compiled = Segments::compileRule(*rule, fields, dialect, &compileError);
        if (!compiled && compileError.isEmpty())
            __builtin_trap();
        // Values are bound, never written into the SQL: placeholders match the bindings.
        if (compiled && compiled->where.count(QLatin1Char('?')) < compiled->bindings.size())
            __builtin_trap();
    }
    return 0;
}
