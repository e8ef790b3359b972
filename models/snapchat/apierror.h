#pragma once

#include <QNetworkReply>
#include <QString>

namespace Snapchat {

// What went wrong with a call, kept apart by cause so that callers and messages can tell a
// network failure from a refusal. userMessage() is the one place that turns it into text.
struct ApiError
{
    enum class Kind {
        None,
        Config,    // refused before sending (e.g. http:// to a non-loopback host)
        Transport, // no usable HTTP answer: connection refused/reset, timeout, TLS
        Http,      // an HTTP error status without the API's error envelope
        Json,      // the answer was not the JSON it should be
        Schema,    // valid JSON without the fields the API promises
        Api,       // the API's error envelope (request_status ERROR, error_code, messages)
        Auth,      // the authorization is gone: the user must reconnect
        OAuth,     // connecting (the browser sign-in) failed; debugMessage says why, translated
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorCode;      // e.g. "E3002"
    QString displayMessage; // the API's display_message
    QString debugMessage;   // the API's debug_message, or a transport/parse detail
    QString requestId;
    int attempts = 0; // how many times the request was sent

    bool isError() const { return kind != Kind::None; }
    bool isPermissionDenied() const { return httpStatus == 403 || errorCode == QLatin1StringView("E3002"); }
    // Translated, specific text for the user (never contains a token or secret).
    QString userMessage() const;

    static ApiError config(const QString &message);
    static ApiError schema(const QString &what);
    static ApiError auth(const QString &detail);
    static ApiError oauth(const QString &message);
};

} // namespace Snapchat

Q_DECLARE_METATYPE(Snapchat::ApiError)
