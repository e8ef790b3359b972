#pragma once

#include <QIcon>
#include <QString>

// The views the navigation list switches between, in the order the list shows them.
enum class NavigationPage { Profiles, Segments, Connections, Exports, RunHistory };

inline constexpr int kNavigationPageCount = 5;

QString navigationPageTitle(NavigationPage page);
QIcon navigationPageIcon(NavigationPage page);
