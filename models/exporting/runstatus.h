#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Exporting {

// The life of a run, as run records and the run history show it.
enum class RunStatus { NotStarted, Queued, Processing, Successful, Failed, Canceled, Skipped };

// Stable codes stored in the workspace: "not_started", "queued", "processing", "successful",
// "failed", "canceled", "skipped".
QLatin1StringView runStatusCode(RunStatus status);
std::optional<RunStatus> runStatusFromCode(QStringView code);
// "Not started", "Queued", ... translated.
QString runStatusText(RunStatus status);

} // namespace Exporting
