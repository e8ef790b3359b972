#pragma once

#include <QDesktopServices>
#include <QUrl>

#include <functional>

// How a page opens an address in the user's browser. The default asks the desktop; tests
// install their own to follow the address without a browser.
using UrlOpener = std::function<bool(const QUrl &url)>;

inline UrlOpener desktopUrlOpener()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}
