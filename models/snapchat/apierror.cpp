#include "apierror.h"

#include <QCoreApplication>

namespace Snapchat {

namespace {

// The "Snapchat" translation context; lupdate reads the macro, so it collects these strings under
// the context they are looked up in at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Snapchat)
};

QString serverWords(const ApiError &error)
{
    QStringList parts;
    if (!error.displayMessage.isEmpty())
        parts.append(error.displayMessage);
    if (!error.debugMessage.isEmpty() && error.debugMessage != error.displayMessage)
        parts.append(error.debugMessage);
    QString text = parts.join(QStringLiteral(" — "));
    if (!error.requestId.isEmpty())
        text += QLatin1Char(' ') + Text::tr("(request %1)").arg(error.requestId);
    return text;
}

} // namespace

ApiError ApiError::config(const QString &message)
{
    ApiError error;
    error.kind = Kind::Config;
    error.debugMessage = message;
    return error;
}

ApiError ApiError::schema(const QString &what)
{
    ApiError error;
    error.kind = Kind::Schema;
    error.debugMessage = what;
    return error;
}

ApiError ApiError::auth(const QString &detail)
{
    ApiError error;
    error.kind = Kind::Auth;
    error.debugMessage = detail;
    return error;
}

ApiError ApiError::oauth(const QString &message)
{
    ApiError error;
    error.kind = Kind::OAuth;
    error.debugMessage = message;
    return error;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Config:
        return debugMessage;
    case Kind::Transport:
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError)
            return Text::tr("Snapchat did not answer in time (after %n attempt(s)).", nullptr, attempts);
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            return Text::tr("The secure connection to Snapchat failed: %1").arg(debugMessage);
        return Text::tr("Could not reach Snapchat (after %n attempt(s)): %1", nullptr, attempts).arg(debugMessage);
    case Kind::Auth:
        return Text::tr("Snapchat no longer accepts this connection's authorization. Reconnect the "
                        "connection (sign in to Snapchat again). Detail: %1")
            .arg(debugMessage);
    case Kind::OAuth:
        return Text::tr("Connecting to Snapchat failed: %1").arg(debugMessage);
    case Kind::Json:
        return Text::tr("Snapchat's answer (HTTP %1) was not valid JSON: %2").arg(httpStatus).arg(debugMessage);
    case Kind::Schema:
        return Text::tr("Snapchat's answer did not have the expected content: %1").arg(debugMessage);
    case Kind::Http:
    case Kind::Api:
        break;
    }
    if (isPermissionDenied()) {
        return Text::tr("Snapchat refused access (HTTP %1, %2): the connected Snapchat user needs the Data "
                        "Manager or Account Admin role on this ad account in Snap Business Manager. %3")
            .arg(httpStatus)
            .arg(errorCode.isEmpty() ? QStringLiteral("E3002") : errorCode, serverWords(*this));
    }
    if (httpStatus == 429) {
        return Text::tr("Snapchat kept rejecting requests as too frequent (HTTP 429) after %n attempt(s). "
                        "Try again later.", nullptr, attempts);
    }
    if (httpStatus >= 500) {
        return Text::tr("Snapchat had a server error (HTTP %1) after %n attempt(s). %2", nullptr, attempts)
            .arg(httpStatus)
            .arg(serverWords(*this));
    }
    if (!errorCode.isEmpty())
        return Text::tr("Snapchat refused the request (HTTP %1, %2): %3").arg(httpStatus).arg(errorCode, serverWords(*this));
    return Text::tr("Snapchat refused the request (HTTP %1): %2").arg(httpStatus).arg(serverWords(*this));
}

} // namespace Snapchat
