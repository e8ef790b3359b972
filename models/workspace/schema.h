#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Workspace {

// The workspace file's schema: PRAGMA user_version is the version, PRAGMA application_id marks
// the file as a workspace. Each version is reached from the one before by one forward migration.
namespace Schema {

constexpr int kApplicationId = 0x41427773; // "ABws"
constexpr int kCurrentVersion = 3;

// Runs the migrations from the file's version up to targetVersion inside one transaction the
// caller has begun. Returns false with *error set when a statement fails.
bool migrate(QSqlDatabase &db, int fromVersion, int targetVersion, QString *error);

} // namespace Schema
} // namespace Workspace
