#pragma once

#include "hashledger.h"

#include <QObject>
#include <QString>

namespace Exporting {

// What Snapchat said about one batch.
struct UploadResult {
    bool confirmed = false;  // request_status and every sub_request_status SUCCESS
    QString requestId;       // Snapchat's request_id, kept in the batch log
    qint64 acceptedCount = 0; // number_uploaded_users where Snapchat reports it
    QString error;           // for people, translated; empty when confirmed
    bool reconnectNeeded = false; // the connection's authorization is gone: stop the run
    int retries = 0;
};

// What Snapchat says about the audience at the end of a run.
struct AudienceStatus {
    bool ok = false;
    qint64 approximateUsers = -1;
    QString uploadStatus;
    QString error;
};

// Sends batches of hashes to one Snapchat audience, asynchronously, from the worker thread.
// Implemented over the Snapchat API client; injected so the run's logic is testable on its own.
class AudienceUploader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts sending; uploaded() follows with the same ticket. Several may be in flight.
    virtual void upload(quint64 ticket, const PendingBatch &batch) = 0;
    // Reads the audience back; audienceRead() follows.
    virtual void readAudience() = 0;
    // Aborts every request in flight; their uploaded() signals still follow (not confirmed).
    virtual void abortAll() = 0;

Q_SIGNALS:
    void uploaded(quint64 ticket, const Exporting::UploadResult &result);
    void audienceRead(const Exporting::AudienceStatus &status);
};

} // namespace Exporting
