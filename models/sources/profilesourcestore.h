#pragma once

#include "sqlprofilesource.h"

#include <QList>

#include <optional>

namespace Workspace {
class Workspace;
}

namespace Sources {

// The external profile sources' connection settings, kept in the workspace (never the
// password: SqlSourceSettings::secretKey() names it in the keychain). Administrators and
// contributors manage them, like imports; everyone in the workspace may look.
class ProfileSourceStore
{
public:
    explicit ProfileSourceStore(Workspace::Workspace &workspace);

    QList<SqlSourceSettings> list(QString *error) const;
    std::optional<SqlSourceSettings> find(const QString &name) const;
    bool save(const SqlSourceSettings &settings, QString *error); // insert or update by name
    bool remove(const QString &name, QString *error);

private:
    Workspace::Workspace &m_workspace;
};

} // namespace Sources
