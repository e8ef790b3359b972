#include "runstatus.h"

#include <QCoreApplication>

#include <array>

namespace Exporting {

namespace {
constexpr std::array kCodes{
    QLatin1StringView("not_started"), QLatin1StringView("queued"),
    QLatin1StringView("processing"),  QLatin1StringView("successful"),
    QLatin1StringView("failed"),      QLatin1StringView("canceled"),
    QLatin1StringView("skipped"),
};
} // namespace

QLatin1StringView runStatusCode(RunStatus status)
{
    return kCodes[static_cast<size_t>(status)];
}

std::optional<RunStatus> runStatusFromCode(QStringView code)
{
    for (size_t i = 0; i < kCodes.size(); ++i) {
        if (code == kCodes[i])
            return static_cast<RunStatus>(i);
    }
    return std::nullopt;
}

QString runStatusText(RunStatus status)
{
    switch (status) {
    case RunStatus::NotStarted:
        return QCoreApplication::translate("RunStatus", "Not started");
    case RunStatus::Queued:
        return QCoreApplication::translate("RunStatus", "Queued");
    case RunStatus::Processing:
        return QCoreApplication::translate("RunStatus", "Processing");
    case RunStatus::Successful:
        return QCoreApplication::translate("RunStatus", "Successful");
    case RunStatus::Failed:
        return QCoreApplication::translate("RunStatus", "Failed");
    case RunStatus::Canceled:
        return QCoreApplication::translate("RunStatus", "Canceled");
    case RunStatus::Skipped:
        return QCoreApplication::translate("RunStatus", "Skipped");
    }
    return {};
}

} // namespace Exporting
