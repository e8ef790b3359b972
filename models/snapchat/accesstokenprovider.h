#pragma once

#include "apierror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Snapchat {

// Where the request executor gets its bearer token and asks for a new one after a 401.
class AccessTokenProvider : public QObject
{
    Q_OBJECT
public:
    using RefreshCallback = std::function<void(const ApiError &error)>;
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    // Gets a new access token; calls done exactly once (error.isError() false on success).
    // Concurrent calls share one refresh.
    virtual void refreshAccessToken(const RefreshCallback &done) = 0;
};

} // namespace Snapchat
