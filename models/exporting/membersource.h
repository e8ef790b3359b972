#pragma once

#include "profilehasher.h"

#include <QString>

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

} // namespace Exporting
