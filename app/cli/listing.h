#pragma once

#include "workspaceoption.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Cli {

// The rows of a workspace store's list(&error), or nullopt once the error is printed: the stores
// answer a refusal or an SQL error with an empty list and the reason in error.
template<typename Store>
auto listOrPrintError(const Store &store) -> std::optional<decltype(store.list(nullptr))>
{
    QString error;
    auto rows = store.list(&error);
    if (!error.isEmpty()) {
        printError(error);
        return std::nullopt;
    }
    return rows;
}

// One line of the tables the list commands print: the cells separated by tabs, so that scripts
// can cut them apart. The header is a row too, its tabs inside one translated text.
template<typename First, typename... Rest>
void writeTableRow(QTextStream &out, const First &first, const Rest &...rest)
{
    out << first;
    ((out << '\t' << rest), ...);
    out << '\n';
}

} // namespace Cli
