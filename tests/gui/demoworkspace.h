#pragma once

#include <QString>

namespace Workspace {
class Workspace;
}

// Fixtures for the GUI tests and the screenshot program: real workspace files built through the
// stores and the CSV importer.
namespace DemoWorkspace {

// Writes a CSV of `count` profiles (id,email,phone,country,plan) to fileName. Every 50th email
// is not an address and every 20th phone lacks its country code, so runs have rejections.
bool writeProfilesCsv(const QString &fileName, qint64 count, QString *error);

// Creates a workspace at path (administrator: the current OS user, or $AUDIENCEBRIDGE_USER) with
// `profiles` profiles, three segments, two connections (one shared with contributors), the users
// "carol" (contributor) and "victor" (viewer), two exports, and five finished runs of the first
// export with counts and batch logs. Returns false with *error on failure.
bool create(const QString &path, qint64 profiles, QString *error);

// Ids create() gives the two exports.
inline constexpr qint64 kSharedExportId = 1; // on the connection shared with contributors
inline constexpr qint64 kAdminExportId = 2;  // on the administrators-only connection

} // namespace DemoWorkspace
