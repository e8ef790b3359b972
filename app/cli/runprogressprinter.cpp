#include "runprogressprinter.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace Cli {

namespace {
constexpr qint64 kPlainLineIntervalMs = 2000;
}

RunProgressPrinter::RunProgressPrinter()
    : m_err(stderr)
    , m_terminal(isatty(fileno(stderr)) != 0)
    , m_color(m_terminal && qEnvironmentVariableIsEmpty("NO_COLOR"))
{
    m_sinceLine.start();
}

QString RunProgressPrinter::describe(const Exporting::ExportProgress &progress)
{
    using Exporting::ExportPhase;
    QString text = QStringLiteral("%1% %2").arg(progress.permille() / 10, 3).arg(Exporting::exportPhaseText(progress.phase));
    if (progress.phase == ExportPhase::Reading) {
        text += QCoreApplication::translate("Cli", ": %1 profiles read, %2 identifiers hashed")
                    .arg(progress.profilesRead)
                    .arg(progress.identifiersHashed);
    } else if (progress.phase == ExportPhase::Uploading) {
        text += QCoreApplication::translate("Cli", ": %1 of %2 sent, %3 skipped")
                    .arg(progress.sent)
                    .arg(progress.toSend)
                    .arg(progress.skipped);
    }
    if (progress.rate > 0 && (progress.phase == ExportPhase::Reading || progress.phase == ExportPhase::Uploading))
        text += QCoreApplication::translate("Cli", ", %1/s").arg(qRound64(progress.rate));
    if (progress.etaSeconds >= 0 && progress.phase != ExportPhase::Finished)
        text += QCoreApplication::translate("Cli", ", about %1 s left").arg(progress.etaSeconds);
    if (progress.retries > 0)
        text += QCoreApplication::translate("Cli", ", %1 retries").arg(progress.retries);
    return text;
}

void RunProgressPrinter::show(const Exporting::ExportProgress &progress)
{
    const bool phaseChanged = progress.phase != m_lastPhase;
    m_lastPhase = progress.phase;
    const QString text = describe(progress);
    if (m_terminal) {
        // \x1b[K clears the rest of the line; bold cyan marks the percentage.
        m_err << '\r' << (m_color ? QStringLiteral("\x1b[1;36m") : QString()) << text.left(4)
              << (m_color ? QStringLiteral("\x1b[0m") : QString()) << text.mid(4) << "\x1b[K";
        m_lineOpen = true;
    } else if (phaseChanged || m_sinceLine.elapsed() >= kPlainLineIntervalMs) {
        m_err << text << '\n';
        m_sinceLine.restart();
    }
    m_err.flush();
}

void RunProgressPrinter::finish()
{
    if (m_lineOpen)
        m_err << '\n';
    m_lineOpen = false;
    m_err.flush();
}

} // namespace Cli
