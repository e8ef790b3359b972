#pragma once

#include <exporting/exportprogress.h>

#include <QElapsedTimer>
#include <QTextStream>

namespace Cli {

// An export's progress on stderr: one line rewritten in place on a terminal (colored unless
// NO_COLOR is set), or a plain line every few seconds and at each phase change when stderr is a
// file or a pipe.
class RunProgressPrinter
{
public:
    RunProgressPrinter();

    void show(const Exporting::ExportProgress &progress);
    void finish();

    static QString describe(const Exporting::ExportProgress &progress);

private:
    QTextStream m_err;
    bool m_terminal;
    bool m_color;
    bool m_lineOpen = false;
    Exporting::ExportPhase m_lastPhase = Exporting::ExportPhase::Finished;
    QElapsedTimer m_sinceLine;
};

} // namespace Cli
