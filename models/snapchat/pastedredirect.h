#pragma once

#include <QString>
#include <QUrl>

namespace Snapchat {

// "Paste the address your browser landed on": for Snap OAuth apps whose redirect URI is an
// https page the user controls, the code and state are read from that address.
struct PastedRedirect
{
    QString code;  // percent-decoded
    QString error; // translated; empty when code is usable

    bool ok() const { return error.isEmpty(); }

    // text: the whole address (or just its query). The state must equal expectedState; when
    // expectedRedirect is set, the address must be on that page.
    static PastedRedirect parse(const QString &text, const QString &expectedState, const QUrl &expectedRedirect = {});
};

} // namespace Snapchat
