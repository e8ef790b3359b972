#include "snapchatuploader.h"

#include <snapchat/apirequests.h>
#include <snapchat/snapchatclient.h>

namespace Exporting {

SnapchatUploader::SnapchatUploader(Snapchat::SnapchatClient &client, QString segmentId, QObject *parent)
    : AudienceUploader(parent)
    , m_client(client)
    , m_segmentId(std::move(segmentId))
{
}

void SnapchatUploader::upload(quint64 ticket, const PendingBatch &batch)
{
    const QByteArray body = Snapchat::ApiRequests::usersBody(batch.schema, batch.digests);
    auto *context = new QObject(this);
    m_inFlight.insert(ticket, context);
    const auto done = [this, ticket, context](const Snapchat::Result<Snapchat::UsersResult> &result) {
        m_inFlight.remove(ticket);
        context->deleteLater();
        UploadResult upload;
        upload.confirmed = result.ok();
        upload.requestId = result.ok() ? result.value.requestId : result.error.requestId;
        upload.acceptedCount = result.value.numberUploadedUsers;
        upload.retries = std::max(0, result.attempts - 1);
        if (!result.ok()) {
            upload.error = result.error.userMessage();
            upload.reconnectNeeded = result.error.kind == Snapchat::ApiError::Kind::Auth;
        }
        Q_EMIT uploaded(ticket, upload);
    };
    if (batch.action == SyncAction::Add)
        m_client.addUsersBody(m_segmentId, body, context, done);
    else
        m_client.removeUsersBody(m_segmentId, body, context, done);
}

void SnapchatUploader::readAudience()
{
    m_client.segment(m_segmentId, this, [this](const Snapchat::Result<Snapchat::Segment> &result) {
        AudienceStatus status;
        status.ok = result.ok();
        if (result.ok()) {
            status.approximateUsers = result.value.approximateNumberUsers;
            status.uploadStatus = result.value.uploadStatus;
        } else {
            status.error = result.error.userMessage();
        }
        Q_EMIT audienceRead(status);
    });
}

void SnapchatUploader::abortAll()
{
    // The requests' callbacks go with their contexts; the run learns at once that they were not
    // confirmed. Whatever reached Snapchat anyway is sent again by the next run (adding a hash
    // twice changes nothing).
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        delete it.value().data();
        const quint64 ticket = it.key();
        QMetaObject::invokeMethod(this, [this, ticket] {
            UploadResult aborted;
            aborted.error = tr("Canceled before Snapchat answered.");
            Q_EMIT uploaded(ticket, aborted);
        }, Qt::QueuedConnection);
    }
}

} // namespace Exporting
