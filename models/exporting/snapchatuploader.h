#pragma once

#include "audienceuploader.h"

#include <QHash>
#include <QPointer>

namespace Snapchat {
class SnapchatClient;
}

namespace Exporting {

// Sends an export's batches to one Snapchat audience through the Marketing API client (which
// retries, refreshes the token and keeps under the rate limit).
class SnapchatUploader : public AudienceUploader
{
    Q_OBJECT

public:
    SnapchatUploader(Snapchat::SnapchatClient &client, QString segmentId, QObject *parent = nullptr);

    void upload(quint64 ticket, const PendingBatch &batch) override;
    void readAudience() override;
    void abortAll() override;

private:
    Snapchat::SnapchatClient &m_client;
    QString m_segmentId;
    // One context object per request in flight: deleting it drops the request's callback.
    QHash<quint64, QPointer<QObject>> m_inFlight;
};

} // namespace Exporting
