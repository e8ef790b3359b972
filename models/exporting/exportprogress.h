#pragma once

#include "audienceuploader.h"
#include "runcounts.h"
#include <workspace/runstore.h>

#include <QMetaType>
#include <QString>

namespace Exporting {

enum class ExportPhase { Reading, Planning, Uploading, Verifying, Finished };

QString exportPhaseText(ExportPhase phase);

// A snapshot of a running export, sent from the worker thread at most ~10 times a second.
struct ExportProgress {
    ExportPhase phase = ExportPhase::Reading;
    qint64 totalProfiles = -1;   // -1 while unknown
    qint64 profilesRead = 0;
    qint64 identifiersHashed = 0;
    qint64 toSend = 0;           // hashes to add or remove, known once planned
    qint64 sent = 0;             // hashes Snapchat confirmed in this run
    qint64 skipped = 0;          // rejected, duplicates and already in the audience
    double rate = 0;             // items a second in the current phase
    qint64 etaSeconds = -1;      // -1 while unknown
    int retries = 0;

    // 0..1000, over the whole run (reading counts for the first part, uploading for the rest).
    int permille() const;
};

// How long each part of a run took, for the benchmark and the run record.
struct ExportTimings {
    qint64 readingMs = 0;
    qint64 hashingMs = 0;
    qint64 planningMs = 0;
    qint64 uploadingMs = 0;
    qint64 verifyingMs = 0;
};

// The end of a run.
struct ExportOutcome {
    Workspace::RunStatus status = Workspace::RunStatus::Failed;
    bool interrupted = false;
    RunCounts counts;
    QString error;          // for people; empty when successful
    bool reconnectNeeded = false; // Snapchat no longer accepts the connection's authorization
    AudienceStatus audience;
    ExportTimings timings;
    int retries = 0;
};

} // namespace Exporting

Q_DECLARE_METATYPE(Exporting::ExportProgress)
Q_DECLARE_METATYPE(Exporting::ExportOutcome)
