#pragma once

#include "apitypes.h"
#include "connectionsettings.h"

#include <identity/identifiertype.h>

#include <QObject>

#include <functional>

namespace Snapchat {

class RequestExecutor;
struct ApiResponse;

// The Marketing API calls the program makes, with typed results. Every call is asynchronous:
// the callback runs once on the executor's thread, unless context is destroyed first.
class SnapchatClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &result)>;

    SnapchatClient(ConnectionSettings settings, RequestExecutor *executor, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SnapchatClient)

    const ConnectionSettings &settings() const { return m_settings; }
    RequestExecutor *executor() const { return m_executor; }

    void me(QObject *context, Callback<Me> callback);
    void organizations(QObject *context, Callback<QList<Organization>> callback);
    // Every segment of the ad account: follows paging.next_link to the last page.
    void segments(const QString &adAccountId, QObject *context, Callback<QList<Segment>> callback,
                  int pageSize = 1000);
    void segment(const QString &segmentId, QObject *context, Callback<Segment> callback);
    // Creates a FIRST_PARTY (customer list) segment. Not retried once it may have reached Snapchat.
    void createSegment(const NewSegment &segment, QObject *context, Callback<Segment> callback);

    // Adds or removes up to 100,000 hashes (64 lowercase hex characters each) of one schema.
    void addUsers(const QString &segmentId, Identity::IdentifierType schema, const QList<QByteArray> &hashes,
                  QObject *context, Callback<UsersResult> callback);
    void removeUsers(const QString &segmentId, Identity::IdentifierType schema, const QList<QByteArray> &hashes,
                     QObject *context, Callback<UsersResult> callback);
    // The same with a body already built by ApiRequests::usersBody (e.g. on a worker thread).
    void addUsersBody(const QString &segmentId, const QByteArray &body, QObject *context, Callback<UsersResult> callback);
    void removeUsersBody(const QString &segmentId, const QByteArray &body, QObject *context,
                         Callback<UsersResult> callback);
    // Empties the audience.
    void removeAllUsers(const QString &segmentId, QObject *context, Callback<Segment> callback);

private:
    // Builds the body from the hashes, or fails (later, like any call) when one is not a hash.
    void changeUsers(const QByteArray &method, const QString &segmentId, Identity::IdentifierType schema,
                     const QList<QByteArray> &hashes, QObject *context, const Callback<UsersResult> &callback);
    void changeUsersBody(const QByteArray &method, const QString &segmentId, const QByteArray &body,
                         QObject *context, const Callback<UsersResult> &callback);
    void fetchSegmentPage(const QUrl &url, const std::shared_ptr<QList<Segment>> &collected, QObject *context,
                          const Callback<QList<Segment>> &callback);

    ConnectionSettings m_settings;
    RequestExecutor *m_executor;
};

} // namespace Snapchat
