#pragma once

#include "profilehasher.h"

#include <QString>
#include <QStringList>

#include <array>

#include <vector>

namespace Exporting {

// Streams the members of an export's segments (their union, each profile once), with the raw
// values of the identifier fields the export matches on. Implemented over the workspace's SQLite
// profiles or an external SQL database; read from the worker thread only.
class MemberSource
{
public:
    virtual ~MemberSource() = default;

    // How many members there are, for progress and ETA; -1 when unknown.
    virtual qint64 count() = 0;
    // Replaces rows with up to maxRows next members. Returns false on error (see error()); an
    // empty rows with true means the end.
    virtual bool read(std::vector<ProfileIdentifiers> &rows, qsizetype maxRows) = 0;
    virtual QString error() const = 0;
};

// The columns a member query selects for the schemas an export matches on, and where each
// schema's value is in a row of the answer (-1 for a schema not matched).
struct SelectedFields {
    QStringList columns;
    std::array<int, kSchemaCount> indexOf{-1, -1, -1};

    // fields: the profile field per schema; empty when not matched.
    explicit SelectedFields(const std::array<QString, kSchemaCount> &fields)
    {
        for (size_t s = 0; s < fields.size(); ++s) {
            if (fields[s].isEmpty())
                continue;
            indexOf[s] = static_cast<int>(columns.size());
            columns.append(fields[s]);
        }
    }
};

} // namespace Exporting
